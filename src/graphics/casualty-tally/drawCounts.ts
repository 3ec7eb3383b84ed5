import type { ScaleLinear } from 'd3-scale';
import type { Datasets } from '../../lib/data/datasets';
import { formatShortDate } from '../../lib/format';
import type { Mark } from '../../lib/scene';
import { countScale, roomForTicks, timeAxisMarks, yAxisMarks } from './axes';
import { countPoints, splitAtPeak, unofficialCounts, type CountPoint } from './countSeries';
import { countLabelRequest, countLineMarks, countPointMarks, qualified } from './countShapes';
import { placeLabels, textBox, type LabelRequest, type Side } from './labelPlacer';
import { textMark } from './marks';
import type { PlotBox } from './plotBox';
import { JANUARY, tallyAxis, type TimeAxis } from './timeAxis';
import { noteBackdrop } from '../../lib/noteBackdrop';
import { shapeObstacles } from './tollShapes';
import { ARTICLE_DATE } from './states';
import { wrap } from './wrap';

const near: Side[] = ['left', 'above', 'right', 'below', 'above-start', 'above-end', 'below-start', 'below-end', 'above2'];
const rows: Side[] = ['above', 'above2', 'below', 'left', 'right', 'below2', 'above-start', 'above-end'];

/** What a later, differently measured figure counts, from the source's words: "detained in total". */
function measure(p: CountPoint): string {
  return p.figure.text.replace(/^[\d,]+\s*/, '').split(/[(;]/)[0]!.trim();
}

/** A series to label, with the wordings of each point's label (longest first). */
interface Labelled {
  points: CountPoint[];
  texts: (p: CountPoint) => string[];
}

/** Label requests, the headline points first, then each series newest first. */
function countLabels(series: Labelled[], subjects: CountPoint[], axis: TimeAxis, y: ScaleLinear<number, number>, box: PlotBox): LabelRequest[] {
  const r = box.font * 0.3;
  const reqs = series.flatMap(({ points, texts }) => [...points].reverse().map((p) => ({ p, req: countLabelRequest(p, axis, y, box.small, texts(p), p.report.released >= JANUARY.to ? rows : near, r) })));
  const first = reqs.filter(({ p }) => subjects.includes(p)).map(({ req }) => req);
  return [...first, ...reqs.filter(({ p }) => !subjects.includes(p)).map(({ req }) => ({ ...req, optional: true }))];
}

const plotBounds = (box: PlotBox) => ({ x0: box.left + 2, y0: box.top - 10, x1: box.right + 12, y1: box.bottom - 2 });

/** Injured or detained over time, each on its own axis starting at zero; never on the deaths axis. */
export function drawCounts(data: Datasets, chart: 'injured' | 'detained', frameBox: PlotBox): Mark[] {
  return chart === 'injured' ? drawInjured(data, frameBox) : drawDetained(data, frameBox);
}

const fromJanuary = (ps: CountPoint[]) => ps.filter((p) => p.report.released >= JANUARY.from);

/** All injured (light) and injured security personnel (solid), each as released. */
function drawInjured(data: Datasets, frameBox: PlotBox): Mark[] {
  const all = fromJanuary(countPoints(data, 'injured'));
  const security = fromJanuary(countPoints(data, 'injuredSecurity'));
  const max = Math.max(...all.map((p) => p.value), ...security.map((p) => p.value));
  const box = roomForTicks(frameBox, max);
  const axis = tallyAxis(box, true);
  const y = countScale(max, box);
  const r = box.font * 0.3;
  const top = all.reduce((a, b) => (b.value > a.value ? b : a));
  const allEnd = axis.x(top.report.released) + axis.dayWidth(top.report.released) / 2;
  const shapes = [
    ...countLineMarks(all, axis, y, allEnd, true), ...countLineMarks(security, axis, y, axis.segments.at(-1)!.x1, false),
    ...countPointMarks(all, axis, y, r, 'light'), ...countPointMarks(security, axis, y, r, 'solid'),
  ];
  const subjects = [top, ...security.filter((p) => p.report === top.report)];
  const labels = countLabels([
    { points: all, texts: (p) => [`${qualified(p)} injured in all`, qualified(p)] },
    { points: security, texts: (p) => [`${qualified(p)} security personnel`, qualified(p)] },
  ], subjects, axis, y, box);
  const yAxis = yAxisMarks(y, box, 'injured');
  // Grid lines are obstacles too: a halo breaks a line only around each letter, so a label on one reads as struck.
  return [...yAxis, ...shapes, ...timeAxisMarks(axis, box), ...placeLabels(labels, shapeObstacles([...shapes, ...yAxis]), plotBounds(box))];
}

/** The running count of detentions to its peak, and the later official figures, which count other things. */
function drawDetained(data: Datasets, frameBox: PlotBox): Mark[] {
  const { running, later } = splitAtPeak(fromJanuary(countPoints(data, 'detained')));
  const peak = running.at(-1)!;
  // The detentions are nearly all in January: it gets more of the width.
  const box = { ...roomForTicks(frameBox, peak.value), januaryShare: Math.max(frameBox.januaryShare, 0.55) };
  const axis = tallyAxis(box, true);
  const y = countScale(peak.value, box);
  const r = box.font * 0.3;
  const runEnd = axis.x(peak.report.released) + axis.dayWidth(peak.report.released) / 2;
  const shapes = [...countLineMarks(running, axis, y, runEnd, false), ...countPointMarks(running, axis, y, r, 'solid'), ...countPointMarks(later, axis, y, r, 'later')];
  const segment = axis.segments[1]!;
  // An agency's own running total has no official number to place: it is a note, not a point.
  const notes = unofficialCounts(data, 'detained').flatMap((rep) => {
    const text = `${formatShortDate(rep.released)}: ${rep.detained!.text.split('; ').at(-1)!}`;
    return wrap(text, (segment.x1 - segment.x0 - 4) / (box.small * 0.56)).map((line, i) =>
      textMark(`note-${rep.id}-${i}`, segment.x0 + 4, box.top + i * (box.small + 3), line, { size: box.small, className: 'ct-label ct-note' }));
  });
  const labels = countLabels([
    { points: running, texts: (p) => [qualified(p)] },
    { points: later, texts: (p) => [`${qualified(p)} ${measure(p)}`.trim(), qualified(p)] },
  ], running.filter((p) => p === peak || p.report.released === ARTICLE_DATE), axis, y, box);
  const yAxis = yAxisMarks(y, box, 'detained');
  const obstacles = [...shapeObstacles([...shapes, ...yAxis]), ...notes.map(textBox)];
  return [...yAxis, ...shapes, ...timeAxisMarks(axis, box), ...placeLabels(labels, obstacles, plotBounds(box)), ...noteBackdrop('note-unofficial-backdrop', 'ct-note-backdrop', notes.map(textBox), 5), ...notes];
}
