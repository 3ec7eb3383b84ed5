import { scaleLinear } from 'd3-scale';
import type { Datasets } from '../../lib/data/datasets';
import { formatCount, formatShortDate } from '../../lib/format';
import type { Frame } from '../../lib/frames';
import type { Mark } from '../../lib/scene';
import { cityDeaths, earlierCityCounts, type EarlierCityCount } from './cityDeaths';
import { placeLabels, type LabelRequest } from './labelPlacer';
import { circleMark, lineMark, rectMark, textMark } from './marks';
import type { PlotBox } from './plotBox';
import { releaseLabel } from './releases';

/** Tooltip of an earlier count for a city. */
const earlierLabel = (name: string, e: EarlierCityCount) =>
  `${e.report.status === 'retracted' ? 'Withdrawn — ' : ''}${name}: ${formatCount(e.killed)} killed, ${releaseLabel(e.report, [e.report.killedTotal]).replace(/: .*$/, '')}`;

/** A marker for an earlier count on the biggest city's bar: a ring, struck through where it was withdrawn. */
function earlierMarks(e: EarlierCityCount, x: number, cy: number, r: number, name: string): Mark[] {
  const key = `city-earlier-${e.report.id}`;
  const label = earlierLabel(name, e);
  if (e.report.status !== 'retracted') return [circleMark(key, x, cy, r, 'ct-count-later', label)];
  return [circleMark(key, x, cy, r * 1.3, 'ct-retracted', label), lineMark(`${key}-strike`, x - r * 1.3 - 2, cy + r * 1.3 + 2, x + r * 1.3 + 2, cy - r * 1.3 - 2, 'ct-retracted-strike')];
}

/** Deaths by city as bars from zero, with the biggest city's earlier counts marked on its bar. */
export function drawCities(data: Datasets, frame: Frame, box: PlotBox): Mark[] {
  const { report, cities, byline } = cityDeaths(data);
  const nameW = Math.max(...cities.map((c) => c.name.length)) * box.font * 0.56 + 10;
  const x = scaleLinear().domain([0, cities[0]!.killed * 1.08]).range([box.left + nameW, box.right - 36]);
  const rowH = frame.id === 'phone' ? 38 : 72;
  const barH = frame.id === 'phone' ? 18 : 26;
  const top = box.top + (frame.id === 'phone' ? 30 : 44);
  const r = box.font * 0.3;
  const marks: Mark[] = [];
  const requests: LabelRequest[] = [];
  for (const [i, c] of cities.entries()) {
    const y0 = top + i * rowH;
    const label = `${c.name}: ${formatCount(c.killed)} killed — ${byline}`;
    marks.push(
      rectMark(`city-bar-${c.place}`, x(0), y0, x(c.killed), y0 + barH, 'ct-bar', label),
      textMark(`city-name-${c.place}`, x(0) - 8, y0 + barH / 2 + box.font * 0.35, c.name, { size: box.font, anchor: 'end', className: 'ct-label--strong' }),
      textMark(`city-value-${c.place}`, x(c.killed) + 6, y0 + barH / 2 + box.font * 0.35, formatCount(c.killed), { size: box.font, className: 'ct-label--strong', label }),
    );
  }
  const first = cities[0]!;
  for (const e of earlierCityCounts(data, first.place, report.released)) {
    const cx = x(e.killed);
    marks.push(lineMark(`city-earlier-tick-${e.report.id}`, cx, top - 4, cx, top + barH, 'ct-leader'), ...earlierMarks(e, cx, top - 4 - r * 1.3, r, first.name));
    const what = e.report.status === 'retracted' ? `${formatCount(e.killed)} withdrawn` : formatCount(e.killed);
    requests.push({ key: `city-earlier-label-${e.report.id}`, text: [`${what}, ${formatShortDate(e.report.released)} ${e.report.released.slice(0, 4)}`, `${what}, ${formatShortDate(e.report.released)}`, what], x: cx, y: top - 4 - r * 1.3, size: box.small, sides: ['above', 'above-start', 'above-end'], offset: r * 1.3 + 6, className: 'ct-label', label: earlierLabel(first.name, e) });
  }
  const base = top + (cities.length - 1) * rowH + barH + 6;
  for (const v of x.ticks(4)) {
    marks.unshift(lineMark(`city-grid-${v}`, x(v), top - 2, x(v), base, v === 0 ? 'ct-baseline' : 'ct-grid'));
    marks.push(textMark(`city-tick-${v}`, x(v), base + box.small + 4, formatCount(v), { size: box.small, anchor: 'middle', className: 'ct-axis' }));
  }
  marks.push(textMark('city-axis-title', box.left, base + 2 * box.small + 10, `Killed, by city, as stated ${formatShortDate(report.released)} ${report.released.slice(0, 4)}`, { size: box.small, className: 'ct-axis' }));
  return [...marks, ...placeLabels(requests, [], { x0: box.left, y0: box.top - 12, x1: box.right + 12, y1: top })];
}
