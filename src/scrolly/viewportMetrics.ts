import { frames } from '../lib/frames';
import { Disposables } from './disposables';
import { isSignificantResize, type ViewportSize } from './stableHeight';
import { DESKTOP_QUERY, triggerLine } from './trigger';

const size = (): ViewportSize => ({ width: window.innerWidth, height: window.innerHeight });
const { width: FRAME_W, height: FRAME_H, safeBottom } = frames.phone;

/** Where the phone frame's safe area ends inside an SVG box, which draws the frame centred and fitted (meet). */
export function safeLineIn(box: { top: number; width: number; height: number }): number {
  const scale = Math.min(box.width / FRAME_W, box.height / FRAME_H);
  const drawn = FRAME_H * scale;
  return box.top + (box.height - drawn) / 2 + (FRAME_H - safeBottom) * scale;
}

/** Where the phone frame's drawing ends inside the same box: the foot of the band a card may cover. */
export function drawingEndIn(box: { top: number; width: number; height: number }): number {
  const drawn = FRAME_H * Math.min(box.width / FRAME_W, box.height / FRAME_H);
  return box.top + (box.height + drawn) / 2;
}

/**
 * The viewport as the story lays itself out: a height that ignores the address bar (written to `--svh`, one
 * hundredth of it, for step spacing), the trigger line, and on phones the line above which the stage's graphic
 * must stay uncovered (written to `--safe-line`). Both are written to `passages`, the elements that space and cut
 * the passages, rather than the root: a change to an element's custom properties restyles all of its subtree, and
 * the stages' drawings (most of the page's elements) use neither. Calls `onLayout` after a change that moves things.
 */
export class ViewportMetrics {
  #bag = new Disposables();
  #stable = size();
  #desktop = window.matchMedia(DESKTOP_QUERY);
  #safeLine = 0;
  #frame = 0;

  constructor(
    private readonly stages: HTMLElement[],
    private readonly passages: HTMLElement[],
    private readonly onLayout: () => void,
  ) {
    this.#bag.listen(window, 'resize', () => this.#resized());
    this.#bag.listen(this.#desktop, 'change', () => this.#changed());
    const observer = new ResizeObserver(() => this.#measureSoon());
    for (const s of stages) observer.observe(s);
    // The script can run before the page's fonts arrive; the stage titles' height, and with it the line, depends on them.
    let live = true;
    this.#bag.add(() => (live = false));
    void document.fonts?.ready.then(() => live && this.#measureSoon());
    this.#bag.add(() => observer.disconnect());
    this.#bag.add(() => cancelAnimationFrame(this.#frame));
    this.#measure();
  }

  /** The viewport height the layout follows. */
  get stableHeight(): number {
    return this.#stable.height;
  }

  get desktop(): boolean {
    return this.#desktop.matches;
  }

  /** The trigger line in viewport pixels. */
  triggerY(): number {
    return triggerLine(this.#stable.height, this.desktop);
  }

  /** Where the stage's safe area ends on phones, in viewport pixels (0 on desktops). */
  get safeLine(): number {
    return this.#safeLine;
  }

  destroy(): void {
    this.#bag.dispose();
    for (const { style } of this.passages) {
      style.removeProperty('--svh');
      style.removeProperty('--safe-line');
      style.removeProperty('--drawing-end');
    }
  }

  #resized() {
    const next = size();
    if (!isSignificantResize(this.#stable, next)) return;
    this.#stable = next;
    this.#changed();
  }

  #changed() {
    this.#measure();
    this.onLayout();
  }

  #measureSoon() {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  }

  /**
   * Finds the lowest safe line of any stage, so one value serves them all, and writes it with --svh and the lowest
   * end of a drawing (--drawing-end). All are written after measuring and together, since each write restyles the
   * passages. The stages are sized in svh, so neither line depends on --svh.
   */
  #measure() {
    let line = 0;
    let end = 0;
    if (!this.desktop) {
      for (const stage of this.stages) {
        const svg = stage.querySelector('[data-frame="phone"] svg');
        if (!svg) continue;
        const s = svg.getBoundingClientRect();
        const top = s.top - stage.getBoundingClientRect().top;
        line = Math.max(line, Math.ceil(safeLineIn({ top, width: s.width, height: s.height })));
        end = Math.max(end, Math.ceil(drawingEndIn({ top, width: s.width, height: s.height })));
      }
    }
    this.#safeLine = line;
    for (const { style } of this.passages) {
      style.setProperty('--svh', `${this.#stable.height / 100}px`);
      style.setProperty('--safe-line', `${line}px`);
      style.setProperty('--drawing-end', `${end}px`);
    }
  }
}
