// The core alone (no CSS plugin): marks tween SVG attributes only, and embeds stay inside their script budget.
import { gsap } from 'gsap/gsap-core';

const NUMERIC = /^-?\d+(\.\d+)?$/;
const COUNT = /^[\d,]+$/;
// Attributes that name things rather than place them: copied at once, never tweened.
const DISCRETE = new Set(['class', 'd', 'text-anchor', 'href', 'data-key', 'transform', 'points', 'dominant-baseline']);

const marksOf = (svg: SVGSVGElement) => new Map([...svg.querySelectorAll<SVGElement>(':scope > [data-key]')].map((el) => [el.dataset.key!, el]));

/** Counts a figure from its shown value to the target one, quietly (no overshoot, no effects). */
function tweenCount(el: SVGElement, target: SVGElement, duration: number, tl: ReturnType<typeof gsap.timeline>) {
  const textNode = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
  const to = target.textContent?.trim() ?? '';
  const fromN = Number(textNode?.textContent?.replace(/,/g, ''));
  const toN = Number(to.replace(/,/g, ''));
  if (!textNode || !COUNT.test(to) || !Number.isFinite(fromN) || fromN === toN) return;
  const counter = { n: fromN };
  tl.to(counter, { n: toN, duration, ease: 'power1.out', onUpdate: () => (textNode.textContent = Math.round(counter.n).toLocaleString('en-GB')) }, 0);
}

/** Moves the marks both states share, fades in new marks and fades out old ones; resolves when done. */
export function morphSvg(current: SVGSVGElement, target: SVGSVGElement, duration: number): ReturnType<typeof gsap.timeline> {
  const tl = gsap.timeline();
  const now = marksOf(current);
  const next = marksOf(target);
  for (const [key, el] of now) {
    if (!next.has(key)) tl.to(el, { attr: { opacity: 0 }, duration: duration / 2, ease: 'power1.out' }, 0);
  }
  for (const [key, t] of next) {
    const el = now.get(key);
    if (!el || el.tagName !== t.tagName) {
      const clone = t.cloneNode(true) as SVGElement;
      clone.setAttribute('opacity', '0');
      current.appendChild(clone);
      tl.to(clone, { attr: { opacity: Number(t.getAttribute('opacity') ?? 1) }, duration, ease: 'power1.inOut' }, 0);
      continue;
    }
    const attr: Record<string, number> = {};
    for (const { name, value } of [...t.attributes]) {
      if (DISCRETE.has(name) || !NUMERIC.test(value) || !NUMERIC.test(el.getAttribute(name) ?? '')) el.setAttribute(name, value);
      else if (el.getAttribute(name) !== value) attr[name] = Number(value);
    }
    if (Object.keys(attr).length) tl.to(el, { attr, duration, ease: 'power2.inOut' }, 0);
    tweenCount(el, t, duration, tl);
  }
  return tl;
}
