/** A step's vertical extent, in viewport pixels (from getBoundingClientRect). */
export interface StepBox {
  top: number;
  bottom: number;
}

/**
 * The active step for a trigger line at `y`: the step whose box crosses the line. Between steps (a chapter heading)
 * the last step above the line stays active. -1 when the line is above the first step, `boxes.length` when it is
 * below the last one. Boxes are in document order.
 */
export function activeStepIndex(boxes: readonly StepBox[], y: number): number {
  if (!boxes.length || y < boxes[0]!.top) return -1;
  const last = boxes[boxes.length - 1]!;
  if (y >= last.bottom) return boxes.length;
  // Binary search for the last box whose top is at or above the line.
  let lo = 0;
  let hi = boxes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (boxes[mid]!.top <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
