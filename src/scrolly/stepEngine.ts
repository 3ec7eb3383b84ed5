import scrollama from 'scrollama';
import { activeStepIndex } from './activeStep';
import { captureListeners, Disposables } from './disposables';

/** What the engine needs: the steps in order, where the trigger line is, and whom to tell. */
export interface StepEngineOptions {
  steps: HTMLElement[];
  /** The trigger line in viewport pixels. */
  triggerY: () => number;
  /** Called with the new active index (-1 above the story, steps.length below it) whenever it changes. */
  onChange: (index: number) => void;
}

/** A running engine. */
export interface StepEngine {
  /** Recomputes the active step from geometry now. */
  update(): void;
  /** Re-places the trigger line (after a resize) and recomputes. */
  refresh(): void;
  /** The active index as last computed. */
  readonly active: number;
  destroy(): void;
}

/**
 * The step engine: scrollama (and a once-per-frame scroll check, for jumps from one gap between steps to another,
 * which cross no step box and so fire no intersection) say when to look; the answer always comes from the boxes'
 * positions against the trigger line, never from the order of enter and exit events.
 */
export function createStepEngine({ steps, triggerY, onChange }: StepEngineOptions): StepEngine {
  const bag = new Disposables();
  let active = Number.NaN;
  let frame = 0;
  const update = () => {
    const boxes = steps.map((s) => s.getBoundingClientRect());
    const next = activeStepIndex(boxes, triggerY());
    if (next === active) return;
    active = next;
    onChange(next);
  };
  const soon = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  const [scroller, release] = captureListeners(document, () =>
    // scrollama's types only list fractions; it also takes an offset in pixels written "NNNpx".
    scrollama().setup({ step: steps, offset: `${triggerY()}px` as unknown as 0.5 }),
  );
  scroller.onStepEnter(update).onStepExit(update);
  bag.add(() => {
    scroller.destroy();
    release();
    for (const s of steps) s.removeAttribute('data-scrollama-index');
  });
  bag.listen(window, 'scroll', soon, { passive: true });
  bag.listen(window, 'scrollend', update);
  bag.add(() => cancelAnimationFrame(frame));
  update();
  return {
    update,
    refresh() {
      // offset() rebuilds scrollama's observers with the new line and the current viewport height.
      (scroller as unknown as { offset(x: string): unknown }).offset(`${triggerY()}px`);
      update();
    },
    get active() {
      return active;
    },
    destroy: () => bag.dispose(),
  };
}
