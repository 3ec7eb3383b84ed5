import { revealBeforePrint, revealWhenShown } from '../lib/deferredMarkup';
import { startCopyLinks } from './copyLink';
import { CarriedFigure } from './carriedFigure';
import { Disposables } from './disposables';
import { HashSync } from './hashSync';
import { readingProgress } from './readingProgress';
import { initialMode, isReadingMode, MODE_PARAM, readStoredMode, storeMode, type ReadingMode } from './readingMode';
import { startScrollMode, type ScrollMode } from './scrollMode';
import { startSkipLinks } from './skipGraphic';
import { StepActivation } from './stepActivation';
import { READER_MOVES, StepPlacement } from './stepPlacement';
import { startStepThrough } from './stepThrough';
import { ThrottledAnnouncer } from './throttledAnnouncer';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const stepFromHash = (steps: HTMLElement[]) => steps.findIndex((s) => location.hash === `#${s.id}`);
// A reload or a history move restores the reader's scroll position; only a fresh visit follows the hash.
const freshVisit = () => {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type !== 'reload' && nav?.type !== 'back_forward';
};

/**
 * <scroll-story data-mode="scroll|step|plain">: the reading experience around the graphics. It knows steps, stages,
 * controls and the reader's mode, and nothing about what the graphics draw; they hear `story:step` events.
 */
export class ScrollStory extends HTMLElement {
  #bag = new Disposables();
  #modeBag = new Disposables();
  #steps: HTMLElement[] = [];
  #activation: StepActivation | null = null;
  #announcer: ThrottledAnnouncer | null = null;
  #scroll: ScrollMode | null = null;
  #placement = new StepPlacement();
  #carried: CarriedFigure | null = null;

  connectedCallback() {
    this.#steps = [...this.querySelectorAll<HTMLElement>('[data-step]')];
    if (!this.#steps.length) return;
    const hash = new HashSync();
    const activation = (this.#activation = new StepActivation(this.#steps, hash));
    const announcer = (this.#announcer = new ThrottledAnnouncer(this.querySelector('[data-live]') ?? { textContent: '' }));
    const carried = (this.#carried = new CarriedFigure());
    this.#bag.add(() => {
      carried.stop();
      this.#placement.stop();
      announcer.destroy();
      hash.destroy();
      activation.reset();
    });
    const bar = this.querySelector<HTMLElement>('[data-progress]');
    if (bar) this.#bag.add(activation.onChange(readingProgress(bar, this.#steps.length)));
    this.#bag.add(activation.onChange((_, step) => this.#markCurrent(step)));
    // The passages' figures, tables and embed codes wait as inert markup until a mode, a reader or print shows them
    // (or, for the states next to a stage's own, until that stage builds them ahead of a change).
    this.#bag.add(revealWhenShown(this));
    this.#bag.add(revealBeforePrint(this));
    this.#bag.add(startCopyLinks(this, announcer));
    this.#bag.add(startSkipLinks(this));
    this.#bag.listen(this, 'change', (e) => {
      const input = e.target as HTMLInputElement;
      if (input.name === 'reading-mode' && isReadingMode(input.value)) this.#choose(input.value);
    });
    this.#bag.listen(window, 'hashchange', () => this.#followHash());
    this.#bag.listen(this, 'click', (e) => this.#followSameHash(e as MouseEvent));
    const params = new URLSearchParams(location.search);
    // Without the `scripting` media feature the mode styles never apply, so such browsers keep the plain article.
    const styled = window.matchMedia('(scripting: enabled)').matches;
    const mode = styled ? initialMode({ param: params.get(MODE_PARAM), stored: readStoredMode(), reducedMotion: reducedMotion() }) : 'plain';
    const target = stepFromHash(this.#steps);
    const fresh = freshVisit();
    this.#setMode(mode, target, fresh);
    if (fresh && target >= 0) this.#landAgainAfterLoad(target);
    if (params.has('debug')) this.#mountDebug();
    // Tests and tools wait for this before reading the page contract.
    this.dataset.ready = 'true';
    this.#bag.add(() => delete this.dataset.ready);
  }

  disconnectedCallback() {
    this.#modeBag.dispose();
    this.#scroll = null;
    this.#bag.dispose();
  }

  /** The reader picked a mode: keep it in the URL and in storage, and stay on the same step. */
  #choose(mode: ReadingMode) {
    storeMode(mode);
    const url = new URL(location.href);
    url.searchParams.set(MODE_PARAM, mode);
    history.replaceState(history.state, '', url);
    const here = this.#activation?.index ?? -1;
    this.#setMode(mode, here >= 0 && here < this.#steps.length ? here : -1);
  }

  /**
   * Switches mode; `target` is the step to land on (-1: stay where the page is). Without `land` the page stays where
   * the browser put it (a reload or a history move restores the reader's place), but step-through still shows the
   * target: where the reader is does not say which step that was.
   */
  #setMode(mode: ReadingMode, target: number, land = true) {
    const activation = this.#activation!;
    this.#modeBag.dispose();
    this.#placement.stop();
    this.#scroll = null;
    activation.reset();
    this.dataset.mode = mode;
    for (const r of this.querySelectorAll<HTMLInputElement>('input[name="reading-mode"]')) r.checked = r.value === mode;
    const step = this.#steps[target];
    if (mode === 'step' && step) {
      activation.activate(target, { instant: true, hashNow: true });
      if (land) this.#placement.place(step);
    } else if (land) step?.scrollIntoView({ block: 'start', behavior: 'instant' });
    if (mode === 'scroll') {
      const scroll = (this.#scroll = startScrollMode(this.#steps, [...this.querySelectorAll<HTMLElement>('.stage')], activation));
      this.#modeBag.add(() => scroll.stop());
    } else if (mode === 'step') {
      const place = (step: HTMLElement) => this.#placement.place(step);
      this.#modeBag.add(startStepThrough({ root: this, activation, announcer: this.#announcer!, instant: reducedMotion, place }));
    }
  }

  /**
   * Until the load event the browser keeps scrolling to the hash's element whenever the layout shifts; in
   * step-through the place to land is the step's chapter, so land again after load unless the reader has moved.
   */
  #landAgainAfterLoad(target: number) {
    if (document.readyState === 'complete') return;
    let moved = false;
    const mark = () => (moved = true);
    for (const type of READER_MOVES) this.#bag.listen(window, type, mark, { once: true, passive: true });
    this.#bag.listen(window, 'load', () => {
      if (moved || this.#activation?.index !== target) return;
      if (this.dataset.mode === 'step') this.#placement.place(this.#steps[target]!);
      else if (this.dataset.mode === 'scroll') this.#steps[target]!.scrollIntoView({ block: 'start', behavior: 'instant' });
    }, { once: true });
  }

  /** A link inside the page (chapter navigation, skip link, a typed hash) moved to a step. */
  #followHash() {
    const index = stepFromHash(this.#steps);
    if (this.dataset.mode === 'scroll') this.#scroll?.update();
    if (this.dataset.mode !== 'step' || index < 0) return;
    this.#activation!.activate(index, { instant: true, hashNow: true });
    this.#placement.place(this.#steps[index]!);
  }

  /**
   * A link to the step already in the URL (the first chapter's, just after step-through opened) fires no hashchange:
   * the browser would scroll to the step's text alone, its graphic above the screen. Step-through places it instead.
   */
  #followSameHash(e: MouseEvent) {
    if (this.dataset.mode !== 'step' || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return;
    const index = stepFromHash(this.#steps);
    if (link.href !== location.href || index < 0) return;
    e.preventDefault();
    this.#followHash();
    // Where following the link would have moved the keyboard's starting point.
    this.#steps[index]!.querySelector<HTMLElement>('.step-card')?.focus({ preventScroll: true });
  }

  /**
   * Step-through shows only the active step's chapter, stage and passage, and, for a step that shares the figure of
   * the step before it (the same state), that figure's source line, table, downloads and embed code after its text.
   */
  #markCurrent(step: HTMLElement | null) {
    for (const el of this.querySelectorAll('[data-current]')) el.removeAttribute('data-current');
    step?.closest('[data-run]')?.setAttribute('data-current', '');
    step?.closest('.chapter')?.setAttribute('data-current', '');
    let carrier = this.dataset.mode === 'step' && step?.dataset.figure === 'shared' ? step.previousElementSibling : null;
    while (carrier instanceof HTMLElement && carrier.dataset.figure !== 'own') carrier = carrier.previousElementSibling;
    const card = (el: Element | null | undefined) => el?.querySelector(':scope > .step-card') ?? null;
    this.#carried?.carry(carrier instanceof HTMLElement ? card(carrier) : null, card(step));
  }

  #mountDebug() {
    let gone = false;
    this.#bag.add(() => (gone = true));
    void import('./debugOverlay').then(({ mountDebugOverlay }) => {
      if (gone) return;
      this.#bag.add(mountDebugOverlay(this.#steps, () => ({ mode: this.dataset.mode ?? '', ...this.#scroll?.info() })));
    });
  }
}

if (!customElements.get('scroll-story')) customElements.define('scroll-story', ScrollStory);
