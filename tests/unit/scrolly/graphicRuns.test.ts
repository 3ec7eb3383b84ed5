import { describe, expect, it } from 'vitest';
import { graphicRuns } from '../../../src/scrolly/graphicRuns';

describe('steps of one graphic share a stage', () => {
  it('splits a chapter where the graphic changes', () => {
    const steps = [{ graphic: 'a', n: 1 }, { graphic: 'a', n: 2 }, { graphic: 'b', n: 3 }, { graphic: 'a', n: 4 }];
    expect(graphicRuns(steps).map((r) => [r.graphic, r.steps.map((s) => s.n)])).toEqual([
      ['a', [1, 2]],
      ['b', [3]],
      ['a', [4]],
    ]);
    expect(graphicRuns([])).toEqual([]);
  });
});
