import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatCount } from '../../lib/format';
import type { Mark } from '../../lib/scene';
import { lineMark, rectMark, textMark } from './marks';
import type { PlotBox } from './plotBox';
import { JANUARY, type TimeAxis } from './timeAxis';

/** A count scale that always starts at zero, with room above the highest figure for its label. */
export function countScale(max: number, box: PlotBox, headroom = 1.08): ScaleLinear<number, number> {
  return scaleLinear().domain([0, max * headroom]).nice(4).range([box.bottom, box.top]);
}

/** The box widened on the left, where needed, so the longest tick label of a count up to `max` fits. */
export function roomForTicks(box: PlotBox, max: number): PlotBox {
  const widest = Math.max(...countScale(max, box).ticks(4).map((v) => formatCount(v).length));
  return { ...box, left: Math.max(box.left, 12 + widest * box.small * 0.56) };
}

/** Horizontal gridlines and their labels; `panel` keeps one measure's ticks from turning into another's. */
export function yAxisMarks(y: ScaleLinear<number, number>, box: PlotBox, panel: string): Mark[] {
  return y.ticks(4).flatMap((v) => [
    // The zero line is the time axis's own baseline, drawn per segment so the break shows.
    ...(v === 0 ? [] : [lineMark(`y-grid-${panel}-${v}`, box.left, y(v), box.right, y(v), 'ct-grid')]),
    textMark(`y-label-${panel}-${v}`, box.left - 6, y(v) + 4, formatCount(v), { size: box.small, anchor: 'end', className: 'ct-axis' }),
  ]);
}

const laterTicks = [
  { date: '2022-04-01', label: 'Apr' },
  { date: '2022-07-01', label: 'Jul' },
  { date: '2022-10-01', label: 'Oct' },
  { date: '2023-01-01', label: 'Jan' },
];
const years = [
  { key: 'year-2022', from: '2022-04-01', to: '2022-10-01', label: '2022' },
  { key: 'year-2023', from: '2023-01-01', to: '2023-01-01', label: '2023' },
];

/** The days of January: every day where there is room, every other day where there is not. */
function januaryTicks(axis: TimeAxis): { date: string; label: string }[] {
  const every = axis.dayWidth(JANUARY.from) >= 22 ? 1 : 2;
  const out = [];
  for (let d = 5; d < 16; d += every) out.push({ date: `2022-01-${String(d).padStart(2, '0')}`, label: String(d) });
  return out;
}

/** Tick labels under the plot, the month and year under them, and a break mark between two segments. */
export function timeAxisMarks(axis: TimeAxis, box: PlotBox): Mark[] {
  const row1 = box.bottom + box.small + 5;
  const row2 = row1 + box.small + 3;
  const [jan, later] = axis.segments;
  const ticks = [...januaryTicks(axis), ...(later ? laterTicks : [])];
  const marks = axis.segments.map((s, i) => lineMark(`x-base-${i}`, s.x0, box.bottom, s.x1, box.bottom, 'ct-baseline'));
  marks.push(...ticks.flatMap(({ date, label }) => [
    lineMark(`x-tick-${date}`, axis.x(date), box.bottom, axis.x(date), box.bottom + 4, 'ct-tick'),
    textMark(`x-label-${date}`, axis.x(date), row1, label, { size: box.small, anchor: 'middle', className: 'ct-axis' }),
  ]));
  marks.push(textMark('x-month-jan', (jan!.x0 + jan!.x1) / 2, row2, 'January 2022', { size: box.small, anchor: 'middle', className: 'ct-axis' }));
  if (later) {
    for (const y of years) marks.push(textMark(`x-${y.key}`, (axis.x(y.from) + axis.x(y.to)) / 2, row2, y.label, { size: box.small, anchor: 'middle', className: 'ct-axis' }));
    const bx = (jan!.x1 + later.x0) / 2;
    // A strip of the page colour through the plot makes the break visible in the bands and the line too.
    marks.push(rectMark('x-break-gap', jan!.x1 + 1, box.top - 4, later.x0 - 1, box.bottom + 6, 'ct-break-gap'));
    marks.push(lineMark('x-break-a', bx - 4, box.bottom + 5, bx, box.bottom - 5, 'ct-break'), lineMark('x-break-b', bx, box.bottom + 5, bx + 4, box.bottom - 5, 'ct-break'));
  }
  return marks;
}

/** Whether a date lies on the drawn axis (the later months are only drawn in some states). */
export const onAxis = (axis: TimeAxis, date: string): boolean => axis.segments.some((s) => date >= s.from && date < s.to);
