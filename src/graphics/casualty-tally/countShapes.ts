import type { ScaleLinear } from 'd3-scale';
import { formatCount } from '../../lib/format';
import type { Mark } from '../../lib/scene';
import type { CountPoint } from './countSeries';
import type { LabelRequest, Side } from './labelPlacer';
import { circleMark, lineMark } from './marks';
import { releaseLabel } from './releases';
import type { TimeAxis } from './timeAxis';

const measures: Record<CountPoint['field'], string> = { injured: 'Injured', injuredSecurity: 'Security personnel injured', detained: 'Detained' };

/** Tooltip of a count point: what it counts, who stated it, when, and in what words. */
export const countLabel = (p: CountPoint): string => releaseLabel(p.report, [p.figure], `${measures[p.field]} — `);

/** A qualifier the source put before its number ("more than", "about"), kept with the number. */
export function qualified(p: CountPoint): string {
  const q = /^(more than|about|almost|nearly|over)\s/i.exec(p.figure.text)?.[1];
  return q ? `${q} ${formatCount(p.value)}` : formatCount(p.value);
}

/** A step line through count points, held to `endX` after the last; `cls` picks solid or light. */
export function countLineMarks(points: CountPoint[], axis: TimeAxis, y: ScaleLinear<number, number>, endX: number, light: boolean): Mark[] {
  const cls = light ? 'ct-count-line ct-count-line--light' : 'ct-count-line';
  return points.flatMap((p, i) => {
    const x = axis.x(p.report.released);
    const prev = points[i - 1];
    const next = points[i + 1];
    const key = `${p.field}-${p.report.id}`;
    const marks = [lineMark(`count-v-${key}`, x, y(prev?.value ?? 0), x, y(p.value), cls)];
    if (next?.report.released !== p.report.released) marks.push(lineMark(`count-h-${key}`, x, y(p.value), next ? axis.x(next.report.released) : endX, y(p.value), cls));
    return marks;
  });
}

/** A marker per release: filled on the solid line, hollow on the light one or standing alone (`kind`). */
export function countPointMarks(points: CountPoint[], axis: TimeAxis, y: ScaleLinear<number, number>, r: number, kind: 'solid' | 'light' | 'later'): Mark[] {
  const cls = { solid: 'ct-count-point', light: 'ct-count-point ct-count-point--light', later: 'ct-count-later' }[kind];
  return points.map((p) => circleMark(`count-pt-${p.field}-${p.report.id}`, axis.x(p.report.released), y(p.value), r, cls, countLabel(p)));
}

/** A label request for a count point, its number first so the reader finds it. */
export function countLabelRequest(p: CountPoint, axis: TimeAxis, y: ScaleLinear<number, number>, size: number, texts: string[], sides: Side[], r: number): LabelRequest {
  return { key: `count-label-${p.field}-${p.report.id}`, text: texts, x: axis.x(p.report.released), y: y(p.value), size, sides, offset: r + 5, className: 'ct-label', label: countLabel(p) };
}
