import { describe, expect, it } from 'vitest';
import { figureCarriers, type FigureStep } from '../../../src/lib/print/figureCarriers';
import { storyFiles } from '../../support/storyFiles';

const step = (chapter: string, graphic: string, state: string): FigureStep => ({ chapter, graphic, state });

describe('figureCarriers', () => {
  it('gives every step a figure when each shows a new state', () => {
    expect(figureCarriers([step('a', 'map', 'jan-02'), step('a', 'map', 'jan-04'), step('a', 'bars', 'jan-04')])).toEqual([true, true, true]);
  });

  it('lets consecutive steps showing the same state share the first one\'s figure', () => {
    const steps = [step('a', 'map', 'jan-02'), step('a', 'map', 'jan-02'), step('a', 'map', 'jan-02'), step('a', 'map', 'jan-04')];
    expect(figureCarriers(steps)).toEqual([true, false, false, true]);
  });

  it('does not share across a chapter boundary', () => {
    expect(figureCarriers([step('a', 'map', 'jan-05'), step('b', 'map', 'jan-05')])).toEqual([true, true]);
  });

  it('does not share between steps that return to an earlier state', () => {
    expect(figureCarriers([step('a', 'map', 'x'), step('a', 'map', 'y'), step('a', 'map', 'x')])).toEqual([true, true, true]);
  });

  it('does not share between graphics whose states have the same name', () => {
    expect(figureCarriers([step('a', 'map', 'jan-07'), step('a', 'tally', 'jan-07')])).toEqual([true, true]);
  });

  it('handles an empty story', () => {
    expect(figureCarriers([])).toEqual([]);
  });

  it('leaves the story with fewer figures than steps, and at least one per chapter', () => {
    const steps = storyFiles()
      .filter((f) => !f.path.endsWith('methodology.md'))
      .sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
      .map((f) => step(f.path.split('/')[2]!, f.fields.graphic!, f.fields.state!));
    const carriers = figureCarriers(steps);
    expect(carriers.filter(Boolean).length).toBeLessThan(steps.length);
    for (const chapter of new Set(steps.map((s) => s.chapter))) {
      expect(steps.findIndex((s) => s.chapter === chapter)).toBe(carriers.findIndex((c, i) => c && steps[i]!.chapter === chapter));
    }
  });
});
