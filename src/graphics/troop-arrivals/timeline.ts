import type { Datasets } from '../../lib/data/datasets';
import type { Airlift } from '../../lib/data/schemas';
import { daysBetween, formatShortDate } from '../../lib/format';
import type { Frame } from '../../lib/frames';
import { round, type Mark } from '../../lib/scene';
import { text } from './figureRow';
import { periodLabel, statePeriod, storyPeriod } from './period';
import type { TroopArrivalsState } from './states';
import type { Box } from './textMetrics';

// Rows that are not a day's count: the air group formed on 7 Jan (a map note) and the running total to 9 Jan (a bracket).
/** The airlift row that describes the air group rather than a day's flights. */
export const AIR_GROUP = '2022-01-07-in-1';
const RUNNING_TOTAL = '2022-01-09-in-1';
// Days still to come are faded: their bars and brackets to a ghost, their words less, so they stay legible on screen
// and in print (a value in ink at 0.65 keeps 5:1 against the paper).
const FUTURE = 0.3;
const FUTURE_TEXT = 0.65;

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Where the strip's days, bars and brackets sit, and which days are still to come. */
interface Strip {
  x: (iso: string) => number;
  step: number;
  size: number;
  base: number;
  barMax: number;
  bracketY: number;
  /** The opacity of a mark of that day: 1 once reached, faded while still to come. */
  seen: (iso: string) => number;
  /** The same for words. */
  seenText: (iso: string) => number;
}

/** Day-by-day strip from the appeal to the last departures: flights reported per day, the state's days highlighted. */
export function timelineMarks(data: Datasets, frame: Frame, state: TroopArrivalsState, box: Box): Mark[] {
  const [start, end] = storyPeriod(data);
  const days = daysBetween(start, end) + 1;
  const step = box.width / days;
  const size = frame.fontSize - 2;
  const bracketY = box.y + 2 * size + 8;
  const base = box.y + box.height - size - 6;
  const [from, to] = statePeriod(data, state);
  const s: Strip = { x: (iso) => box.x + (daysBetween(start, iso) + 0.5) * step, step, size, base, barMax: base - bracketY - size - 6, bracketY, seen: (iso) => (iso <= to ? 1 : FUTURE), seenText: (iso) => (iso <= to ? 1 : FUTURE_TEXT) };
  // The state's days are shaded down through their dates, so the shading reads as a highlight of those days rather
  // than as a bar standing on the axis.
  const bandBottom = base + size + 6;
  const marks: Mark[] = [
    { kind: 'rect', key: 'timeline-band', className: 'troop-band', attrs: { x: round(s.x(from) - step / 2), y: round(bracketY + 3), width: round((daysBetween(from, to) + 1) * step), height: round(bandBottom - bracketY - 3) } },
    text('timeline-title', 'troop-caption is-bold', box.x, box.y + size, size, 'Russian military flights per day, where a count was reported'),
    { kind: 'line', key: 'timeline-axis', className: 'troop-axis', attrs: { x1: box.x, x2: box.x + box.width, y1: round(base), y2: round(base) } },
  ];
  for (let i = 0; i < days; i++) {
    const day = addDays(start, i);
    marks.push(text(`timeline-day-${day}`, 'troop-tick', s.x(day), base + size + 3, size, i === 0 ? formatShortDate(day) : String(Number(day.slice(8))), 'middle'));
  }
  const running = data.airlift.find((a) => a.id === RUNNING_TOTAL);
  const arrivalWords = running ? `${running.aircraft.text.replace(/\s*\(cumulative\)/, '')} in all, ${periodLabel(data, 'airlift')}` : `Arrivals, ${periodLabel(data, 'airlift')}`;
  marks.push(...bracket('timeline-arrivals', s, statePeriod(data, 'airlift'), arrivalWords));
  marks.push(...bracket('timeline-departures', s, statePeriod(data, 'withdrawal'), `Withdrawal, ${periodLabel(data, 'withdrawal')}`));
  return [...marks, ...flightMarks(data, s)];
}

/** A bar per reported count, side by side when a day has several reports; reports without one count written out. */
function flightMarks(data: Datasets, s: Strip): Mark[] {
  const marks: Mark[] = [];
  const counted = data.airlift.filter((a) => a.aircraft.value !== null);
  const top = Math.max(...counted.map((a) => a.aircraft.value!));
  const byDay = new Map<string, Airlift[]>();
  for (const a of counted) byDay.set(a.date, [...(byDay.get(a.date) ?? []), a]);
  for (const [day, rows] of byDay) {
    const w = Math.min(s.step * 0.62, (s.step * 0.8) / rows.length);
    rows.forEach((a, i) => {
      const h = (a.aircraft.value! / top) * s.barMax;
      const bx = s.x(day) - (rows.length * w) / 2 + i * w;
      const label = `${formatShortDate(a.date)}: ${a.description}`;
      marks.push({ kind: 'rect', key: `flights-${a.id}`, className: `troop-flights troop-flights-${a.direction}`, attrs: { x: round(bx + 0.5), y: round(s.base - h), width: round(w - 1), height: round(h), opacity: s.seen(day) }, label });
      marks.push(text(`flights-${a.id}-value`, 'troop-value', bx + w / 2, s.base - h - 3, s.size, a.aircraft.text, 'middle', { opacity: s.seenText(day) }));
    });
  }
  // A day's report without a single count ("20+ flights planned") is written out on the baseline, not drawn as a bar.
  for (const a of data.airlift.filter((r) => r.aircraft.value === null && r.id !== AIR_GROUP && r.id !== RUNNING_TOTAL)) {
    const t = text(`flights-${a.id}-text`, 'troop-caption', s.x(a.date) - s.step * 0.3, s.base - 4, s.size - 0.5, a.aircraft.text, 'start', { opacity: s.seenText(a.date) });
    marks.push({ ...t, label: `${formatShortDate(a.date)}: ${a.description}` });
  }
  return marks;
}

function bracket(key: string, s: Strip, [from, to]: [string, string], words: string): Mark[] {
  const [x1, x2, y, opacity] = [s.x(from) - s.step / 2, s.x(to) + s.step / 2, s.bracketY, s.seen(from)];
  const d = `M${round(x1 + 1)},${round(y + 4)}V${round(y)}H${round(x2 - 1)}V${round(y + 4)}`;
  return [
    { kind: 'path', key, className: 'troop-bracket', attrs: { d, fill: 'none', opacity } },
    text(`${key}-label`, 'troop-caption', x1 + 1, y - 3, s.size, words, 'start', { opacity: s.seenText(from) }),
  ];
}
