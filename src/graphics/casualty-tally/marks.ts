import { round, type Mark } from '../../lib/scene';

/** Rounds every numeric attribute once, so scenes and snapshots are stable. */
const rounded = (attrs: Record<string, number | string>) =>
  Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));

/** How a text mark sits on its point. */
export interface TextOpts {
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  className?: string;
  label?: string;
}

/** A text mark; `text` holds exactly what is shown, so a mark holding only digits can be counted by the tween. */
export function textMark(key: string, x: number, y: number, text: string, o: TextOpts): Mark {
  const attrs = rounded({ x, y, 'font-size': o.size, 'text-anchor': o.anchor ?? 'start' });
  return { kind: 'text', key, className: `ct-text ${o.className ?? ''}`.trim(), attrs, text, ...(o.label ? { label: o.label } : {}) };
}

/** A straight line. */
export function lineMark(key: string, x1: number, y1: number, x2: number, y2: number, className: string): Mark {
  return { kind: 'line', key, className, attrs: rounded({ x1, y1, x2, y2 }) };
}

/** A rectangle from two corners in any order (never a negative size). */
export function rectMark(key: string, x1: number, y1: number, x2: number, y2: number, className: string, label?: string): Mark {
  const attrs = rounded({ x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) });
  return { kind: 'rect', key, className, attrs, ...(label ? { label } : {}) };
}

/** A circle. */
export function circleMark(key: string, cx: number, cy: number, r: number, className: string, label?: string): Mark {
  return { kind: 'circle', key, className, attrs: rounded({ cx, cy, r }), ...(label ? { label } : {}) };
}

/** A diamond centred on a point: the shape for figures attributed by others. */
export function diamondMark(key: string, cx: number, cy: number, r: number, className: string, label?: string): Mark {
  const p = (x: number, y: number) => `${round(x)},${round(y)}`;
  const d = `M${p(cx, cy - r)}L${p(cx + r, cy)}L${p(cx, cy + r)}L${p(cx - r, cy)}Z`;
  return { kind: 'path', key, className, attrs: { d }, ...(label ? { label } : {}) };
}
