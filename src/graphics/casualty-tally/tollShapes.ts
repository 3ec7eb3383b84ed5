import type { ScaleLinear } from 'd3-scale';
import type { Mark } from '../../lib/scene';
import { releaseTip, withTip } from './focusTip';
import type { Box } from './labelPlacer';
import { circleMark, lineMark, rectMark } from './marks';
import { releaseLabel } from './releases';
import type { PlotBox } from './plotBox';
import type { TimeAxis } from './timeAxis';
import { dayEnds, linePoints, type TollPoint } from './tollSeries';

/** Where a release's marker sits: at the figure it stated (a security-only revision sits on the security band). */
export const markerValue = (p: TollPoint): number => p.total ?? (p.others !== undefined ? p.top : p.securityLevel);

/** The tooltip of a point on the toll line: the issuing body, the date and the figures in their words. */
export const pointLabel = (p: TollPoint): string =>
  releaseLabel(p.report, [p.report.killedTotal, p.report.killedSecurity, p.report.killedOther], 'Killed — ');

/** The security forces band and the others band for each day's closing tally, held until the next release day. */
export function bandMarks(points: TollPoint[], axis: TimeAxis, y: ScaleLinear<number, number>, endX: number): Mark[] {
  const days = dayEnds(points);
  return days.flatMap((p, i) => {
    const x0 = axis.x(p.report.released);
    const next = days[i + 1];
    const x1 = next ? axis.x(next.report.released) : endX;
    const id = p.report.id;
    const marks = [rectMark(`band-sec-${id}`, x0, y(0), x1, y(p.securityLevel), 'ct-band-security')];
    if (p.top > p.securityLevel) marks.push(rectMark(`band-oth-${id}`, x0, y(p.securityLevel), x1, y(p.top), 'ct-band-others'));
    return marks;
  });
}

/** The step line: up at each release, along until the next; the first riser starts at zero. */
export function stepMarks(points: TollPoint[], axis: TimeAxis, y: ScaleLinear<number, number>, endX: number): Mark[] {
  const line = linePoints(points);
  const marks: Mark[] = [];
  line.forEach((p, i) => {
    const prev = line[i - 1];
    const x = axis.x(p.report.released);
    marks.push(lineMark(`step-v-${p.report.id}`, x, y(prev?.top ?? 0), x, y(p.top), 'ct-step'));
    const next = line[i + 1];
    if (next?.report.released === p.report.released) return;
    marks.push(lineMark(`step-h-${p.report.id}`, x, y(p.top), next ? axis.x(next.report.released) : endX, y(p.top), 'ct-step'));
  });
  return marks;
}

/** Horizontal offset of a disputing figure from the line point it disputes, so both markers stay visible. */
export const disputeOffset = (r: number): number => r * 3;

/**
 * A marker for each release: filled on the line, hollow and joined by a dashed bracket where it disputes another.
 * Each takes keyboard focus and shows who gave the figure and when.
 */
export function pointMarks(points: TollPoint[], axis: TimeAxis, y: ScaleLinear<number, number>, r: number, box: PlotBox): Mark[] {
  // Releases of one day with nearly the same figure would hide each other: each steps right of those it would cover.
  const placed: { day: string; cy: number }[] = [];
  const clearX = (day: string, cy: number) => {
    const covering = placed.filter((m) => m.day === day && Math.abs(m.cy - cy) < 2 * r + 2).length;
    placed.push({ day, cy });
    return covering * (2 * r + 2);
  };
  return points.flatMap((p) => {
    const x0 = axis.x(p.report.released);
    const tip = releaseTip(p.report, [p.report.killedTotal, p.report.killedSecurity, p.report.killedOther]);
    if (!p.disputes) {
      const cy = y(markerValue(p));
      const x = x0 + clearX(p.report.released, cy);
      return withTip(circleMark(`pt-${p.report.id}`, x, cy, r, 'ct-point', pointLabel(p)), tip, { x, y: cy, r }, box);
    }
    const dx = x0 + disputeOffset(r);
    return [
      lineMark(`dispute-${p.report.id}`, x0, y(markerValue(p.disputes)), dx, y(p.top), 'ct-dispute'),
      ...withTip(circleMark(`pt-${p.report.id}`, dx, y(p.top), r, 'ct-point ct-point--disputed', pointLabel(p)), tip, { x: dx, y: y(p.top), r }, box),
    ];
  });
}

/** Boxes labels must stay clear of: markers, the line, the dark security band and the axis break. */
export function shapeObstacles(marks: Mark[]): Box[] {
  return marks.flatMap((m): Box[] => {
    // A tip is drawn only while its marker has focus, over whatever is there.
    if (m.className?.includes('ct-tip')) return [];
    const a = m.attrs as Record<string, number>;
    if (m.kind === 'circle') return [{ x0: a.cx! - a.r!, y0: a.cy! - a.r!, x1: a.cx! + a.r!, y1: a.cy! + a.r! }];
    if (m.kind === 'line' && m.className !== 'ct-dispute') {
      return [{ x0: Math.min(a.x1!, a.x2!) - 1, y0: Math.min(a.y1!, a.y2!) - 1, x1: Math.max(a.x1!, a.x2!) + 1, y1: Math.max(a.y1!, a.y2!) + 1 }];
    }
    if (m.kind === 'rect' && m.className !== 'ct-band-others') return [{ x0: a.x!, y0: a.y!, x1: a.x! + a.width!, y1: a.y! + a.height! }];
    return [];
  });
}
