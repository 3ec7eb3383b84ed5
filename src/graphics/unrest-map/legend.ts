import type { Frame } from '../../lib/frames';
import { textWidth } from '../../lib/geo/labelPlacement';
import { round, type Mark } from '../../lib/scene';
import { capitalRing, frameSizes } from './mapFrame';
import { symbolPath, type Shape } from './symbolPath';

/** One legend entry: a symbol as drawn on the map, and what it means. */
export interface LegendItem {
  id: string;
  shape: Shape;
  /** Class of the symbol, the same as the map's marks of this meaning. */
  className: string;
  /** Radius of the symbol, as a share of the frame's point radius. */
  scale: number;
  text: string;
}

const SYMBOL_BOX = 16;

/** Legend marks flowed into the frame's legend box in columns, an entry too wide for one column taking two; then a note. */
export function legendMarks(frame: Frame, items: LegendItem[], note?: string): Mark[] {
  const s = frameSizes[frame.id];
  const { x0, x1, y0 } = s.legend;
  const size = s.labelSize;
  const columns = s.legendColumns;
  const colWidth = (x1 - x0) / columns;
  const rowHeight = round(size * 1.7);
  const marks: Mark[] = [];
  let [row, col] = [0, 0];
  for (const item of items) {
    const span = Math.min(columns, Math.ceil((SYMBOL_BOX + 4 + textWidth(item.text, size)) / colWidth));
    if (col + span > columns) [row, col] = [row + 1, 0];
    const cx = x0 + col * colWidth + SYMBOL_BOX / 2 - 2;
    const cy = y0 + row * rowHeight + size * 0.6;
    const r = item.id === 'capital' ? capitalRing(s.r) * 0.8 : s.r * item.scale;
    marks.push(
      { kind: 'path', key: `legend-${item.id}-symbol`, className: item.className, attrs: { d: symbolPath(item.shape, cx, cy, r) } },
      {
        kind: 'text',
        key: `legend-${item.id}-text`,
        className: 'unrest-legend-text',
        attrs: { x: round(cx + SYMBOL_BOX / 2 + 4), y: round(cy + size * 0.35), 'font-size': size },
        text: item.text,
      },
    );
    col += span;
  }
  if (note) {
    // The note shares the last row when it fits there.
    const fits = x0 + col * colWidth + textWidth(note, size - 1) <= x1;
    const [nx, nRow] = fits ? [x0 + col * colWidth, row] : [x0 - 2, row + 1];
    marks.push({
      kind: 'text',
      key: 'legend-note',
      className: 'unrest-legend-note',
      attrs: { x: round(nx), y: round(y0 + nRow * rowHeight + size * 0.95), 'font-size': size - 1 },
      text: note,
    });
  }
  return marks;
}
