/** How far a step's text starts below the last 48 px of the view (0 or less: some of it is in view). */
const textBelowView = (step: HTMLElement) => (step.querySelector('.step-card')?.getBoundingClientRect().top ?? 0) - (window.innerHeight - 48);

/** Up to this far below that mark the text's first line still shows: not worth a scroll that cuts into the graphic. */
const SLACK = 16;

/**
 * Puts a step's chapter heading and graphic at the top of the view, and its text at least partly in view. Where both
 * do not fit (a phone, whose drawing takes most of the screen), the chapter heading goes first, then the graphic's
 * title, then as much of the top of the drawing as it takes to bring the text's first lines on screen: the graphic is
 * never scrolled away whole, and its title never cut mid-line (a stray line at the top of the screen).
 */
export function placeStep(step: HTMLElement): void {
  (step.closest('.chapter') ?? step).scrollIntoView({ block: 'start', behavior: 'instant' });
  if (textBelowView(step) <= SLACK) return;
  const stage = step.closest('.run')?.querySelector('.stage');
  stage?.scrollIntoView({ block: 'start', behavior: 'instant' });
  const below = textBelowView(step);
  if (below <= SLACK) return;
  const titleEnd = stage?.querySelector('.graphic-title')?.getBoundingClientRect().bottom ?? 0;
  window.scrollBy({ top: Math.max(below, titleEnd), behavior: 'instant' });
}

/** How long a placed step is kept in place while its run settles. */
const SETTLE_MS = 1000;
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Places steps for step-through, and keeps the last one placed while its run settles: a stage shown by the move
 * takes on the new state's title and source line in a later frame, and a longer one pushed the text below the
 * screen (a link to the final toll on a 390x844 phone left it at 845 px). The step is placed again whenever its run
 * changes height, until the reader moves, another step is placed, or a second has passed.
 */
export class StepPlacement {
  #stop: (() => void) | null = null;

  place(step: HTMLElement): void {
    this.stop();
    placeStep(step);
    const run = step.closest('.run') ?? step;
    let height = run.getBoundingClientRect().height;
    const sizes = new ResizeObserver(() => {
      const now = run.getBoundingClientRect().height;
      if (now === height) return;
      height = now;
      placeStep(step);
    });
    sizes.observe(run);
    const timer = setTimeout(() => this.stop(), SETTLE_MS);
    const moved = () => this.stop();
    for (const type of READER_MOVES) addEventListener(type, moved, { passive: true, capture: true });
    this.#stop = () => {
      sizes.disconnect();
      clearTimeout(timer);
      for (const type of READER_MOVES) removeEventListener(type, moved, { capture: true });
    };
  }

  /** Stops keeping the last step in place. */
  stop(): void {
    this.#stop?.();
    this.#stop = null;
  }
}
