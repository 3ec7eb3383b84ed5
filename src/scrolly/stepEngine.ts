import scrollama from 'scrollama';
import { activeStepIndex } from './activeStep';
import { captureListeners, Disposables } from './disposables';
import { createFrameSpeed } from './frameSpeed';

/**
 * Faster than this many screens a second, nobody reads the passages going by: a change of step waits until the page
 * slows down or stops, so a fling through the story does not start a graphic's change at every step it passes (work
 * a slow phone does in the frames of the fling) and the graphic does not flicker through states nobody sees. A
 * steady reading scroll, and the benchmark's step scroll (40 px a frame, under three screens a second), stay below.
 */
const READABLE_SCREENS_PER_SECOND = 6;

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
  /** Recomputes the active step from geometry now, however fast the page is moving. */
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
 * positions against the trigger line, never from the order of enter and exit events. While the page scrolls faster
 * than a reader reads, a change is held, and told when it slows or stops (the frame check runs while it moves).
 */
export function createStepEngine({ steps, triggerY, onChange }: StepEngineOptions): StepEngine {
  const bag = new Disposables();
  let active = Number.NaN;
  let frame = 0;
  const motion = createFrameSpeed();
  const tooFast = () => motion.speed * 1000 > READABLE_SCREENS_PER_SECOND * innerHeight;
  const look = (hold: boolean) => {
    const boxes = steps.map((s) => s.getBoundingClientRect());
    const next = activeStepIndex(boxes, triggerY());
    if (next === active || (hold && tooFast())) return;
    active = next;
    onChange(next);
  };
  const update = () => look(false);
  const soon = () => {
    frame ||= requestAnimationFrame((time) => {
      frame = 0;
      if (motion.frame(time, scrollY)) soon();
      look(true);
    });
  };
  const [scroller, release] = captureListeners(document, () =>
    // scrollama's types only list fractions; it also takes an offset in pixels written "NNNpx".
    scrollama().setup({ step: steps, offset: `${triggerY()}px` as unknown as 0.5 }),
  );
  scroller.onStepEnter(() => look(true)).onStepExit(() => look(true));
  bag.add(() => {
    scroller.destroy();
    release();
    for (const s of steps) s.removeAttribute('data-scrollama-index');
  });
  bag.listen(window, 'scroll', soon, { passive: true });
  bag.listen(window, 'scrollend', () => {
    motion.stop();
    update();
  });
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
