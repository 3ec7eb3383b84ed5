// The core alone (no CSS plugin): marks tween SVG attributes only, and embeds stay inside their script budget.
import { gsap } from 'gsap/gsap-core';
import { STEP_EVENT, type StepDetail } from '../lib/stepEvent';
import { beforePrint } from '../lib/beforePrint';
import { drawingOf, revealAll } from '../lib/deferredMarkup';
import { inNextTask } from '../lib/inNextTask';
import { whenIdle } from '../lib/whenIdle';
import { whenParsed } from '../lib/whenParsed';
import { morphSvg } from './morphSvg';
import { copyChildren, syncChildren } from './syncChildren';

const DURATION = 0.5;
// A reader who keeps scrolling leaves no idle time: the next states are then built within a second of a settle, in
// a task of their own, still before the next change needs them.
const PREPARE_WITHIN_MS = 1000;
let motionOk = true;
// gsap.matchMedia re-runs when the preference changes, so a reader who turns on reduced motion mid-story gets instant changes.
gsap.matchMedia().add({ ok: '(prefers-reduced-motion: no-preference)' }, (ctx) => {
  motionOk = Boolean(ctx.conditions?.ok);
});

/** The parts of a live graphic that follow its state: each drawing, the title, and the caption (see copiedFrom). */
const PARTS = '[data-frame], .graphic-title, figcaption';

/** Selects the static figures of a graphic (of one state, if given): the passages' figures, not the stages'. */
const staticFigureSelector = (graphic: string, state?: string) =>
  `figure.graphic[data-graphic="${CSS.escape(graphic)}"]${state === undefined ? '' : `[data-state="${CSS.escape(state)}"]`}:not(scene-graphic figure)`;

/** The static figure of a state somewhere in the page: the source of truth a live graphic settles on. */
function staticFigure(graphic: string, state: string): Element | null {
  return document.querySelector(staticFigureSelector(graphic, state));
}

/**
 * The static figures a live graphic reads for the states a reader moves to from `state`: those that come after it
 * in the page, then before it, wherever it comes. A state shown again (a chapter opens on the state the last one
 * ended on) is one place in that order, and each state is read from its first figure (staticFigure).
 */
function neighbours(graphic: string, state: string): Element[] {
  const states = [...document.querySelectorAll(staticFigureSelector(graphic))].map((f) => f.getAttribute('data-state') ?? '');
  const order = states.filter((s, i) => s !== states[i - 1]);
  const after = order.flatMap((s, i) => (s === state && order[i + 1] ? [order[i + 1]!] : []));
  const before = order.flatMap((s, i) => (s === state && i > 0 ? [order[i - 1]!] : []));
  return [...new Set([...after, ...before])].flatMap((s) => staticFigure(graphic, s) ?? []);
}

/** What a part of a live graphic copies from a static figure: the drawing at the same size, the title, the caption. */
function counterpart(part: Element, figure: Element): Element | null {
  if (part.matches('[data-frame]')) return figure.querySelector(`[data-frame="${part.getAttribute('data-frame')}"]`);
  return figure.querySelector(part.matches('figcaption') ? 'figcaption' : '.graphic-title');
}

/**
 * What a live part copies from its counterpart: a caption only the kinds of part it was built with (a story's stage
 * carries its source line, not the table, downloads or embed code its passages show, so they are neither built nor
 * copied for it); a title or a drawing, the whole counterpart.
 */
function copiedFrom(part: Element, theirs: Element): Element[] {
  if (!part.matches('figcaption')) return [theirs];
  const kinds = new Set([...part.children].map((c) => c.classList[0]));
  return [...theirs.children].filter((c) => kinds.has(c.classList[0]));
}

/** A static figure's drawing for the screen size of `frame`, built first if it waits as inert markup. */
function drawingFor(frame: Element, figure: Element): SVGSVGElement | null {
  return drawingOf(counterpart(frame, figure));
}

/**
 * <scene-graphic data-graphic="…" data-state="…">: a live graphic. On a `story:step` for its graphic it tweens the
 * drawing laid out to the static SVG of the new state, then makes it an exact copy so the result always matches.
 * A part not laid out (the other screen size's drawing, a caption a phone hides) is brought up to date only when it
 * is, or before printing: a reader who never turns the phone never pays for it.
 *
 * A story's stage shows one run of its steps, named by `data-steps="first-last"` (their indices) and
 * `data-ends="first-state last-state"`. It keeps to its own run's picture wherever the reader is: its first state
 * while the reader is above the run and its last below it. So another chapter's stage of the same graphic never
 * arrives showing this chapter's state and then changes, and a stage off screen has nothing to draw while the reader
 * moves through other runs.
 */
export class SceneGraphic extends HTMLElement {
  /** Changes begun so far: the end of a tween finds out from it whether a later change has begun. */
  #changes = 0;
  /** The tween of the latest change that began one, until its drawings are exact copies of its state. */
  #running: { timeline: ReturnType<typeof gsap.timeline>; target: Element; frames: Element[] } | null = null;
  /** Cancels what the change under way waits to do in a task of its own: set up its tween, or copy its state after. */
  #cancelTask: (() => void) | null = null;
  /** Brings the change under way to its state at once: every part it changes an exact copy, the stage settled. */
  #settle: (() => void) | null = null;
  /** Whether each part observed so far was laid out with a size at its last observation. */
  #laidOut = new Map<Element, boolean>();
  /** Parts that do not yet show the current state. */
  #stale = new Set<Element>();
  // Resize observations arrive after layout and before paint, so a part the layout comes to show is never seen out
  // of date; and reading them costs nothing at a step change, where asking an element whether it shows would force a
  // restyle.
  // A copy here may resize the part it observes (a caption): the browser then reports an observer loop on window,
  // which is harmless; the new size is observed in the next frame.
  #sizes = new ResizeObserver((entries) => {
    let shown = false;
    for (const { target: part, contentRect } of entries) {
      const laidOut = contentRect.width > 0 || contentRect.height > 0;
      if (laidOut && this.#laidOut.get(part) === false) shown = true;
      this.#laidOut.set(part, laidOut);
      if (laidOut && this.#near !== false) this.#refresh(part);
    }
    // A part the layout has come to show (a phone turned past the desktop breakpoint) needs the next states too.
    if (shown && this.#near && this.dataset.settled === 'true') this.#prepareNeighbours();
  });
  /**
   * Whether the graphic is within a screen's height of the view: unknown until first observed, and while it is not
   * rendered at all (a hidden run), so that the resize observer brings it up to date before it is first painted.
   * In an embed on another site the margin does not apply, and near means in view.
   */
  #near: boolean | undefined;
  // Observations arrive as a task after the frame they measure, so the margin brings a graphic up to date a screen
  // before a reader scrolling to it can see it.
  #nearness = new IntersectionObserver(
    (entries) => {
      const { isIntersecting, boundingClientRect: box } = entries.at(-1)!;
      this.#near = box.width > 0 || box.height > 0 ? isIntersecting : undefined;
      if (this.#near) {
        this.#refreshLaidOut();
        this.#prepareNeighbours();
      } else this.#stopPreparing?.();
    },
    { rootMargin: '100% 0px' },
  );
  #stopPrintWatch: (() => void) | null = null;
  #stopPreparing: (() => void) | null = null;

  connectedCallback() {
    whenParsed(() => {
      if (this.isConnected) this.#start();
    });
  }

  #start() {
    this.#exposeFoot();
    document.addEventListener(STEP_EVENT, this.#onStep);
    for (const part of this.querySelectorAll(PARTS)) this.#sizes.observe(part);
    // The figure rather than this element, which is inline where no stylesheet says otherwise (an embed).
    this.#nearness.observe(this.querySelector('figure') ?? this);
    // Print lays out parts the screen hides (a narrow embed prints the desktop drawing) with no observation first;
    // a change under way is brought to its state first, so that every part prints the same one.
    this.#stopPrintWatch = beforePrint(() => {
      this.#finishChange();
      [...this.#stale].forEach((part) => this.#refresh(part));
    });
  }

  disconnectedCallback() {
    document.removeEventListener(STEP_EVENT, this.#onStep);
    this.#stopPrintWatch?.();
    // A tween cut short would leave its drawing between two states.
    this.#finishChange();
    this.#stopPreparing?.();
    this.#sizes.disconnect();
    this.#nearness.disconnect();
    this.#laidOut.clear();
    this.#near = undefined;
  }

  /**
   * Exposes the empty foot of the phone drawing, below how far down the state shown reaches (its figure's
   * `data-phone-extent`), on the drawing as shares of its width and height, `--phone-foot-w` and `--phone-foot-h`: a
   * stylesheet may crop the frame there where nothing is laid over its foot. Set through the CSSOM, which the page's
   * policy allows where it refuses style attributes; not inherited (stepMode.css), so a change restyles the drawing
   * alone, not its marks.
   */
  #exposeFoot() {
    const svg = this.querySelector<SVGSVGElement>('[data-frame="phone"] svg');
    const [, , w, h] = (svg?.getAttribute('viewBox') ?? '').split(' ').map(Number);
    if (!svg || !w || !h) return;
    const extent = Number(this.querySelector('figure')?.getAttribute('data-phone-extent') ?? h);
    const foot = Math.max(0, h - extent);
    // Written only when it changes what the stylesheet reads (unset reads as 0): a write restyles the drawing.
    for (const [name, value] of [['--phone-foot-w', foot / w], ['--phone-foot-h', foot / h]] as const) {
      if ((svg.style.getPropertyValue(name) || '0') !== String(value)) svg.style.setProperty(name, String(value));
    }
  }

  #onStep = (e: Event) => {
    const { graphic, state, index, instant } = (e as CustomEvent<StepDetail>).detail;
    if (graphic === this.dataset.graphic) this.show(this.#stateAt(index, state), instant || !motionOk);
  };

  /** The state to show at step `index` (in `state`): the step's own within the run, else the run's nearer end. */
  #stateAt(index: number, state: string): string {
    const { steps, ends } = this.dataset;
    if (!steps || !ends) return state;
    const [first, last] = steps.split('-').map(Number) as [number, number];
    const [before, after] = ends.split(' ') as [string, string];
    return index < first ? before : index > last ? after : state;
  }

  /** Shows `state`, animated unless `instant`. */
  show(state: string, instant: boolean) {
    if (state === this.dataset.state) {
      // A jump can land on a stage that took this state far from the view without drawing it.
      if (instant) this.#refreshLaidOut();
      return;
    }
    const target = staticFigure(this.dataset.graphic ?? '', state);
    if (!target) return;
    const change = ++this.#changes;
    this.dataset.state = state;
    this.dataset.settled = 'false';
    const parts = [...this.querySelectorAll(PARTS)];
    // What is laid out is copied even far from the view (a jump to another chapter changes a stage there): the
    // observation of where the graphic is comes a frame late after a jump.
    const laidOut = parts.filter((part) => this.#isLaidOut(part));
    for (const part of parts) {
      if (laidOut.includes(part)) this.#stale.delete(part);
      else this.#stale.add(part);
    }
    // The frame fits the new state as the change starts, with the passage that changes with it: fitted as the
    // tween ends, it would move the text under a reader who had begun it. A mark that comes from lower down than the
    // new state reaches slides in from the frame's foot.
    const figure = this.querySelector('figure');
    const extent = target.getAttribute('data-phone-extent');
    if (extent === null) figure?.removeAttribute('data-phone-extent');
    else figure?.setAttribute('data-phone-extent', extent);
    this.#exposeFoot();
    const settle = () => {
      this.#settle = null;
      for (const part of laidOut) this.#copy(part, target);
      this.querySelector('figure')?.setAttribute('data-state', state);
      this.dataset.settled = 'true';
      // A stage a jump lands on is told it is near a frame later, and prepares then.
      if (this.#near) this.#prepareNeighbours();
      else this.#stopPreparing?.();
    };
    this.#settle = settle;
    if (instant) {
      // The copy is exact from whatever the drawings show, a tween's midway included.
      this.#drop();
      return settle();
    }
    // Building ahead waits while the tween runs: it would take time from the tween's frames.
    this.#stopPreparing?.();
    // The tween is set up in a task of its own. A step is told in the frame a scroll reaches it, and setting up there
    // (ending the change under way with an exact copy of its state, reading the drawings, cloning the new marks) made
    // that frame, with its restyle, one task of over 50 ms on a phone's CPU (the benchmark's probe, at 4x). A change
    // that has not begun its tween when the next comes is dropped: the next one moves from what is drawn.
    this.#cancelWaiting();
    const frames = laidOut.filter((part) => part.matches('[data-frame]'));
    this.#releaseFocus(frames, target);
    this.#later(() => {
      this.#endRunning(frames);
      const timeline = this.#tween(frames, target, () => {
        // A tween whose change has been followed by another leaves its copy to that one's setup.
        if (change !== this.#changes) return;
        // The exact copy takes a task of its own as well: in the tween's last frame it made that frame long.
        this.#later(() => {
          this.#running = null;
          settle();
        });
      });
      this.#running = { timeline, target, frames };
    });
  }

  /**
   * Takes focus off a mark the new state does not have, in the frame that tells of the change: until the tween's setup
   * a task later, the mark would keep focus under the marks drawn in over it. Nothing is built here (that would take
   * the frame's time): where the new state's drawing still waits as inert markup, a focused mark lets go in any case.
   */
  #releaseFocus(frames: Element[], target: Element) {
    const active = document.activeElement;
    const frame = active && frames.find((f) => f.contains(active));
    const key = frame && active.closest('[data-key]')?.getAttribute('data-key');
    if (!frame || key == null) return;
    const theirs = counterpart(frame, target);
    const next = theirs && !theirs.querySelector('[data-deferred]') ? theirs.querySelector('svg') : null;
    if (!next?.querySelector(`:scope > [data-key="${CSS.escape(key)}"]`)) (active as HTMLElement | SVGElement).blur();
  }

  /** Moves each drawing in `frames` to its counterpart in `target`, then calls `done`. */
  #tween(frames: Element[], target: Element, done: () => void): ReturnType<typeof gsap.timeline> {
    const timeline = gsap.timeline({ onComplete: done });
    for (const frame of frames) {
      const svg = frame.querySelector('svg');
      const next = svg && drawingFor(frame, target);
      if (svg && next) timeline.add(morphSvg(svg, next, DURATION), 0);
    }
    return timeline;
  }

  /** Runs `task` in a task of its own, unless the change is ended or followed by another first. */
  #later(task: () => void) {
    this.#cancelTask = inNextTask(() => {
      this.#cancelTask = null;
      task();
    });
  }

  #cancelWaiting() {
    this.#cancelTask?.();
    this.#cancelTask = null;
  }

  /**
   * Stops the tween of an earlier change and makes the drawings a new change moves (`into`) exact copies of its
   * state, to move from. Its other drawings are no longer laid out: they take the new state when they are.
   */
  #endRunning(into: Element[]) {
    const running = this.#running;
    this.#running = null;
    if (!running) return;
    running.timeline.kill();
    for (const frame of running.frames) if (into.includes(frame)) this.#copy(frame, running.target);
  }

  /** Stops everything the change under way still has to do, leaving its drawings as they are. */
  #drop() {
    this.#cancelWaiting();
    this.#running?.timeline.kill();
    this.#running = null;
  }

  /** Brings the change under way to its state at once: before a print, or when the graphic leaves the page. */
  #finishChange() {
    if (!this.#settle) return;
    this.#drop();
    this.#settle();
  }

  /**
   * Builds, in idle time and one part at a time, what the states next to this one would copy into the parts laid
   * out here. A passage figure's drawing (and its caption's table and embed code) waits as inert markup until
   * needed; built at the change of state instead, the drawing is parsed in the task that starts the tween (and the
   * caption in the one that ends it), in mid-scroll.
   */
  #prepareNeighbours() {
    this.#stopPreparing?.();
    if (!this.isConnected) return;
    // Drawings first, as a change needs them at once. Only parts laid out here, and only what still waits.
    const parts = [...this.querySelectorAll('[data-frame]'), ...this.querySelectorAll('figcaption')].filter((part) => this.#laidOut.get(part));
    if (!parts.length) return;
    const figures = neighbours(this.dataset.graphic ?? '', this.dataset.state ?? '');
    const waiting = parts
      .flatMap((part) => figures.flatMap((figure) => counterpart(part, figure) ?? []).flatMap((theirs) => copiedFrom(part, theirs).map((t) => [part, t] as const)))
      .filter(([, theirs]) => theirs.querySelector('[data-deferred]'));
    const next = () => {
      this.#stopPreparing = null;
      const [part, theirs] = waiting.shift() ?? [];
      // A part the layout no longer shows (the other screen size, after a turn) needs nothing built.
      if (part && theirs && this.#laidOut.get(part)) revealAll(theirs);
      if (waiting.length) this.#stopPreparing = whenIdle(next, PREPARE_WITHIN_MS);
    };
    if (waiting.length) this.#stopPreparing = whenIdle(next, PREPARE_WITHIN_MS);
  }

  /** Brings every stale part that is laid out up to date. */
  #refreshLaidOut() {
    for (const part of [...this.#stale]) if (this.#isLaidOut(part)) this.#refresh(part);
  }

  /** Whether a part is laid out with a size. Before its first observation (a deep link's first step) it is asked. */
  #isLaidOut(part: Element): boolean {
    return this.#laidOut.get(part) ?? part.checkVisibility();
  }

  /** The static figure of the state shown now. */
  #target(): Element | null {
    return staticFigure(this.dataset.graphic ?? '', this.dataset.state ?? '');
  }

  /** Brings a stale part up to date. */
  #refresh(part: Element) {
    if (this.#stale.delete(part)) this.#copy(part, this.#target());
  }

  /** Makes a part an exact copy of its counterpart in `target`. */
  #copy(part: Element, target: Element | null) {
    if (!target) return;
    if (part.matches('[data-frame]')) this.#copyDrawing(part, target);
    else this.#copyCaption(part, target);
  }

  #copyDrawing(frame: Element, target: Element) {
    const next = drawingFor(frame, target);
    const svg = frame.querySelector('svg');
    if (!next || !svg) return;
    // The copy must keep this SVG's own title/desc ids: ids are unique on the page and aria-labelledby points here.
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    syncChildren(svg, next);
    if (titleId) svg.querySelector(':scope > title')?.setAttribute('id', titleId);
    if (descId) svg.querySelector(':scope > desc')?.setAttribute('id', descId);
  }

  /** Title and caption follow the state too. */
  #copyCaption(mine: Element, target: Element) {
    const theirs = counterpart(mine, target);
    if (!theirs) return;
    // A keyboard reader may be on a source link here: replacing it would drop focus back to the top of the page.
    const controls = () => [...mine.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex]')];
    const focused = controls().indexOf(document.activeElement as HTMLElement);
    const copied = copiedFrom(mine, theirs);
    // The state's closed disclosures (an embed's table) are built first, so the copy is ready to open.
    copied.forEach(revealAll);
    if (mine.matches('figcaption')) mine.replaceChildren(...copied.map((c) => c.cloneNode(true)));
    else copyChildren(mine, theirs);
    if (focused >= 0) (controls()[focused] ?? controls()[0])?.focus({ preventScroll: true });
  }
}

if (!customElements.get('scene-graphic')) customElements.define('scene-graphic', SceneGraphic);
