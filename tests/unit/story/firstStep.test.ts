import { describe, expect, it } from 'vitest';
import type { StoryChapter } from '../../../src/lib/story/buildStory';
import { firstStep } from '../../../src/lib/story/firstStep';

const step = (slug: string, graphic: string, state: string, index: number) =>
  ({ slug, domId: `step-${slug}`, graphic, state, index, entryId: slug, chapter: 'c', label: slug }) as StoryChapter['steps'][number];
const story = [
  { id: 'a', title: 'A', steps: [step('one', 'unrest-map', 'jan-02', 0), step('two', 'unrest-map', 'jan-05', 1)] },
  { id: 'b', title: 'B', steps: [step('three', 'casualty-tally', 'final', 2), step('four', 'unrest-map', 'jan-05', 3)] },
] as StoryChapter[];

describe('firstStep', () => {
  it('finds the first step showing a state of a graphic', () => {
    expect(firstStep(story, 'unrest-map', 'jan-05')?.slug).toBe('two');
  });

  it('falls back to the graphic’s first step when no step shows that state, or none is asked for', () => {
    expect(firstStep(story, 'unrest-map', 'deaths-by-city')?.slug).toBe('one');
    expect(firstStep(story, 'casualty-tally')?.slug).toBe('three');
  });

  it('finds nothing for a graphic the story does not use', () => {
    expect(firstStep(story, 'troop-arrivals')).toBeUndefined();
  });
});
