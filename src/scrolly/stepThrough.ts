import { Disposables } from './disposables';
import type { StepActivation } from './stepActivation';
import type { ThrottledAnnouncer } from './throttledAnnouncer';

// Keys that belong to what has focus: text fields, radio groups, scrollable tables.
const OWNS_ARROWS = 'input, select, textarea, [contenteditable], .table-scroll, details[open] summary';

/** What step-through needs from the page. */
export interface StepThroughParts {
  root: HTMLElement;
  activation: StepActivation;
  announcer: ThrottledAnnouncer;
  /** Whether state changes should be instant (reduced motion). */
  instant: () => boolean;
  /** Brings a step into view. */
  place: (step: HTMLElement) => void;
}

/** The words announced and shown for a step: "Step 5 of 29: Buildings stormed". */
export function stepWords(step: HTMLElement, index: number, total: number): string {
  const label = step.dataset.label ?? '';
  return `Step ${index + 1} of ${total}${label ? `: ${label}` : ''}`;
}

/**
 * Step-through reading: one step at a time, moved by the previous/next buttons and the left and right arrow keys.
 * Each move puts focus on the new step's text and announces it (throttled) in the polite live region.
 */
export function startStepThrough({ root, activation, announcer, instant, place }: StepThroughParts): () => void {
  const bag = new Disposables();
  const steps = activation.steps;
  const prev = root.querySelector<HTMLButtonElement>('[data-step-prev]');
  const next = root.querySelector<HTMLButtonElement>('[data-step-next]');
  const counter = root.querySelector<HTMLElement>('[data-step-counter]');
  const show = (index: number) => {
    const step = steps[index]!;
    if (prev) prev.disabled = index === 0;
    if (next) next.disabled = index === steps.length - 1;
    if (counter) counter.textContent = stepWords(step, index, steps.length);
  };
  const go = (delta: number) => {
    const from = Math.max(0, Math.min(steps.length - 1, Number.isNaN(activation.index) ? 0 : activation.index));
    const to = Math.max(0, Math.min(steps.length - 1, from + delta));
    if (to === activation.index) return;
    activation.activate(to, { instant: instant(), hashNow: true });
    place(steps[to]!);
    steps[to]!.querySelector<HTMLElement>('.step-card')?.focus({ preventScroll: true });
    announcer.say(stepWords(steps[to]!, to, steps.length));
  };
  const clampToStory = () => {
    const i = activation.index;
    if (Number.isNaN(i) || i < 0 || i >= steps.length) activation.activate(Math.max(0, Math.min(steps.length - 1, i || 0)), { instant: true, hashNow: true });
  };
  clampToStory();
  show(activation.index);
  bag.add(activation.onChange((i) => i >= 0 && i < steps.length && show(i)));
  if (prev) bag.listen(prev, 'click', () => go(-1));
  if (next) bag.listen(next, 'click', () => go(1));
  bag.listen(document, 'keydown', (e) => {
    const k = e as KeyboardEvent;
    if (k.defaultPrevented || k.altKey || k.ctrlKey || k.metaKey || k.shiftKey) return;
    if (k.key !== 'ArrowLeft' && k.key !== 'ArrowRight') return;
    if (k.target instanceof Element && k.target.closest(OWNS_ARROWS)) return;
    k.preventDefault();
    go(k.key === 'ArrowRight' ? 1 : -1);
  });
  return () => bag.dispose();
}
