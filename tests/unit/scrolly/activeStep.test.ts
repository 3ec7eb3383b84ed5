import { describe, expect, it } from 'vitest';
import { activeStepIndex } from '../../../src/scrolly/activeStep';

// Three steps, a gap (a chapter heading) between the second and the third.
const boxes = [
  { top: 100, bottom: 300 },
  { top: 300, bottom: 500 },
  { top: 600, bottom: 800 },
];

describe('the active step is the one whose box crosses the trigger line', () => {
  it('is -1 above the first step and the step count below the last', () => {
    expect(activeStepIndex(boxes, 99)).toBe(-1);
    expect(activeStepIndex(boxes, 800)).toBe(3);
    expect(activeStepIndex([], 10)).toBe(-1);
  });

  it('picks the crossing step, a box owning its top edge', () => {
    expect(activeStepIndex(boxes, 100)).toBe(0);
    expect(activeStepIndex(boxes, 299)).toBe(0);
    expect(activeStepIndex(boxes, 300)).toBe(1);
    expect(activeStepIndex(boxes, 700)).toBe(2);
  });

  it('keeps the step above active in a gap between steps', () => {
    expect(activeStepIndex(boxes, 550)).toBe(1);
  });

  it('agrees with a linear scan at every pixel', () => {
    const scan = (y: number) => {
      if (y < boxes[0]!.top) return -1;
      if (y >= boxes.at(-1)!.bottom) return boxes.length;
      return boxes.findLastIndex((b) => b.top <= y);
    };
    for (let y = 0; y < 900; y++) expect(activeStepIndex(boxes, y)).toBe(scan(y));
  });
});
