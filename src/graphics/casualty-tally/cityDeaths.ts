import type { Datasets } from '../../lib/data/datasets';
import { formatDate } from '../../lib/format';
import { inDateOrder, isDated, officeNames, officialReleases, type DatedReport } from './releases';

/** A city's death count as one release stated it. */
export interface CityCount {
  place: string;
  name: string;
  killed: number;
  sources: string[];
}

/** An earlier count for a city, from an earlier (possibly withdrawn) release. */
export interface EarlierCityCount {
  report: DatedReport;
  killed: number;
  sources: string[];
}

/**
 * Deaths by city from the latest official national release that broke the toll down by city (the same release the
 * unrest map's final state uses), largest first, with the national total that release gave.
 */
export function cityDeaths(data: Datasets): { report: DatedReport; cities: CityCount[]; total?: number; by: string; byline: string } {
  const report = officialReleases(data.casualtyReports, (r) => Boolean(r.byCity?.length)).at(-1);
  if (!report) throw new Error('casualty-reports.json: no official release gives deaths by city');
  const names = new Map(data.places.map((p) => [p.id, p.name]));
  const cities = report.byCity!
    .map((c) => ({ place: c.place, name: names.get(c.place) ?? c.place, killed: c.killed, sources: c.sources }))
    .sort((a, b) => b.killed - a.killed);
  // A joint release's breakdown is credited to the body that gave it, where the record names one.
  const by = report.byCityStatedBy ?? officeNames(report);
  return { report, cities, total: report.killedTotal?.value ?? undefined, by, byline: `${by}, ${formatDate(report.released)}` };
}

/** Earlier counts for one city from every dated national release, withdrawn ones included, in date order. */
export function earlierCityCounts(data: Datasets, place: string, before: string): EarlierCityCount[] {
  const rows = inDateOrder(data.casualtyReports.filter(isDated).filter((r) => r.scope === 'national' && r.released < before));
  return rows.flatMap((report) => (report.byCity ?? []).filter((c) => c.place === place).map((c) => ({ report, killed: c.killed, sources: c.sources })));
}
