import { Disposables } from './disposables';
import type { ThrottledAnnouncer } from './throttledAnnouncer';

const RESET_AFTER = 2500;

/** The address of a step, without reading mode or debug parameters: what a reader shares. */
export function stepUrl(stepId: string, loc: Pick<Location, 'origin' | 'pathname'> = location): string {
  return `${loc.origin}${loc.pathname}#${stepId}`;
}

/** "Copy link to this step" buttons: copy the step's address and say so, on the button and in the live region. */
export function startCopyLinks(root: HTMLElement, announcer: ThrottledAnnouncer): () => void {
  const bag = new Disposables();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  bag.add(() => timers.forEach(clearTimeout));
  bag.listen(root, 'click', async (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-copy-link]');
    const step = button?.closest<HTMLElement>('[data-step]');
    if (!button || !step) return;
    const label = button.querySelector('[data-copy-label]') ?? button;
    const original = button.dataset.label ?? label.textContent ?? '';
    button.dataset.label = original;
    const url = stepUrl(step.id);
    let message: string;
    try {
      await navigator.clipboard.writeText(url);
      message = 'Link copied';
    } catch {
      // No clipboard (an old browser, a denied permission): put the link in the address bar to copy from there.
      history.replaceState(history.state, '', `#${step.id}`);
      message = 'Copy the link from the address bar';
    }
    label.textContent = message;
    announcer.say(message);
    const timer = setTimeout(() => {
      label.textContent = original;
      timers.delete(timer);
    }, RESET_AFTER);
    timers.add(timer);
  });
  bag.add(() => root.querySelectorAll<HTMLElement>('[data-copy-link][data-label]').forEach((b) => {
    (b.querySelector('[data-copy-label]') ?? b).textContent = b.dataset.label ?? '';
    delete b.dataset.label;
  }));
  return () => bag.dispose();
}
