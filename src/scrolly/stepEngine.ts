import scrollama from 'scrollama';
import { activeStepIndex } from './activeStep';
import { captureListeners, Disposables } from './disposables';
import { createScrollHold } from './scrollHold';

/** What the engine needs: the steps in order, where the trigger line is, and whom to tell. */
export interface StepEngineOptions {
  steps: HTMLElement[];
  /** The trigger line in viewport pixels. */
  triggerY: () => number;
  /** The height of a screen, in pixels, against which a scroll's speed is judged. */
  screenHeight: () => number;
  /** Called with the new active index (-1 above the story, steps.length below it) whenever it changes. */
  onChange: (index: number) => void;
}

/** A running engine. */
export interface StepEngine {
  /** Recomputes the active step from geometry now, however fast the page is moving. */
  update(): void;
  /** Tells a change held back by a fast scroll now, as the page was last seen (before a resize moves things). */
  flush(): void;
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
 * than anyone reads, a change is held and told when the page slows down or stops (src/scrolly/scrollHold.ts), so a
 * fling does not start a graphic's change at every step it passes (work a slow phone does in the frames of the
 * fling) and the graphic does not flicker through states nobody sees. The frame check runs while the page moves.
 */
export function createStepEngine({ steps, triggerY, screenHeight, onChange }: StepEngineOptions): StepEngine {
  const bag = new Disposables();
  let active = Number.NaN;
  // The step the page was last seen on, told or held.
  let seen = Number.NaN;
  let frame = 0;
  const hold = createScrollHold();
  const tell = () => {
    if (seen === active) return;
    active = seen;
    onChange(seen);
  };
  const look = () => {
    seen = activeStepIndex(steps.map((s) => s.getBoundingClientRect()), triggerY());
    if (!hold.holding) tell();
  };
  const update = () => {
    look();
    tell();
  };
  const soon = () => {
    frame ||= requestAnimationFrame((time) => {
      frame = 0;
      if (hold.frame(time, scrollY, screenHeight())) soon();
      look();
    });
  };
  const [scroller, release] = captureListeners(document, () =>
    // scrollama's types only list fractions; it also takes an offset in pixels written "NNNpx".
    scrollama().setup({ step: steps, offset: `${triggerY()}px` as unknown as 0.5 }),
  );
  scroller.onStepEnter(look).onStepExit(look);
  bag.add(() => {
    scroller.destroy();
    release();
    for (const s of steps) s.removeAttribute('data-scrollama-index');
  });
  bag.listen(window, 'scroll', soon, { passive: true });
  // Not a release of a hold: Chromium also fires scrollend after each instant scroll a script makes frame by frame.
  bag.listen(window, 'scrollend', look);
  bag.add(() => cancelAnimationFrame(frame));
  update();
  return {
    update,
    flush: tell,
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
