import type { Mark } from '../../lib/scene';
import { lineMark, textMark } from './marks';

/** An axis-aligned box in SVG units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a label may sit relative to its point; the numbered sides are further rows out, joined by a leader line. */
export type Side = 'right' | 'left' | 'above' | 'above2' | 'above3' | 'below' | 'below2' | 'above-start' | 'above-end' | 'below-start' | 'below-end';

/** A label to place near a point, trying its wordings (longest first) and, for each, its sides in order. */
export interface LabelRequest {
  key: string;
  text: string | string[];
  x: number;
  y: number;
  size: number;
  sides: Side[];
  className?: string;
  label?: string;
  /** Distance from the point. */
  offset?: number;
  /** Left out when it has no free place (its mark keeps its tooltip); a label that is not optional always shows. */
  optional?: boolean;
  /** Where a label on the right must start to clear what the point sits in (a band); joined by a leader. */
  clearX?: number;
}

/** Source Sans 3 averages about half an em per character; a little more keeps the estimate on the safe side. */
export const CHAR_EM = 0.56;

/** The box a text mark covers, estimated from its font size, anchor and length. */
export function textBox(m: Mark): Box {
  const size = Number(m.attrs['font-size']);
  const w = (m.text ?? '').length * size * CHAR_EM;
  const x = Number(m.attrs.x);
  const anchor = m.attrs['text-anchor'];
  const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  const y = Number(m.attrs.y);
  return { x0, x1: x0 + w, y0: y - size * 0.78, y1: y + size * 0.22 };
}

/** Whether two boxes overlap (touching edges do not count). */
export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

// Labels keep a little air between them and everything else.
const PAD = 2.5;
const padded = (a: Box): Box => ({ x0: a.x0 - PAD, y0: a.y0 - PAD / 2, x1: a.x1 + PAD, y1: a.y1 + PAD / 2 });

const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/** How many rows out a side is (0 for left and right). */
const rowOf = (side: Side) => (side.startsWith('above') || side.startsWith('below') ? Number(side.at(-1)) || 1 : 0);
/** The text anchor of a side above or below: centred, or starting or ending a little past the point. */
const anchorOf = (side: Side) => (side.endsWith('-start') ? 'start' : side.endsWith('-end') ? 'end' : 'middle');

function candidate(r: LabelRequest & { text: string }, side: Side): Mark {
  const o = r.offset ?? 6;
  const mid = r.y + r.size * 0.35;
  const opts = { size: r.size, className: r.className, label: r.label };
  const rows = (rowOf(side) - 1) * (r.size + 4);
  if (side === 'right') return textMark(r.key, Math.max(r.x + o, (r.clearX ?? 0) + 6), mid, r.text, { ...opts, anchor: 'start' });
  if (side === 'left') return textMark(r.key, r.x - o, mid, r.text, { ...opts, anchor: 'end' });
  const anchor = anchorOf(side);
  const x = anchor === 'start' ? r.x - 4 : anchor === 'end' ? r.x + 4 : r.x;
  if (side.startsWith('above')) return textMark(r.key, x, r.y - o - rows, r.text, { ...opts, anchor });
  return textMark(r.key, x, r.y + o + rows + r.size * 0.78, r.text, { ...opts, anchor });
}

/** A leader from the point to a label placed more than one row away. */
function leader(r: LabelRequest, side: Side, m: Mark): Mark[] {
  const o = r.offset ?? 6;
  if (side === 'right' && Number(m.attrs.x) > r.x + o) return [lineMark(`${m.key}-leader`, r.x + o - 2, r.y, Number(m.attrs.x) - 3, r.y, 'ct-leader')];
  if (rowOf(side) < 2) return [];
  const box = textBox(m);
  const end = side.startsWith('above') ? box.y1 + 1 : box.y0 - 1;
  const start = side.startsWith('above') ? r.y - (r.offset ?? 6) + 3 : r.y + (r.offset ?? 6) - 3;
  return [lineMark(`${m.key}-leader`, r.x, start, r.x, end, 'ct-leader')];
}

interface Placed {
  side: Side;
  mark: Mark;
}

/** The box a straight line covers. */
const lineBox = (m: Mark): Box => {
  const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(m.attrs[k]));
  return { x0: Math.min(x1!, x2!), y0: Math.min(y1!, y2!), x1: Math.max(x1!, x2!), y1: Math.max(y1!, y2!) };
};

/** Where a label's leader runs, if it has one. */
const leaderBoxes = (r: LabelRequest, { side, mark }: Placed): Box[] => leader(r, side, mark).map(lineBox);

/**
 * The first of `options` inside `bounds`, its text clear of `taken` (what is drawn, other labels and their leaders)
 * and its leader clear of the other labels' text: a leader may cross the chart's lines, never words.
 */
const firstFree = (r: LabelRequest, options: Placed[], taken: Box[], texts: Box[], bounds: Box) =>
  options.find(
    (o) =>
      inside(textBox(o.mark), bounds) &&
      !taken.some((b) => overlaps(padded(textBox(o.mark)), b)) &&
      !leaderBoxes(r, o).some((l) => texts.some((t) => overlaps(padded(l), t))),
  );

/**
 * Places labels in order (first is most important). First every label takes its shortest wording at the first of
 * its sides that is free; then, in the same order, each takes the longest wording that still fits. A label with no
 * free place is left out when optional; else an earlier label may move to another of its free sides to make room
 * (so a more important label keeps its place only as long as it can), and failing that it takes its first side
 * (the overlap test reports it).
 */
export function placeLabels(requests: LabelRequest[], obstacles: Box[], bounds: Box): Mark[] {
  const wordings = requests.map((r) => (typeof r.text === 'string' ? [r.text] : r.text));
  // Keyed by wording as well, so a label whose words change between states cross-fades instead of snapping.
  const optionsOf = (r: LabelRequest, text: string) => r.sides.map((side) => ({ side, mark: candidate({ ...r, key: `${r.key}:${text}`, text }, side) }));
  const placed: (Placed | null)[] = [];
  const texts = (except: number) => placed.flatMap((p, j) => (p && j !== except ? [textBox(p.mark)] : []));
  const leaders = (except: number) => placed.flatMap((p, j) => (p && j !== except ? leaderBoxes(requests[j]!, p) : []));
  const shortest = (j: number) => optionsOf(requests[j]!, wordings[j]!.at(-1)!);
  // Free for request j, given every placed label but j's own.
  const freeFor = (j: number, options: Placed[]) => {
    const r = requests[j]!;
    return firstFree(r, options, [...obstacles, ...texts(j), ...leaders(j)], texts(j), bounds);
  };
  /**
   * A label that must show and has no free place may still find one if an earlier label takes another of its free
   * sides: tried one earlier label at a time, the most recent (least important) first.
   */
  const makeRoom = (i: number, options: Placed[]): Placed | undefined => {
    for (let j = i - 1; j >= 0; j--) {
      const held = placed[j];
      if (!held) continue;
      for (const alt of shortest(j).filter((o) => o.side !== held.side)) {
        placed[j] = freeFor(j, [alt]) ?? null;
        const own = placed[j] ? freeFor(i, options) : undefined;
        if (own) return own;
        placed[j] = held;
      }
    }
    return undefined;
  };
  requests.forEach((r, i) => {
    const options = shortest(i);
    placed.push(null);
    placed[i] = freeFor(i, options) ?? (r.optional ? null : (makeRoom(i, options) ?? options[0]!));
  });
  requests.forEach((r, i) => {
    if (!placed[i]) return;
    const others = [...obstacles, ...texts(i), ...leaders(i)];
    for (const text of wordings[i]!.slice(0, -1)) {
      const better = firstFree(r, optionsOf(r, text), others, texts(i), bounds);
      if (better) {
        placed[i] = better;
        break;
      }
    }
  });
  return placed.flatMap((p, i) => (p ? [p.mark, ...leader(requests[i]!, p.side, p.mark)] : []));
}

/** The box of a marker of radius `r` at a point. */
export const pointBox = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
