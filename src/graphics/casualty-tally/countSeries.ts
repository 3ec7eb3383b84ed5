import type { Datasets } from '../../lib/data/datasets';
import type { Figure } from '../../lib/data/schemas';
import { isDated, officialReleases, valueOf, type DatedReport } from './releases';

/** The figures a count chart can show. */
export type CountField = 'injured' | 'injuredSecurity' | 'detained';

/** One official release of a count, placed at its date. */
export interface CountPoint {
  report: DatedReport;
  field: CountField;
  value: number;
  figure: Figure;
}

/** Official, national, dated, not retracted releases that gave a number for `field`, in date order. */
export function countPoints(data: Datasets, field: CountField): CountPoint[] {
  return officialReleases(data.casualtyReports, (r) => valueOf(r[field]) !== undefined).map((report) => ({ report, field, value: report[field]!.value!, figure: report[field]! }));
}

/** The running count up to its peak, and the later figures, which count something else (custody, criminal cases). */
export function splitAtPeak(points: CountPoint[]): { running: CountPoint[]; later: CountPoint[] } {
  const peak = points.reduce((best, p, i) => (p.value > points[best]!.value ? i : best), 0);
  return { running: points.slice(0, peak + 1), later: points.slice(peak + 1) };
}

/** Releases from outside government about a count, with no official number (an agency's own running total). */
export function unofficialCounts(data: Datasets, field: CountField): DatedReport[] {
  return data.casualtyReports.filter(isDated).filter((r) => r.issuer !== 'official' && r.scope === 'national' && r[field] && valueOf(r[field]) === undefined);
}
