// The core alone (no CSS plugin): marks tween SVG attributes only, and embeds stay inside their script budget.
import { gsap } from 'gsap/gsap-core';

const NUMERIC = /^-?\d+(\.\d+)?$/;
const COUNT = /^[\d,]+$/;
// Attributes that name things rather than place them: copied at once, never tweened.
const DISCRETE = new Set(['class', 'd', 'text-anchor', 'href', 'data-key', 'transform', 'points', 'dominant-baseline']);

const fadeIn = gsap.parseEase('power1.inOut');
const move = gsap.parseEase('power2.inOut');
const count = gsap.parseEase('power1.out');
// One formatter for every frame: toLocaleString builds a new one at each call, which costs more than the frame.
const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** One number on its way from one value to another. */
interface Track {
  from: number;
  to: number;
  ease: (t: number) => number;
  write: (value: number) => void;
}

const marksOf = (svg: SVGSVGElement) => new Map([...svg.querySelectorAll<SVGElement>(':scope > [data-key]')].map((el) => [el.dataset.key!, el]));
const opacityOf = (el: Element) => Number(el.getAttribute('opacity') ?? 1);
// A mark drawn hidden (a tip shown only on focus or hover) is never seen moving: it takes its place at once.
const hidden = (el: Element) => el.getAttribute('visibility') === 'hidden';

/**
 * Writes a number to an attribute at the drawing's precision, and only when that changes what is drawn: every write
 * restyles the mark, and a mark at rest (the slow ends of an ease) need not be restyled.
 */
function attrWriter(el: Element, name: string) {
  let shown = el.getAttribute(name);
  return (value: number) => {
    const next = String(Math.round(value * 100) / 100);
    if (next === shown) return;
    shown = next;
    el.setAttribute(name, next);
  };
}

/** A figure counted from its shown value to the target one, quietly (no overshoot, no effects); null if neither is a count. */
function countTrack(el: SVGElement, target: SVGElement): Track | null {
  const textNode = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
  const to = target.textContent?.trim() ?? '';
  const fromN = Number(textNode?.textContent?.replace(/,/g, ''));
  const toN = Number(to.replace(/,/g, ''));
  if (!textNode || !COUNT.test(to) || !Number.isFinite(fromN) || fromN === toN) return null;
  return { from: fromN, to: toN, ease: count, write: (n) => (textNode.textContent = grouped.format(Math.round(n))) };
}

/**
 * Moves the marks both states share, fades in new marks and hides old ones. One tween drives every mark, through a
 * list of the numbers to move: a state change moves hundreds of attributes, and one tween sets up in one step.
 */
export function morphSvg(current: SVGSVGElement, target: SVGSVGElement, duration: number): ReturnType<typeof gsap.timeline> {
  const tracks: Track[] = [];
  const now = marksOf(current);
  const next = marksOf(target);
  // Old marks (a key the new state lacks, or has for another kind of mark) leave at once, so each frame paints the
  // new state over nothing fading. They stay in the drawing until the copy that ends the change removes them: out of
  // the tab order meanwhile, or a reader tabbing on would land on one under the new state's marks.
  for (const [key, el] of now) {
    if (next.get(key)?.tagName === el.tagName) continue;
    el.setAttribute('opacity', '0');
    if (el === document.activeElement) el.blur();
    el.removeAttribute('tabindex');
  }
  for (const [key, t] of next) {
    const el = now.get(key);
    if (!el || el.tagName !== t.tagName) {
      const clone = current.appendChild(t.cloneNode(true) as SVGElement);
      if (hidden(t)) continue;
      clone.setAttribute('opacity', '0');
      tracks.push({ from: 0, to: opacityOf(t), ease: fadeIn, write: attrWriter(clone, 'opacity') });
      continue;
    }
    for (const { name, value } of t.attributes) {
      const shown = el.getAttribute(name);
      // Rewriting an attribute with its own value still restyles the mark.
      if (shown === value) continue;
      if (DISCRETE.has(name) || hidden(t) || !NUMERIC.test(value) || !NUMERIC.test(shown ?? '')) el.setAttribute(name, value);
      else tracks.push({ from: Number(shown), to: Number(value), ease: move, write: attrWriter(el, name) });
    }
    const counted = countTrack(el, t);
    if (counted) tracks.push(counted);
  }
  const clock = { p: 0 };
  const draw = () => {
    for (const { from, to, ease, write } of tracks) write(from + (to - from) * ease(clock.p));
  };
  return gsap.timeline().to(clock, { p: 1, duration, ease: 'none', onUpdate: draw });
}
