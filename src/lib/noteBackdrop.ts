import type { Box } from './geo/labelPlacement';
import { round, type Mark } from './scene';

/**
 * A box of the page's colour around a block of note lines (`boxes`, as the graphic measures its text), padded by
 * `pad`. A label's halo hides a line only around each letter, so a grid line or a border running along a note still
 * shows between its letters and words; the box stops it at the note.
 */
export function noteBackdrop(key: string, className: string, boxes: Box[], pad: number): Mark[] {
  if (!boxes.length) return [];
  const x0 = Math.min(...boxes.map((b) => b.x0)) - pad;
  const y0 = Math.min(...boxes.map((b) => b.y0)) - pad;
  const x1 = Math.max(...boxes.map((b) => b.x1)) + pad;
  const y1 = Math.max(...boxes.map((b) => b.y1)) + pad;
  return [{ kind: 'rect', key, className, attrs: { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) } }];
}
