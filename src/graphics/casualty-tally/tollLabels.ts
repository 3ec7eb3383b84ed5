import type { ScaleLinear } from 'd3-scale';
import { formatCount } from '../../lib/format';
import type { LabelRequest, Side } from './labelPlacer';
import type { PlotBox } from './plotBox';
import { officeName, quoted } from './releases';
import type { TimeAxis } from './timeAxis';
import type { TollAside } from './tollAsides';
import { asideLabel } from './tollAsideMarks';
import { disputeOffset, markerValue, pointLabel } from './tollShapes';
import { linePoints, type TollPoint } from './tollSeries';

/** Wordings of a point's label, longest first; none for a release whose parts are labelled on the bands instead. */
function pointTexts(p: TollPoint, prev: TollPoint | undefined): string[] {
  const n = formatCount(markerValue(p));
  if (p.disputes) return [`${n} ${officeName(p.report)} (disputed)`, `${n} ${officeName(p.report)}`, `${n} disputed`];
  if (p.total !== undefined && p.total === prev?.total) return [`${n} repeated`, n];
  if (p.total !== undefined) return [`${n} ${officeName(p.report)}`, n];
  if (p.others !== undefined) return [];
  return [`${n} security forces, ${officeName(p.report)}`, `${n} security forces`, n];
}

/** Wordings of an aside's label, longest first. */
function asideTexts(a: TollAside): string[] {
  const n = formatCount(a.value);
  if (a.kind === 'retracted') {
    const why = quoted(a.report.retraction?.text);
    return [...(why ? [`${n} – withdrawn as a ‘${why}’`] : []), `${n} – withdrawn`];
  }
  if (a.kind === 'cited') return [`${n} – cited by NGOs, disputed`, `${n} cited by NGOs`, `${n} NGOs`];
  const by = / by (the )?(.+)$/.exec(a.text)?.[2];
  return [a.text, ...(by ? [`${n} ${by}`] : []), n];
}

const nearSides: Side[] = ['left', 'above', 'right', 'below', 'above-start', 'above-end', 'below-start', 'below-end'];
const rowSides: Side[] = ['above', 'above2', 'above3', 'below', 'below2', 'left', 'right', 'above-start', 'above-end'];

/** Options for the toll labels: which releases are labelled, which one the state is about, the marker radius. */
export interface TollLabelOpts {
  labelFrom?: string;
  subject: string;
  r: number;
  /** The right end of the bands: labels to the right of a point start beyond it. */
  clearX: number;
}

/** Labels of the toll chart, most important first: the state's subject, withdrawn figures, disputes, then in date order. */
export function tollLabelRequests(points: TollPoint[], asides: TollAside[], axis: TimeAxis, y: ScaleLinear<number, number>, box: PlotBox, o: TollLabelOpts): LabelRequest[] {
  const line = linePoints(points);
  // A point with a later one of the same day too close above it is left to its tooltip: both labels cannot fit.
  const crowded = (p: TollPoint) =>
    line.includes(p) && line.some((q) => q.report.released === p.report.released && line.indexOf(q) > line.indexOf(p) && Math.abs(y(markerValue(q)) - y(markerValue(p))) < box.small * 1.2);
  const shown = points.filter((p) => (!o.labelFrom || p.report.released >= o.labelFrom) && !crowded(p));
  const later = (date: string) => axis.segments.length > 1 && date >= axis.segments[1]!.from;
  const disputed = new Set(points.flatMap((p) => (p.disputes ? [p.disputes.report.id] : [])));
  const repeated = (p: TollPoint) => p.total !== undefined && p.total === line[line.indexOf(p) - 1]?.total;
  const ranks: Record<string, number> = { retracted: 1, disputed: 2, cited: 2, independent: 3, point: 4, repeated: 5 };
  const rank = (id: string, kind: string) => (id === o.subject ? 0 : disputed.has(id) ? 2 : ranks[kind]!);
  const reqs = [
    ...shown.map((p) => ({
      key: `label-${p.report.id}`, text: pointTexts(p, line[line.indexOf(p) - 1]), label: pointLabel(p),
      x: axis.x(p.report.released) + (p.disputes ? disputeOffset(o.r) : 0), y: y(markerValue(p)),
      sides: p.disputes ? (['above2', 'above3', 'right', 'above'] as Side[]) : disputed.has(p.report.id) ? (['below', 'below2', 'left'] as Side[]) : later(p.report.released) ? rowSides : nearSides,
      // Only the newest day's points may reach past the bands: from earlier days the leader would cross them.
      offset: o.r + 5, clearX: p.report.released === line.at(-1)?.report.released ? o.clearX : undefined, rank: rank(p.report.id, p.disputes ? 'disputed' : repeated(p) ? 'repeated' : 'point'), date: p.report.released,
    })),
    ...asides.map((a) => ({
      key: `label-aside-${a.key}`, text: asideTexts(a), label: asideLabel(a), x: axis.x(a.report.released), y: y(a.value),
      sides: a.kind === 'retracted' ? (['above', 'right', 'left', 'below'] as Side[]) : a.kind === 'cited' ? rowSides : (['left', 'right', 'below'] as Side[]),
      // Clear of the marker's own outline (and the strike through a withdrawn one) plus the labels' padding.
      offset: a.kind === 'retracted' ? o.r * 1.6 + 7 : o.r * 1.4 + 5, rank: rank(a.report.id, a.kind), date: a.report.released,
    })),
  ].filter((r) => r.text.length > 0);
  reqs.sort((a, b) => a.rank - b.rank || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // The state's own figure, a withdrawn one, the disputes and the figure NGOs cite always show; the others give way
  // where there is no room.
  return reqs.map(({ rank, date: _date, ...r }) => ({ ...r, size: box.small, className: 'ct-label', optional: rank > 2 }));
}
