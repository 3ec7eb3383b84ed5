import type { Datasets } from '../../lib/data/datasets';
import { formatCount } from '../../lib/format';
import type { Frame } from '../../lib/frames';
import { round, type Mark } from '../../lib/scene';
import { countryRow, totalRows } from './chartRows';
import { countryFigures, officialTotal, total } from './figures';
import { figureRow, text, textKey, type FigureRow, type RowGrid } from './figureRow';
import { dayRange } from './period';
import { textWidth, type Box } from './textMetrics';

function grid(frame: Frame, box: Box, max: number): RowGrid {
  const phone = frame.id === 'phone';
  const x0 = box.x + (phone ? 78 : 112);
  const x1 = box.x + box.width - (phone ? 40 : 190);
  const textSize = phone ? 10 : 11;
  return { left: box.x, x0, right: box.x + box.width, scale: (x1 - x0) / max, barHeight: phone ? 8 : 11, nameSize: frame.fontSize - 1, textSize, lineHeight: textSize + (phone ? 1 : 2.5) };
}

/** A dashed vertical line at `value` across a section, labelled above it (ending at the edge where centring would cross it). */
function reference(key: string, g: RowGrid, value: number, labelY: number, bottom: number, label: string): Mark[] {
  const x = round(g.x0 + value * g.scale);
  const atEdge = x + textWidth(label, g.textSize) / 2 > g.right;
  return [
    { kind: 'line', key, className: 'troop-ref', attrs: { x1: x, x2: x, y1: round(labelY + 3), y2: round(bottom) } },
    atEdge ? text(`${key}-label`, 'troop-ref-label', g.right, labelY, g.textSize, label, 'end') : text(`${key}-label`, 'troop-ref-label', x, labelY, g.textSize, label, 'middle'),
  ];
}

/** "6–12 January 2022": the span of days on which the charted figures were stated. */
export function chartPeriod(data: Datasets): string {
  const days = [...data.troopContingents.flatMap((c) => [c.troops, ...c.estimates]), ...data.troopTotals.map((t) => t.figure)]
    .map((f) => f.statedOn)
    .filter((d): d is string => Boolean(d))
    .sort();
  return dayRange(days[0]!, days.at(-1)!, true);
}

/** The contingents compared: each country's figure by status, then the competing totals, on one scale. */
export function chartMarks(data: Datasets, frame: Frame, box: Box): Mark[] {
  const totals = totalRows(data);
  const max = Math.ceil(Math.max(...totals.map((r) => r.value ?? 0)) / 1000) * 1000;
  const g = grid(frame, box, max);
  const phone = frame.id === 'phone';
  const gap = phone ? 3 : 12;
  const official = officialTotal(data).figure;
  const pool = total(data, 'standing-pool-3600').figure;
  const marks: Mark[] = [];
  // On phones the stamp takes its own line: beside the heading it would collide with the reference line's label.
  let y = box.y + g.textSize;
  const stamp = `Figures as stated, ${chartPeriod(data)}`;
  marks.push(text(textKey('stamp', stamp), 'troop-stamp', box.x + box.width, y, g.textSize, stamp, 'end'));
  if (phone) y += g.nameSize + 5;
  const countriesHead = y;
  marks.push(text('chart-head-countries', 'troop-head is-bold', box.x, y, g.nameSize, 'By country'));
  y += g.textSize - 1;
  const countries = stack(countryFigures(data).map((f) => countryRow(data, f)), g, y, gap);
  marks.push(...reference('chart-ref-official', g, official.value!, countriesHead, countries.end, `Official total, all five: ${formatCount(official.value!)}`));
  marks.push(axis('chart-axis-countries', g, y - 3, countries.end), ...countries.marks);
  y = countries.end + gap + g.nameSize + (phone ? 8 : 22);
  const totalsHead = y;
  marks.push(text('chart-head-totals', 'troop-head is-bold', box.x, y, g.nameSize, 'Totals, as stated'));
  y += g.textSize - 1;
  const stated = stack(totals, g, y, gap);
  marks.push(...reference('chart-ref-pool', g, pool.value!, totalsHead, stated.end, `CSTO's whole pool: ${pool.text.replace(/\s*\(.*\)$/, '')}`));
  marks.push(axis('chart-axis-totals', g, y - 3, stated.end), ...stated.marks);
  return marks;
}

/**
 * Rows one under another from `y`: their marks, and the bottom of the last. The caller draws its axis and reference
 * line before these marks, so a bar hides the reference line where it passes and each label's paper halo breaks it.
 */
function stack(rows: FigureRow[], g: RowGrid, y: number, gap: number): { marks: Mark[]; end: number } {
  const marks: Mark[] = [];
  let top = y;
  for (const row of rows) {
    const r = figureRow(row, g, top);
    marks.push(...r.marks);
    top = r.bottom + gap;
  }
  return { marks, end: top - gap };
}

function axis(key: string, g: RowGrid, y1: number, y2: number): Mark {
  return { kind: 'line', key, className: 'troop-axis', attrs: { x1: round(g.x0), x2: round(g.x0), y1: round(y1), y2: round(y2) } };
}
