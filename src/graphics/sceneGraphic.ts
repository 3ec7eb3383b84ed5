// The core alone (no CSS plugin): marks tween SVG attributes only, and embeds stay inside their script budget.
import { gsap } from 'gsap/gsap-core';
import { STEP_EVENT, type StepDetail } from '../lib/stepEvent';
import { drawingOf, revealAll } from '../lib/deferredMarkup';
import { morphSvg } from './morphSvg';

const DURATION = 0.5;
let motionOk = true;
// gsap.matchMedia re-runs when the preference changes, so a reader who turns on reduced motion mid-story gets instant changes.
gsap.matchMedia().add({ ok: '(prefers-reduced-motion: no-preference)' }, (ctx) => {
  motionOk = Boolean(ctx.conditions?.ok);
});

/** The static figure of a state somewhere in the page: the source of truth a live graphic settles on. */
function staticFigure(graphic: string, state: string): Element | null {
  return document.querySelector(`figure.graphic[data-graphic="${CSS.escape(graphic)}"][data-state="${CSS.escape(state)}"]:not(scene-graphic figure)`);
}

/**
 * <scene-graphic data-graphic="…" data-state="…">: a live graphic. On a `story:step` for its graphic it tweens each
 * frame's SVG to the static SVG of the new state, then replaces it with an exact copy so the result always matches.
 */
export class SceneGraphic extends HTMLElement {
  #timeline: ReturnType<typeof gsap.timeline> | null = null;

  connectedCallback() {
    document.addEventListener(STEP_EVENT, this.#onStep);
  }

  disconnectedCallback() {
    document.removeEventListener(STEP_EVENT, this.#onStep);
    this.#timeline?.kill();
  }

  #onStep = (e: Event) => {
    const { graphic, state, instant } = (e as CustomEvent<StepDetail>).detail;
    if (graphic === this.dataset.graphic) this.show(state, instant || !motionOk);
  };

  /** Shows `state`, animated unless `instant`. */
  show(state: string, instant: boolean) {
    if (state === this.dataset.state) return;
    const target = staticFigure(this.dataset.graphic ?? '', state);
    if (!target) return;
    this.#timeline?.progress(1).kill();
    this.dataset.state = state;
    this.dataset.settled = 'false';
    const pairs = [...this.querySelectorAll<HTMLElement>('[data-frame]')].map((frame) => ({
      svg: frame.querySelector('svg')!,
      next: drawingOf(target.querySelector(`[data-frame="${frame.dataset.frame}"]`))!,
    }));
    const settle = () => {
      for (const { svg, next } of pairs) {
        // The copy must keep this SVG's own title/desc ids: ids are unique on the page and aria-labelledby points here.
        const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
        svg.innerHTML = next.innerHTML;
        if (titleId) svg.querySelector(':scope > title')?.setAttribute('id', titleId);
        if (descId) svg.querySelector(':scope > desc')?.setAttribute('id', descId);
      }
      this.#copyCaption(target);
      this.dataset.settled = 'true';
      this.#timeline = null;
    };
    if (instant) return settle();
    const tl = gsap.timeline({ onComplete: settle });
    // Only the frame on screen moves; the hidden one (the other screen size's) just settles with it.
    for (const { svg, next } of pairs) if (svg.checkVisibility()) tl.add(morphSvg(svg, next, DURATION), 0);
    this.#timeline = tl;
  }

  /** Title, credit and table follow the state too. */
  #copyCaption(target: Element) {
    for (const sel of ['.graphic-title', 'figcaption']) {
      const mine = this.querySelector(sel);
      const theirs = target.querySelector(sel);
      if (!mine || !theirs) continue;
      // A keyboard reader may be on a source link here: replacing it would drop focus back to the top of the page.
      const controls = () => [...mine.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex]')];
      const focused = controls().indexOf(document.activeElement as HTMLElement);
      // The state's closed disclosures (its embed code) are built first, so the copy is ready to open.
      revealAll(theirs);
      mine.innerHTML = theirs.innerHTML;
      if (focused >= 0) (controls()[focused] ?? controls()[0])?.focus({ preventScroll: true });
    }
    this.querySelector('figure')?.setAttribute('data-state', target.getAttribute('data-state') ?? '');
  }
}

if (!customElements.get('scene-graphic')) customElements.define('scene-graphic', SceneGraphic);
