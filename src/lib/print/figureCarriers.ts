/** What the sharing rule needs to know about a step. */
export interface FigureStep {
  chapter: string;
  graphic: string;
  state: string;
}

/**
 * For each step, whether it carries a static figure in print and in the static edition. Consecutive steps of one
 * chapter that show the same graphic in the same state share one figure, placed after the first of them: the
 * reader meets the picture with the passage that introduces it, and the passages that follow still sit beside it.
 * A chapter always opens with a figure, so no chapter refers back to a picture printed under another heading.
 */
export function figureCarriers(steps: readonly FigureStep[]): boolean[] {
  return steps.map((step, i) => {
    const prev = steps[i - 1];
    return !prev || prev.chapter !== step.chapter || prev.graphic !== step.graphic || prev.state !== step.state;
  });
}
