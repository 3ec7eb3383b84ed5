/** Consecutive steps that show the same graphic: they share one stage. */
export interface GraphicRun<S extends { graphic: string }> {
  graphic: string;
  steps: S[];
}

/** Splits a chapter's steps into runs of the same graphic, in order. */
export function graphicRuns<S extends { graphic: string }>(steps: readonly S[]): GraphicRun<S>[] {
  const runs: GraphicRun<S>[] = [];
  for (const step of steps) {
    const run = runs.at(-1);
    if (run && run.graphic === step.graphic) run.steps.push(step);
    else runs.push({ graphic: step.graphic, steps: [step] });
  }
  return runs;
}
