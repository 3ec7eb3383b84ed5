import { round } from '../../lib/scene';

type Point = [number, number];

/** A curved route between two projected points: its path, its length (for drawing it with a dash) and its end direction. */
export interface Arc {
  d: string;
  length: number;
  /** Unit vector of travel at the end point, for an arrowhead. */
  endDirection: Point;
}

/**
 * A quadratic curve from `a` to `b` that bows `bend` × its length to the left of travel (negative bends right), so
 * routes read as flights rather than borders.
 */
export function arc(a: Point, b: Point, bend: number): Arc {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const c: Point = [(a[0] + b[0]) / 2 + dy * bend, (a[1] + b[1]) / 2 - dx * bend];
  const d = `M${round(a[0])},${round(a[1])}Q${round(c[0])},${round(c[1])} ${round(b[0])},${round(b[1])}`;
  const at = (t: number): Point => [
    (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t ** 2 * b[0],
    (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t ** 2 * b[1],
  ];
  let length = 0;
  let prev = a;
  for (let i = 1; i <= 64; i++) {
    const p = at(i / 64);
    length += Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    prev = p;
  }
  const [ex, ey] = [b[0] - c[0], b[1] - c[1]];
  const norm = Math.hypot(ex, ey) || 1;
  // Rounded up so a dash of this length always covers the whole path.
  return { d, length: Math.ceil(length + 1), endDirection: [ex / norm, ey / norm] };
}

/** An open chevron at `tip` pointing along `dir`, `size` units long. */
export function arrowHead(tip: Point, dir: Point, size: number): string {
  const [ux, uy] = dir;
  const back: Point = [tip[0] - ux * size, tip[1] - uy * size];
  const side: Point = [-uy * size * 0.6, ux * size * 0.6];
  const p = (q: Point) => `${round(q[0])},${round(q[1])}`;
  return `M${p([back[0] + side[0], back[1] + side[1]])}L${p(tip)}L${p([back[0] - side[0], back[1] - side[1]])}`;
}
