import type { Mark } from '../../lib/scene';
import { textBox } from './labelPlacer';
import { rectMark } from './marks';

/**
 * A box of the page's colour behind a block of note lines. A label's halo breaks a line only around each letter, so
 * a grid line running along a note still shows between its letters and words; the box stops the grid at the note.
 */
export function noteBackdrop(key: string, lines: Mark[], pad = 5): Mark[] {
  if (!lines.length) return [];
  const boxes = lines.map(textBox);
  const x0 = Math.min(...boxes.map((b) => b.x0)) - pad;
  const y0 = Math.min(...boxes.map((b) => b.y0)) - pad;
  const x1 = Math.max(...boxes.map((b) => b.x1)) + pad;
  const y1 = Math.max(...boxes.map((b) => b.y1)) + pad;
  return [rectMark(key, x0, y0, x1, y1, 'ct-note-backdrop')];
}
