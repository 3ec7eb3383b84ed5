import type { Datasets } from '../../lib/data/datasets';
import { officialReleases, releasedBy, valueOf, type DatedReport } from './releases';

/** One official release on the death-toll step line, with the running tally after it. */
export interface TollPoint {
  report: DatedReport;
  /** What the release stated: the whole toll, and/or the security forces and the others apart. */
  total?: number;
  security?: number;
  others?: number;
  /** The security forces part of the running tally after this release (the dark band). */
  securityLevel: number;
  /** The top of the step line after this release. */
  top: number;
  /** Set when this figure disputes another official figure of the same day: drawn beside the line, not on it. */
  disputes?: TollPoint;
}

/** Whether a release stated any number of deaths at all. */
const statesDeaths = (r: DatedReport) =>
  valueOf(r.killedTotal) !== undefined || valueOf(r.killedSecurity) !== undefined || valueOf(r.killedOther) !== undefined;

/** The releases the step line is made of: official, national, not retracted, dated, with a number; in date order. */
export function tollReleases(data: Datasets, asOf?: string): DatedReport[] {
  return officialReleases(data.casualtyReports, statesDeaths).filter((r) => releasedBy(r, asOf));
}

/**
 * The step line's points. Each part of the tally stands until a release restates it, so a release that revises only
 * the security forces keeps the last stated figure for the others. A disputed figure released on a day that already
 * has one on the line is a dispute between official bodies: it is kept apart and hangs off the line.
 */
export function tollPoints(data: Datasets, asOf?: string): TollPoint[] {
  let security = 0;
  let others = 0;
  let total: number | undefined;
  const points: TollPoint[] = [];
  for (const report of tollReleases(data, asOf)) {
    const stated = { total: valueOf(report.killedTotal), security: valueOf(report.killedSecurity), others: valueOf(report.killedOther) };
    const sameDay = points.filter((p) => !p.disputes && p.report.released === report.released).at(-1);
    if (report.status === 'disputed' && sameDay) {
      const top = stated.total ?? (stated.security ?? 0) + (stated.others ?? 0);
      points.push({ report, ...stated, securityLevel: stated.security ?? 0, top, disputes: sameDay });
      continue;
    }
    security = stated.security ?? security;
    if (stated.total !== undefined) total = stated.total;
    else if (stated.others !== undefined) others = stated.others;
    points.push({ report, ...stated, securityLevel: security, top: total ?? security + others });
  }
  return points;
}

/** The points the line itself passes through (without the disputing ones). */
export const linePoints = (points: TollPoint[]): TollPoint[] => points.filter((p) => !p.disputes);

/** The last line point of each day: where the step holds until the next release day. */
export function dayEnds(points: TollPoint[]): TollPoint[] {
  const line = linePoints(points);
  return line.filter((p, i) => line[i + 1]?.report.released !== p.report.released);
}
