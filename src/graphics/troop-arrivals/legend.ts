import type { Frame } from '../../lib/frames';
import type { Mark } from '../../lib/scene';
import { text } from './figureRow';
import { swatch } from './figureBar';
import type { FigureStatus } from './figures';
import { textWidth, type Box } from './textMetrics';

const chartKeys: [FigureStatus, string][] = [
  ['official', 'Official figure'],
  ['estimate', 'Press estimate'],
  ['unknown', 'No official figure'],
];

/** The key to the chart's bar styles: solid, hatched, outlined, each with its words. */
export function legendMarks(frame: Frame, box: Box): Mark[] {
  const size = frame.fontSize - 2;
  const marks: Mark[] = [];
  let x = box.x;
  let y = box.y + size;
  for (const [status, words] of chartKeys) {
    const w = size * 1.3 + 5 + textWidth(words, size) + 14;
    if (x + w > box.x + box.width) {
      x = box.x;
      y += size + 6;
    }
    marks.push(...swatch(`legend-${status}`, status, x, y, size));
    marks.push(text(`legend-${status}-text`, 'troop-legend', x + size * 1.3 + 5, y, size, words));
    x += w;
  }
  return marks;
}
