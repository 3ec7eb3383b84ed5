import { daysBetween } from '../../lib/format';
import type { PlotBox } from './plotBox';

/** A stretch of calendar days drawn between two x positions; `to` is the first day after it. */
export interface Segment {
  from: string;
  to: string;
  x0: number;
  x1: number;
}

/** A time scale over one or two segments (a broken axis), days placed at their middle. */
export interface TimeAxis {
  segments: Segment[];
  x(date: string): number;
  /** Width of one day in the segment holding `date`. */
  dayWidth(date: string): number;
}

/** The days of the unrest, drawn densely. */
export const JANUARY = { from: '2022-01-05', to: '2022-01-16' } as const;
/** The later official accounting, March 2022 to January 2023, drawn compressed. */
export const LATER = { from: '2022-03-01', to: '2023-02-01' } as const;

/** A time scale over the given segments. A date outside every segment throws: it has no place on this axis. */
export function timeAxis(segments: Segment[]): TimeAxis {
  const find = (date: string) => {
    const s = segments.find((seg) => date >= seg.from && date < seg.to);
    if (!s) throw new Error(`date ${date} is outside the time axis (${segments.map((g) => `${g.from}..${g.to}`).join(', ')})`);
    return s;
  };
  const perDay = (s: Segment) => (s.x1 - s.x0) / daysBetween(s.from, s.to);
  return {
    segments,
    x: (date) => {
      const s = find(date);
      return s.x0 + (daysBetween(s.from, date) + 0.5) * perDay(s);
    },
    dayWidth: (date) => perDay(find(date)),
  };
}

/** January alone across the plot, or January and the later months side by side with a break between them. */
export function tallyAxis(box: PlotBox, withLater: boolean): TimeAxis {
  if (!withLater) return timeAxis([{ ...JANUARY, x0: box.left, x1: box.right }]);
  const split = box.left + (box.right - box.left) * box.januaryShare;
  return timeAxis([
    { ...JANUARY, x0: box.left, x1: split - box.gap / 2 },
    { ...LATER, x0: split + box.gap / 2, x1: box.right },
  ]);
}
