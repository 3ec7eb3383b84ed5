import { Disposables } from './disposables';

/** What a reader does to move the page: after one of these the story leaves the page where the reader put it. */
export const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** How far a step's text starts below the last 48 px of the view (0 or less: some of it is in view). */
const textBelowView = (step: HTMLElement) => (step.querySelector('.step-card')?.getBoundingClientRect().top ?? 0) - (window.innerHeight - 48);

/** Up to this far below that mark the text's first line still shows: not worth a scroll that cuts into the graphic. */
const SLACK = 16;

/**
 * Puts a step's chapter heading and graphic at the top of the view, and its text at least partly in view. Where both
 * do not fit (a phone, whose drawing takes most of the screen), the chapter heading goes first, then the figure's
 * title (the page's figure markup, not the drawing's), then as much of the top of the drawing as it takes to bring
 * the text's first lines on screen: the graphic is never scrolled away whole, and its title never cut mid-line (a
 * stray line at the top of the screen).
 */
function placeStep(step: HTMLElement): void {
  (step.closest('.chapter') ?? step).scrollIntoView({ block: 'start', behavior: 'instant' });
  if (textBelowView(step) <= SLACK) return;
  const stage = step.closest('.run')?.querySelector('.stage');
  stage?.scrollIntoView({ block: 'start', behavior: 'instant' });
  const below = textBelowView(step);
  if (below <= SLACK) return;
  const titleEnd = stage?.querySelector('.graphic-title')?.getBoundingClientRect().bottom ?? 0;
  window.scrollBy({ top: Math.max(below, titleEnd), behavior: 'instant' });
}

/**
 * How long a placed step is kept in place while its run settles: the stage takes on the new state's title and source
 * line when its tween ends (half a second, longer on a slow phone), or, shown by a link, once laid out.
 */
const SETTLE_MS = 2000;

/**
 * Places steps for step-through, and keeps the last one placed while its run settles: the stage's new title and
 * source line, copied in after the step was measured, can be longer than the last and push the text down (a link to
 * the final toll on a 390x844 phone left it at 845 px). The step is placed again whenever its run changes height,
 * until the reader moves, another step is placed or the time is up.
 */
export class StepPlacement {
  #watch = new Disposables();

  place(step: HTMLElement): void {
    this.stop();
    placeStep(step);
    const run = step.closest('.run') ?? step;
    let height = run.getBoundingClientRect().height;
    // A stage copies its parts in its own resize observation, so the run's new height reaches this observer a frame
    // later (the browser reports that as a resize-observer loop on window, which is harmless).
    const sizes = new ResizeObserver(() => {
      const now = run.getBoundingClientRect().height;
      if (now === height) return;
      height = now;
      placeStep(step);
    });
    sizes.observe(run);
    this.#watch.add(() => sizes.disconnect());
    const timer = setTimeout(() => this.stop(), SETTLE_MS);
    this.#watch.add(() => clearTimeout(timer));
    for (const type of READER_MOVES) this.#watch.listen(window, type, () => this.stop(), { passive: true, capture: true });
  }

  /** Stops keeping the last step in place. */
  stop(): void {
    this.#watch.dispose();
  }
}
