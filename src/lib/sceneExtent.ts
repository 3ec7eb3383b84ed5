import type { Mark, Scene, SceneSymbol } from './scene';

/** Room left under the lowest mark, so a crop never touches a stroke or a text's halo. */
const PAD = 8;

/**
 * Where a text mark's glyphs end below its y, as a share of its size, by how it hangs from that point: from an
 * alphabetic baseline (no dominant-baseline), the deepest descender of the faces used; from its centre or its top,
 * the rest of the em and that descender. Any other placement is not known here.
 */
const TEXT_DROP: Record<string, number> = { alphabetic: 0.3, auto: 0.3, middle: 0.8, central: 0.8, hanging: 1.3, 'text-before-edge': 1.3 };

const num = (m: Mark, name: string) => Number(m.attrs[name] ?? 0);

/**
 * The lowest point of a path, or below it: the y of every point of its M, L, C, Q and V commands and of its
 * relative m, l and v (a curve stays within its control points), and for an arc its end and, below that, the larger
 * of its diameter and its chord (an arc whose radii are too small to span its chord is drawn on a larger one).
 * Undefined for S and T (their first control point is a reflection, not among their numbers), for a relative curve
 * or arc, whose points this does not follow, for an exponent (read as a command), and for a path with no point.
 */
function pathBottom(d: string): number | undefined {
  let bottom = -Infinity;
  let [x, y] = [0, 0];
  // Where the subpath began: a relative command after a closing one is measured from there.
  let [sx, sy] = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const n = (args!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    if (cmd === 'Z' || cmd === 'z') [x, y] = [sx, sy];
    else if (cmd === 'H') x = n.at(-1) ?? x;
    else if (cmd === 'h') x += n.reduce((a, b) => a + b, 0);
    else if (cmd === 'V') {
      bottom = Math.max(bottom, ...n);
      y = n.at(-1) ?? y;
    } else if (cmd === 'v') {
      for (const dy of n) bottom = Math.max(bottom, (y += dy));
    } else if ('MLCQ'.includes(cmd!) && n.length % 2 === 0) {
      n.forEach((v, i) => i % 2 === 1 && (bottom = Math.max(bottom, v)));
      [x, y] = [n.at(-2) ?? x, n.at(-1) ?? y];
      if (cmd === 'M') [sx, sy] = [n[0] ?? x, n[1] ?? y];
    } else if ((cmd === 'm' || cmd === 'l') && n.length % 2 === 0) {
      for (let i = 0; i < n.length; i += 2) {
        [x, y] = [x + n[i]!, y + n[i + 1]!];
        bottom = Math.max(bottom, y);
        if (cmd === 'm' && i === 0) [sx, sy] = [x, y];
      }
    } else if (cmd === 'A' && n.length % 7 === 0) {
      for (let i = 0; i < n.length; i += 7) {
        const [rx, ry, , , , ex, ey] = n.slice(i, i + 7) as [number, number, number, number, number, number, number];
        bottom = Math.max(bottom, ey + Math.max(2 * Math.abs(rx), 2 * Math.abs(ry), Math.hypot(ex - x, ey - y)));
        [x, y] = [ex, ey];
      }
    } else return undefined;
  }
  return Number.isFinite(bottom) ? bottom : undefined;
}

/**
 * How far down a mark reaches, or undefined when that is not known from its attributes (a transform, a symbol not
 * among `symbols`).
 */
export function markBottom(m: Mark, symbols: readonly SceneSymbol[] = [], within: ReadonlySet<string> = new Set()): number | undefined {
  if (m.attrs.transform !== undefined) return undefined;
  if (m.kind === 'rect') return num(m, 'y') + num(m, 'height');
  if (m.kind === 'circle') return num(m, 'cy') + num(m, 'r');
  if (m.kind === 'line') return Math.max(num(m, 'y1'), num(m, 'y2'));
  if (m.kind === 'text') {
    // A text sized by its stylesheet alone, or moved off its y, is not known here.
    const drop = TEXT_DROP[String(m.attrs['dominant-baseline'] ?? 'auto')];
    if (m.attrs['font-size'] === undefined || m.attrs.dy !== undefined || m.attrs['baseline-shift'] !== undefined || drop === undefined) return undefined;
    return num(m, 'y') + num(m, 'font-size') * drop;
  }
  if (m.kind === 'path') return pathBottom(String(m.attrs.d ?? ''));
  if (m.kind !== 'use') return undefined;
  // A symbol is scaled to the height it is drawn at, as its viewBox says (with none, the viewport's: not known here),
  // when it keeps its proportions there (otherwise it is centred in the box, which this does not follow). A symbol
  // that uses itself is not followed.
  const symbol = symbols.find((s) => `#${s.id}` === m.attrs.href);
  if (!symbol || within.has(symbol.id) || m.attrs.height === undefined || m.attrs.width === undefined) return undefined;
  if (Math.abs(num(m, 'width') * symbol.height - num(m, 'height') * symbol.width) > 0.01 * symbol.width * symbol.height) return undefined;
  const inner = marksBottom(symbol.marks, symbols, new Set([...within, symbol.id]));
  return inner === undefined ? undefined : num(m, 'y') + (inner * num(m, 'height')) / symbol.height;
}

/** The lowest point any of `marks` reaches, or undefined when one's reach is unknown. */
function marksBottom(marks: readonly Mark[], symbols: readonly SceneSymbol[], within: ReadonlySet<string> = new Set()): number | undefined {
  let bottom = 0;
  for (const m of marks) {
    const b = markBottom(m, symbols, within);
    if (b === undefined || !Number.isFinite(b)) return undefined;
    bottom = Math.max(bottom, b);
  }
  return bottom;
}

/**
 * How much of its frame's height a scene draws in, from the top: its lowest mark and a little room, or the whole
 * frame when any mark's reach is unknown. A frame with nothing laid over its foot (a stage in step-through) may end
 * there rather than show an empty band.
 */
export function sceneExtent(scene: Scene): number {
  const bottom = marksBottom(scene.marks, scene.symbols ?? []);
  return bottom === undefined ? scene.height : Math.min(scene.height, Math.ceil(bottom + PAD));
}
