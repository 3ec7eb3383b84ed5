import { Disposables } from './disposables';

/**
 * "Skip the graphic" links: move focus past the stage to the passage, the step being read in step-through (the link's
 * own target, the run's first step, may be hidden there), without scrolling the step under the stage.
 */
export function startSkipLinks(root: HTMLElement): () => void {
  const bag = new Disposables();
  bag.listen(root, 'click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a.skip-graphic');
    const run = link?.closest('[data-run]');
    if (!link || !run) return;
    const step = run.querySelector<HTMLElement>('[data-step][aria-current]') ?? document.getElementById(link.hash.slice(1));
    const card = step?.querySelector<HTMLElement>('.step-card');
    if (!step || !card) return;
    e.preventDefault();
    // The step lands where a link to it would (its scroll-margin keeps it clear of the stage); focus follows.
    step.scrollIntoView({ block: 'start', behavior: 'instant' });
    card.focus({ preventScroll: true });
  });
  return () => bag.dispose();
}
