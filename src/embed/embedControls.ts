import { dispatchStep } from '../lib/stepEvent';

const KEYS: Record<string, (i: number, last: number) => number> = {
  ArrowLeft: (i) => i - 1,
  ArrowRight: (i) => i + 1,
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * <embed-controls data-graphic="…">: an embed's own step-through (previous/next, a compact timeline, arrow keys,
 * Home/End). It only announces `story:step`; the graphic listens like it does in the story.
 */
export class EmbedControls extends HTMLElement {
  #index = 0;

  connectedCallback() {
    this.addEventListener('click', this.#onClick);
    this.addEventListener('keydown', this.#onKey);
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('keydown', this.#onKey);
  }

  get #steps(): HTMLButtonElement[] {
    return [...this.querySelectorAll<HTMLButtonElement>('button[data-state]')];
  }

  /** Shows the controls at step `index`, without announcing it (the graphic is already there). */
  start(index: number) {
    this.hidden = false;
    this.#mark(index);
  }

  /** Moves to step `index` (clamped); a jump of more than one step goes straight there, with no animation. */
  go(index: number) {
    const steps = this.#steps;
    const to = Math.max(0, Math.min(steps.length - 1, index));
    if (to === this.#index) return;
    const from = this.#index;
    this.#mark(to);
    const state = steps[to]!.dataset.state!;
    dispatchStep({ graphic: this.dataset.graphic ?? '', state, index: to, direction: to > from ? 1 : -1, instant: Math.abs(to - from) > 1 });
    const live = this.querySelector('[data-live]');
    if (live) live.textContent = `Step ${to + 1} of ${steps.length}: ${steps[to]!.textContent?.trim() ?? state}`;
  }

  #mark(index: number) {
    this.#index = index;
    const steps = this.#steps;
    steps.forEach((b, i) => (i === index ? b.setAttribute('aria-current', 'step') : b.removeAttribute('aria-current')));
    this.querySelector('[data-go="prev"]')?.setAttribute('aria-disabled', String(index === 0));
    this.querySelector('[data-go="next"]')?.setAttribute('aria-disabled', String(index === steps.length - 1));
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = `${index + 1} of ${steps.length} · ${steps[index]?.textContent?.trim() ?? ''}`;
  }

  #onClick = (e: Event) => {
    const button = (e.target as Element).closest('button');
    if (!button) return;
    if (button.dataset.state) this.go(this.#steps.indexOf(button));
    else if (button.dataset.go) this.go(this.#index + (button.dataset.go === 'next' ? 1 : -1));
  };

  #onKey = (e: KeyboardEvent) => {
    const move = KEYS[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    this.go(move(this.#index, this.#steps.length - 1));
  };
}

if (!customElements.get('embed-controls')) customElements.define('embed-controls', EmbedControls);
