import type { Box, PlacedLabel } from '../../lib/geo/labelPlacement';
import { round, type Mark } from '../../lib/scene';
import { lineHeight } from './mapFrame';

/** One line of a label: its text, class and size. */
export interface LabelLine {
  key: string;
  text: string;
  className: string;
  size: number;
}

const anchorX = (box: Box, anchor: PlacedLabel['anchor']) =>
  anchor === 'start' ? box.x0 + 1 : anchor === 'end' ? box.x1 - 1 : (box.x0 + box.x1) / 2;

/** Text marks for a placed label, its lines stacked from the top of its box. */
export function labelMarks(placed: PlacedLabel, lines: LabelLine[]): Mark[] {
  let top = placed.box.y0;
  return lines.map((l) => {
    const y = top + 1 + l.size * 0.82;
    top += lineHeight(l.size);
    return {
      kind: 'text',
      key: l.key,
      className: l.className,
      attrs: { x: round(anchorX(placed.box, placed.anchor)), y: round(y), 'text-anchor': placed.anchor, 'font-size': l.size },
      text: l.text,
    };
  });
}

/** A thin line from a point's edge to its label, for labels that had to stand away from their point. */
export function leaderMark(key: string, placed: PlacedLabel, x: number, y: number, r: number): Mark[] {
  if (!placed.leader) return [];
  const { box } = placed;
  const tx = Math.min(Math.max(x, box.x0), box.x1);
  const ty = Math.min(Math.max(y, box.y0), box.y1);
  const d = Math.hypot(tx - x, ty - y) || 1;
  const [x1, y1] = [x + ((tx - x) / d) * (r + 1), y + ((ty - y) / d) * (r + 1)];
  return [{ kind: 'line', key, className: 'unrest-leader', attrs: { x1: round(x1), y1: round(y1), x2: round(tx), y2: round(ty) } }];
}

/** The label text a placed box stands for, sized to fit: the widest line and the lines' total height. */
export function linesSize(lines: { text: string; size: number }[], widthOf: (t: string, s: number) => number): { width: number; height: number } {
  return {
    width: Math.max(...lines.map((l) => widthOf(l.text, l.size))) + 2,
    height: lines.reduce((h, l) => h + lineHeight(l.size), 0),
  };
}
