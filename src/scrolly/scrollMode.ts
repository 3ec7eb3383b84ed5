import { cssCutsCards, startCardClipFallback } from './cardClipFallback';
import { createStepEngine, type StepEngine } from './stepEngine';
import type { StepActivation } from './stepActivation';
import { ViewportMetrics } from './viewportMetrics';

/** What the debug overlay reads from a running scroll story. */
export interface ScrollInfo {
  triggerY: number;
  active: number;
  stableHeight: number;
  safeLine: number;
}

/** A running scroll story. */
export interface ScrollMode {
  info(): ScrollInfo;
  /** Recomputes the active step (after a jump the page made itself). */
  update(): void;
  stop(): void;
}

/**
 * The scroll story: the engine decides the active step from geometry; a resize that moves things (a new width, an
 * orientation flip, zoom) keeps the reader on the step they were reading.
 */
export function startScrollMode(steps: HTMLElement[], stages: HTMLElement[], activation: StepActivation): ScrollMode {
  let engine: StepEngine | null = null;
  // Each run's passages: the elements whose spacing and cut follow the viewport's metrics.
  const passages = [...new Set(steps.map((s) => s.closest<HTMLElement>('.run-steps') ?? s))];
  const metrics = new ViewportMetrics(stages, passages, () => {
    // A step held back by a fast scroll is told first, so the reader is kept where the page was, not where it started.
    engine?.flush();
    const reading = activation.step;
    reading?.scrollIntoView({ block: 'start', behavior: 'instant' });
    engine?.refresh();
  });
  engine = createStepEngine({
    steps,
    triggerY: () => metrics.triggerY(),
    screenHeight: () => metrics.stableHeight,
    onChange: (i) => activation.activate(i),
  });
  const cards = steps.flatMap((s) => [...s.querySelectorAll<HTMLElement>('.step-card')]);
  const stopClipping = cssCutsCards() ? () => {} : startCardClipFallback(cards, () => metrics.safeLine);
  return {
    info: () => ({ triggerY: metrics.triggerY(), active: engine?.active ?? -1, stableHeight: metrics.stableHeight, safeLine: metrics.safeLine }),
    update: () => engine?.update(),
    stop() {
      stopClipping();
      engine?.destroy();
      engine = null;
      metrics.destroy();
    },
  };
}
