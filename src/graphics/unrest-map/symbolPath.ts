import { round } from '../../lib/scene';

/** The point shapes of the map; `ring` is drawn as an outline, the rest filled. */
export type Shape = 'circle' | 'ring' | 'diamond' | 'square' | 'triangle' | 'times' | 'plus' | 'wye';

type Pt = [number, number];
const poly = (pts: Pt[]) => `M${pts.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
const circle = (x: number, y: number, r: number) =>
  `M${round(x - r)},${round(y)}A${round(r)},${round(r)} 0 1,0 ${round(x + r)},${round(y)}A${round(r)},${round(r)} 0 1,0 ${round(x - r)},${round(y)}Z`;

/** Rotated copies of an arm outline around (x, y): crosses and wyes. */
function arms(x: number, y: number, outline: Pt[], count: number, turn: number): string {
  const pts: Pt[] = [];
  for (let i = 0; i < count; i++) {
    const a = turn + (i * 2 * Math.PI) / count;
    const [c, s] = [Math.cos(a), Math.sin(a)];
    for (const [u, v] of outline) pts.push([x + u * c - v * s, y + u * s + v * c]);
  }
  return poly(pts);
}

// Sizes are chosen so every shape covers about the same area as a circle of radius r: no kind looks bigger than another.
/** An SVG path of `shape` centred on (x, y), about as heavy as a circle of radius `r`. */
export function symbolPath(shape: Shape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
    case 'ring':
      return circle(x, y, r);
    case 'square': {
      const h = r * 0.89;
      return poly([
        [x - h, y - h],
        [x + h, y - h],
        [x + h, y + h],
        [x - h, y + h],
      ]);
    }
    case 'diamond': {
      const h = r * 1.25;
      return poly([
        [x, y - h],
        [x + h, y],
        [x, y + h],
        [x - h, y],
      ]);
    }
    case 'triangle': {
      const s = r * 2.69;
      const hgt = (s * Math.sqrt(3)) / 2;
      return poly([
        [x, y - (2 * hgt) / 3],
        [x + s / 2, y + hgt / 3],
        [x - s / 2, y + hgt / 3],
      ]);
    }
    case 'plus':
    case 'times': {
      const w = r * 0.42;
      const l = r * 1.3;
      return arms(
        x,
        y,
        [
          [l, -w],
          [l, w],
          [w, w],
        ],
        4,
        shape === 'times' ? Math.PI / 4 : 0,
      );
    }
    case 'wye': {
      const w = r * 0.4;
      const l = r * 1.25;
      return arms(
        x,
        y,
        [
          [l, -w],
          [l, w],
          [w * 0.58, w],
        ],
        3,
        Math.PI / 2,
      );
    }
  }
}

/** Half the width of the box `symbolPath` draws into, for collision tests. */
export function symbolExtent(shape: Shape, r: number): number {
  return shape === 'diamond' || shape === 'plus' || shape === 'wye' ? r * 1.3 : shape === 'triangle' ? r * 1.55 : r;
}
