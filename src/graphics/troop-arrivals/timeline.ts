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
const FUTURE = 0.3;

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Day-by-day strip from the appeal to the last departures: flights reported per day, the state's days highlighted. */
export function timelineMarks(data: Datasets, frame: Frame, state: TroopArrivalsState, box: Box): Mark[] {
  const [start, end] = storyPeriod(data);
  const days = daysBetween(start, end) + 1;
  const step = box.width / days;
  const x = (iso: string) => box.x + (daysBetween(start, iso) + 0.5) * step;
  const size = frame.fontSize - 2;
  const bracketY = box.y + 2 * size + 8;
  const base = box.y + box.height - size - 6;
  const barMax = base - bracketY - size - 6;
  const [from, to] = statePeriod(data, state);
  const seen = (iso: string) => (iso <= to ? 1 : FUTURE);
  const marks: Mark[] = [
    { kind: 'rect', key: 'timeline-band', className: 'troop-band', attrs: { x: round(x(from) - step / 2), y: round(bracketY + 3), width: round((daysBetween(from, to) + 1) * step), height: round(base - bracketY - 3) } },
    text('timeline-title', 'troop-caption is-bold', box.x, box.y + size, size, 'Russian military flights reported, per day'),
    { kind: 'line', key: 'timeline-axis', className: 'troop-axis', attrs: { x1: box.x, x2: box.x + box.width, y1: round(base), y2: round(base) } },
  ];
  for (let i = 0; i < days; i++) {
    const day = addDays(start, i);
    marks.push(text(`timeline-day-${day}`, 'troop-tick', x(day), base + size + 3, size, i === 0 ? formatShortDate(day) : String(Number(day.slice(8))), 'middle'));
  }
  const running = data.airlift.find((a) => a.id === RUNNING_TOTAL);
  const arrivals = statePeriod(data, 'airlift');
  const arrivalWords = running ? `${running.aircraft.text.replace(/\s*\(cumulative\)/, '')} in all, ${periodLabel(data, 'airlift')}` : `Arrivals, ${periodLabel(data, 'airlift')}`;
  marks.push(...bracket('timeline-arrivals', x(arrivals[0]) - step / 2, x(arrivals[1]) + step / 2, bracketY, size, arrivalWords, seen(arrivals[0])));
  const departures = statePeriod(data, 'withdrawal');
  marks.push(...bracket('timeline-departures', x(departures[0]) - step / 2, x(departures[1]) + step / 2, bracketY, size, `Withdrawal, ${periodLabel(data, 'withdrawal')}`, seen(departures[0])));
  const counted = data.airlift.filter((a) => a.aircraft.value !== null);
  const top = Math.max(...counted.map((a) => a.aircraft.value!));
  const byDay = new Map<string, Airlift[]>();
  for (const a of counted) byDay.set(a.date, [...(byDay.get(a.date) ?? []), a]);
  for (const [day, rows] of byDay) {
    const w = Math.min(step * 0.62, (step * 0.8) / rows.length);
    rows.forEach((a, i) => {
      const h = (a.aircraft.value! / top) * barMax;
      const bx = x(day) - (rows.length * w) / 2 + i * w;
      const label = `${formatShortDate(a.date)}: ${a.description}`;
      marks.push({ kind: 'rect', key: `flights-${a.id}`, className: `troop-flights troop-flights-${a.direction}`, attrs: { x: round(bx + 0.5), y: round(base - h), width: round(w - 1), height: round(h), opacity: seen(day) }, label });
      marks.push(text(`flights-${a.id}-value`, 'troop-value', bx + w / 2, base - h - 3, size, a.aircraft.text, 'middle', { opacity: seen(day) }));
    });
  }
  // A day's report without a single count ("20+ flights planned") is written out on the baseline, not drawn as a bar.
  for (const a of data.airlift.filter((r) => r.aircraft.value === null && r.id !== AIR_GROUP && r.id !== RUNNING_TOTAL)) {
    const t = text(`flights-${a.id}-text`, 'troop-caption', x(a.date) - step * 0.3, base - 4, size - 0.5, a.aircraft.text, 'start', { opacity: seen(a.date) });
    marks.push({ ...t, label: `${formatShortDate(a.date)}: ${a.description}` });
  }
  return marks;
}

function bracket(key: string, x1: number, x2: number, y: number, size: number, words: string, opacity: number): Mark[] {
  const d = `M${round(x1 + 1)},${round(y + 4)}V${round(y)}H${round(x2 - 1)}V${round(y + 4)}`;
  return [
    { kind: 'path', key, className: 'troop-bracket', attrs: { d, fill: 'none', opacity } },
    text(`${key}-label`, 'troop-caption', x1 + 1, y - 3, size, words, 'start', { opacity }),
  ];
}
