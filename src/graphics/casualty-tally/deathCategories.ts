import type { Datasets } from '../../lib/data/datasets';
import type { Figure } from '../../lib/data/schemas';
import { formatDate } from '../../lib/format';
import { officeNames, officialReleases, type DatedReport } from './releases';

/** One group of the dead as an office classed them, in its wording. */
export interface DeathCategory {
  label: string;
  short?: string;
  value: number;
  sources: string[];
}

/** The categories of the latest official national release that classed the dead. */
export interface DeathCategories {
  report: DatedReport;
  categories: DeathCategory[];
  /** The security forces' dead, as the same release counted them apart from the categories. */
  security?: Figure;
  /** The release's total, stated on its own: the categories are never summed to it here. */
  total?: Figure;
  by: string;
  byline: string;
}

/**
 * The latest official national release that put the dead into categories, the categories in the order it gave them.
 * Nothing here adds them up: no statement we hold says how they make up the total.
 */
export function deathCategories(data: Datasets): DeathCategories {
  const report = officialReleases(data.casualtyReports, (r) => Boolean(r.killedCategories?.length)).at(-1);
  if (!report) throw new Error('casualty-reports.json: no official release classes the dead (killedCategories)');
  // A joint release's categories are credited to the body that gave them, where the record names one.
  const by = report.killedCategoriesStatedBy ?? officeNames(report);
  return { report, categories: report.killedCategories!, security: report.killedSecurity, total: report.killedTotal, by, byline: `${by}, ${formatDate(report.released)}` };
}
