import type { Mark, Scene, SceneSymbol } from './scene';

/** Room left under the lowest mark, so a crop never touches a descender or a swatch's stroke. */
const PAD = 8;

/** Where a text mark's glyphs end below its y, as a share of its size, by how it hangs from that point. */
const TEXT_DROP: Record<string, number> = { hanging: 1, 'text-before-edge': 1, middle: 0.5, central: 0.5 };
/** Below an alphabetic baseline: the deepest descender of the faces used. */
const DESCENDER = 0.3;

const num = (m: Mark, name: string) => Number(m.attrs[name] ?? 0);

/**
 * The lowest point of an absolute path, or below it: the y of every point of its M, L, C, S, Q, T and V commands
 * (a curve stays within its control points), and for an arc, its end and twice its larger radius below (the arc
 * stays within its ellipse). Undefined for a relative command, whose points this does not follow.
 */
function pathBottom(d: string): number | undefined {
  let bottom = -Infinity;
  for (const [, cmd, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const n = (args!.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
    if (cmd === 'Z' || cmd === 'z' || cmd === 'H') continue;
    if (cmd === 'V') bottom = Math.max(bottom, ...n);
    else if ('MLCSQT'.includes(cmd!)) n.forEach((v, i) => i % 2 === 1 && (bottom = Math.max(bottom, v)));
    else if (cmd === 'A' && n.length % 7 === 0) {
      for (let i = 0; i < n.length; i += 7) bottom = Math.max(bottom, n[i + 6]! + 2 * Math.max(Math.abs(n[i]!), Math.abs(n[i + 1]!)));
    } else return undefined;
  }
  return bottom;
}

/**
 * How far down a mark reaches, or undefined when that is not known from its attributes (a transform, a symbol not
 * among `symbols`).
 */
export function markBottom(m: Mark, symbols: readonly SceneSymbol[] = []): number | undefined {
  if (m.attrs.transform !== undefined) return undefined;
  if (m.kind === 'rect') return num(m, 'y') + num(m, 'height');
  if (m.kind === 'circle') return num(m, 'cy') + num(m, 'r');
  if (m.kind === 'line') return Math.max(num(m, 'y1'), num(m, 'y2'));
  // A text sized by its stylesheet alone has no size here.
  if (m.kind === 'text') return m.attrs['font-size'] === undefined ? undefined : num(m, 'y') + num(m, 'font-size') * (TEXT_DROP[String(m.attrs['dominant-baseline'])] ?? DESCENDER);
  if (m.kind === 'path') return pathBottom(String(m.attrs.d ?? ''));
  if (m.kind !== 'use') return undefined;
  // A symbol is scaled to the height it is drawn at, as its viewBox says (with none, the viewport's: not known here).
  const symbol = symbols.find((s) => `#${s.id}` === m.attrs.href);
  const inner = symbol && marksBottom(symbol.marks, symbols);
  if (!symbol || inner === undefined || m.attrs.height === undefined) return undefined;
  return num(m, 'y') + (inner * num(m, 'height')) / symbol.height;
}

/** The lowest point any of `marks` reaches, or undefined when one's reach is unknown. */
function marksBottom(marks: readonly Mark[], symbols: readonly SceneSymbol[]): number | undefined {
  let bottom = 0;
  for (const m of marks) {
    const b = markBottom(m, symbols);
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
