// Boxes of drawn marks, measured from the Scene itself (not from the layout's own bookkeeping), for collision tests.
import { textWidth, type Box } from '../../src/lib/geo/labelPlacement';
import type { Mark } from '../../src/lib/scene';

const num = (m: Mark, k: string) => Number(m.attrs[k]);

/** The box a path covers: its points, and for arcs the full circle they draw. */
function pathBox(d: string): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [, cmd, args] of d.matchAll(/([MLAZ])([^MLAZ]*)/g)) {
    const n = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (cmd === 'M' || cmd === 'L') for (let i = 0; i + 1 < n.length; i += 2) (xs.push(n[i]!), ys.push(n[i + 1]!));
    if (cmd === 'A') {
      const [r, , , , , x, y] = n as [number, number, number, number, number, number, number];
      xs.push(x);
      ys.push(y - r, y + r);
    }
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** The box of a point-like mark (path, circle); undefined for others. */
export function markBox(m: Mark): Box | undefined {
  if (m.kind === 'circle')
    return { x0: num(m, 'cx') - num(m, 'r'), y0: num(m, 'cy') - num(m, 'r'), x1: num(m, 'cx') + num(m, 'r'), y1: num(m, 'cy') + num(m, 'r') };
  if (m.kind === 'path') return pathBox(String(m.attrs.d));
  return undefined;
}

/** The box a text mark takes: 0.6 em a character, from cap height above the baseline to the descenders below. */
export function textBox(m: Mark): Box {
  const size = num(m, 'font-size');
  const w = textWidth(m.text ?? '', size);
  const anchor = m.attrs['text-anchor'] ?? 'start';
  const x0 = anchor === 'middle' ? num(m, 'x') - w / 2 : anchor === 'end' ? num(m, 'x') - w : num(m, 'x');
  return { x0, y0: num(m, 'y') - size * 0.8, x1: x0 + w, y1: num(m, 'y') + size * 0.22 };
}

/** The centre of a box. */
export const centre = (b: Box): [number, number] => [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
