import { formatCount, formatShortDate } from '../../lib/format';
import type { Mark } from '../../lib/scene';
import type { Datasets } from '../../lib/data/datasets';
import { countScale, onAxis, timeAxisMarks, yAxisMarks } from './axes';
import { placeLabels, textBox, type LabelRequest } from './labelPlacer';
import { noteBackdrop } from '../../lib/noteBackdrop';
import { textMark } from './marks';
import { wrap } from './wrap';
import type { PlotBox } from './plotBox';
import { officeName, quoted } from './releases';
import type { StateSpec } from './states';
import { tallyAxis } from './timeAxis';
import { independentTolls, retractedTolls, unnumberedTolls, type TollAside } from './tollAsides';
import { asideMarks } from './tollAsideMarks';
import { tollLabelRequests } from './tollLabels';
import { bandMarks, pointMarks, shapeObstacles, stepMarks } from './tollShapes';
import { linePoints, tollPoints, type TollPoint } from './tollSeries';

/** Labels on the bands of a release that gave the security forces and the others apart, without a total. */
function partLabels(p: TollPoint, x: number, y: (v: number) => number, box: PlotBox): LabelRequest[] {
  if (p.total !== undefined || p.security === undefined || p.others === undefined) return [];
  const word = quoted(p.report.killedOtherLabel);
  const others = word ? `${formatCount(p.others)} “${word}”` : `${formatCount(p.others)} others`;
  const base = { x, size: box.font, sides: ['right' as const, 'left' as const], className: 'ct-label ct-label--strong' };
  return [
    { ...base, key: `part-sec-${p.report.id}`, text: `${formatCount(p.security)} security forces`, y: y(p.securityLevel / 2) },
    { ...base, key: `part-oth-${p.report.id}`, text: others, y: y(p.securityLevel + p.others / 2) - (word ? box.font * 0.6 : 0) },
    ...(word ? [{ ...base, key: `part-word-${p.report.id}`, text: 'in the Interior Ministry’s words', size: box.small, className: 'ct-label ct-note', y: y(p.securityLevel + p.others / 2) + box.font * 0.7 }] : []),
  ];
}

/** A note in the top right of the plot for each official statement of deaths that gave no number. */
function unnumberedNotes(data: Datasets, spec: StateSpec, box: PlotBox): Mark[] {
  const x0 = box.left + (box.right - box.left) * 0.4;
  // Non-breaking spaces keep "6 Jan" on one line.
  const text = unnumberedTolls(data, spec.asOf).map((r) => `No number yet for anyone else. ${officeName(r)}, ${formatShortDate(r.released).replace(' ', '\u00a0')}: ${[r.killedTotal, r.killedSecurity, r.killedOther].find((f) => f?.value === null)!.text}`);
  const lines = text.flatMap((t) => wrap(t, (box.right - x0) / (box.small * 0.56)));
  const lineH = box.small + 4;
  return lines.map((line, i) => textMark(`note-unnumbered-${i}`, x0, box.bottom - 8 - (lines.length - 1 - i) * lineH, line, { size: box.small, className: 'ct-label ct-note' }));
}

/** The release a state is about: its withdrawn figure, the final figure's first release, or its newest release. */
function subjectOf(spec: StateSpec, points: TollPoint[], asides: TollAside[]): string {
  const withdrawn = asides.find((a) => a.kind === 'retracted' && a.report.released === spec.asOf);
  if (withdrawn) return withdrawn.report.id;
  const line = linePoints(points);
  let i = line.length - 1;
  while (!spec.asOf && i > 0 && line[i - 1]!.total === line.at(-1)!.total) i--;
  return line[i]!.report.id;
}

/** The official death toll as a step line, with withdrawn, disputed and independent figures beside it. */
export function drawToll(data: Datasets, spec: StateSpec, box: PlotBox): Mark[] {
  const axis = tallyAxis(box, spec.later);
  const points = tollPoints(data, spec.asOf).filter((p) => onAxis(axis, p.report.released));
  const asides = [...retractedTolls(data, spec.asOf), ...independentTolls(data, spec.asOf)].filter((a) => onAxis(axis, a.report.released));
  const y = countScale(Math.max(...points.map((p) => p.top), ...asides.map((a) => a.value)), box);
  const last = points.at(-1)!.report.released;
  const endX = spec.later ? axis.segments.at(-1)!.x1 : axis.x(spec.asOf ?? last) + axis.dayWidth(last) / 2;
  const r = box.font * 0.3;
  const shapes = [...bandMarks(points, axis, y, endX), ...stepMarks(points, axis, y, endX), ...pointMarks(points, axis, y, r, box), ...asideMarks(asides, axis, y, r, box)];
  const newest = linePoints(points).at(-1)!;
  const bounds = { x0: 2, y0: box.top - 10, x1: box.right + 12, y1: box.bottom - 2 };
  const yAxis = yAxisMarks(y, box, 'deaths');
  const xAxis = timeAxisMarks(axis, box);
  const notes = spec.unnumbered ? unnumberedNotes(data, spec, box) : [];
  const texts = [...notes, ...yAxis.filter((m) => m.kind === 'text')];
  const obstacles = [...shapeObstacles(shapes), ...texts.map(textBox)];
  // The bands' labels sit at their bands' heights whatever the grid, each on a backdrop that stops the grid at its
  // words. The other labels keep off the grid lines: a halo breaks a line only around each letter, so a label set on
  // one reads as struck through.
  const parts = placeLabels(newest.report.released === spec.asOf ? partLabels(newest, endX, y, box) : [], obstacles, bounds);
  const partTexts = parts.filter((m) => m.kind === 'text');
  const requests = tollLabelRequests(points, asides, axis, y, box, { labelFrom: spec.labelFrom, subject: subjectOf(spec, points, asides), r, clearX: endX });
  const labels = placeLabels(requests, [...obstacles, ...shapeObstacles(yAxis), ...partTexts.map(textBox)], bounds);
  const backdrops = [...partTexts.flatMap((m) => noteBackdrop(`${m.key}-backdrop`, 'ct-note-backdrop', [textBox(m)], 5)), ...noteBackdrop('note-unnumbered-backdrop', 'ct-note-backdrop', notes.map(textBox), 5)];
  // Markers a reader can focus come last, each with its tip, so a tip shown on focus is drawn over everything.
  const focus = (m: Mark) => Boolean(m.focusable || m.className?.includes('ct-tip'));
  return [...yAxis, ...shapes.filter((m) => !focus(m)), ...xAxis, ...backdrops, ...parts, ...labels, ...notes, ...shapes.filter(focus)];
}
