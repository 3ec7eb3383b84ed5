import { dispatchStep } from '../lib/stepEvent';
import type { HashSync } from './hashSync';

/** How a change of step came about. */
export interface ActivateOptions {
  /** Skip animation whatever the distance (a deep link, the first paint, a change of mode). */
  instant?: boolean;
  /** Write the hash now rather than after the reader pauses. */
  hashNow?: boolean;
}

/** Called after each change with the new index (-1 or steps.length outside the story). */
export type ActivationListener = (index: number, step: HTMLElement | null) => void;

/**
 * The one place a step becomes active, whatever changed it: marks it aria-current="step", tells the graphics
 * (one event per change, instant after a jump of more than one step), and keeps the hash in step.
 */
export class StepActivation {
  #index = Number.NaN;
  #fresh = true;
  readonly #listeners = new Set<ActivationListener>();

  constructor(
    readonly steps: HTMLElement[],
    private readonly hash: HashSync,
  ) {}

  /** The active index: -1 above the first step, steps.length below the last, NaN before the first activation. */
  get index(): number {
    return this.#index;
  }

  /** The active step element, if the reader is inside the story. */
  get step(): HTMLElement | null {
    return this.steps[this.#index] ?? null;
  }

  /** Hears every change. */
  onChange(fn: ActivationListener): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /** Makes step `index` active (or none, outside 0..length-1). */
  activate(index: number, opts: ActivateOptions = {}): void {
    if (index === this.#index) return;
    const previous = this.#index;
    this.#index = index;
    const instant = opts.instant || this.#fresh || !(Math.abs(index - previous) <= 1);
    for (const s of this.steps) if (s.hasAttribute('aria-current')) s.removeAttribute('aria-current');
    const step = this.step;
    if (step) {
      // The first step shown after load or a change of mode is reached without animation, wherever the page opened.
      this.#fresh = false;
      step.setAttribute('aria-current', 'step');
      const { graphic = '', state = '' } = step.dataset;
      dispatchStep({ graphic, state, index, direction: index >= previous || Number.isNaN(previous) ? 1 : -1, instant });
    }
    this.hash.set(step?.id ?? null, opts.hashNow);
    for (const fn of this.#listeners) fn(index, step);
  }

  /** Forgets the active step (plain article), so the next activation is instant. */
  reset(): void {
    for (const s of this.steps) s.removeAttribute('aria-current');
    this.hash.destroy();
    this.#index = Number.NaN;
    this.#fresh = true;
    for (const fn of this.#listeners) fn(-1, null);
  }
}
