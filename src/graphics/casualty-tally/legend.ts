import type { Frame } from '../../lib/frames';
import type { Mark } from '../../lib/scene';
import { marginLeft } from './headlineMarks';
import { circleMark, diamondMark, lineMark, rectMark, textMark } from './marks';
import type { PlotBox } from './plotBox';

/** The swatches a legend can show, each matching a mark class of the chart. */
export type SwatchKind = 'security' | 'others' | 'line' | 'disputed' | 'retracted' | 'cited' | 'independent' | 'count' | 'count-light' | 'later';

/** One legend entry. */
export interface LegendItem {
  kind: SwatchKind;
  text: string;
}

function swatch(kind: SwatchKind, key: string, x: number, cy: number): Mark[] {
  if (kind === 'security') return [rectMark(key, x, cy - 5, x + 12, cy + 5, 'ct-band-security')];
  if (kind === 'others') return [rectMark(key, x, cy - 5, x + 12, cy + 5, 'ct-band-others ct-swatch-outline')];
  if (kind === 'line' || kind === 'count' || kind === 'count-light') {
    const cls = kind === 'line' ? 'ct-step' : kind === 'count' ? 'ct-count-line' : 'ct-count-line ct-count-line--light';
    return [lineMark(key, x, cy, x + 12, cy, cls), circleMark(`${key}-dot`, x + 6, cy, 3, kind === 'count-light' ? 'ct-count-point ct-count-point--light' : 'ct-point')];
  }
  if (kind === 'disputed') return [circleMark(key, x + 6, cy, 4, 'ct-point ct-point--disputed')];
  if (kind === 'retracted') return [circleMark(key, x + 6, cy, 5, 'ct-retracted'), lineMark(`${key}-strike`, x, cy + 6, x + 12, cy - 6, 'ct-retracted-strike')];
  if (kind === 'cited') return [diamondMark(key, x + 6, cy, 5, 'ct-cited')];
  if (kind === 'later') return [circleMark(key, x + 6, cy, 4, 'ct-count-later')];
  return [rectMark(key, x + 2, cy - 4, x + 10, cy + 4, 'ct-independent')];
}

/** The legend, flowing left to right and wrapping at the frame's edge, from `box.legendTop` down. */
export function legendMarks(items: LegendItem[], frame: Frame, box: PlotBox): Mark[] {
  const x0 = marginLeft(frame);
  const rowH = box.small + 7;
  let x = x0;
  let row = 0;
  return items.flatMap((item) => {
    const w = 18 + item.text.length * box.small * 0.56 + 14;
    if (x > x0 && x + w > frame.width - 8) {
      x = x0;
      row++;
    }
    const cy = box.legendTop + row * rowH;
    const key = `legend-${item.kind}`;
    const marks = [...swatch(item.kind, `${key}-swatch`, x, cy), textMark(`${key}:${item.text}`, x + 18, cy + box.small * 0.35, item.text, { size: box.small, className: 'ct-legend' })];
    x += w;
    return marks;
  });
}
