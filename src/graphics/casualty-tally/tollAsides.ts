import type { Datasets } from '../../lib/data/datasets';
import type { CasualtyReport } from '../../lib/data/schemas';
import { inDateOrder, isDated, releasedBy, valueOf, type DatedReport } from './releases';

/** A figure drawn beside the step line, never on it: withdrawn, or counted or cited by someone outside government. */
export interface TollAside {
  kind: 'retracted' | 'cited' | 'independent';
  key: string;
  report: DatedReport;
  value: number;
  /** The figure as stated, in the source's words. */
  text: string;
  sources: string[];
}

/** Official death tolls that were published and then withdrawn. */
export function retractedTolls(data: Datasets, asOf?: string): TollAside[] {
  const rows = data.casualtyReports.filter(isDated).filter((r) => r.status === 'retracted' && valueOf(r.killedTotal) !== undefined);
  return inDateOrder(rows)
    .filter((r) => releasedBy(r, asOf))
    .map((r) => ({ kind: 'retracted', key: r.id, report: r, value: r.killedTotal!.value!, text: r.killedTotal!.text, sources: r.killedTotal!.sources ?? r.sources }));
}

/** National tolls from outside government: figures cited by NGOs, and independent lists of the named dead. */
export function independentTolls(data: Datasets, asOf?: string): TollAside[] {
  const rows = data.casualtyReports.filter(isDated).filter((r) => r.issuer !== 'official' && r.scope === 'national');
  return inDateOrder(rows)
    .filter((r) => releasedBy(r, asOf))
    .flatMap((r): TollAside[] => {
      const cited: TollAside[] = r.killedTotal?.value != null
        ? [{ kind: 'cited', key: r.id, report: r, value: r.killedTotal.value, text: r.killedTotal.text, sources: r.killedTotal.sources ?? r.sources }]
        : [];
      const counts = (r.independentCounts ?? []).map((c, i): TollAside => ({ kind: 'independent', key: `${r.id}-${i}`, report: r, value: c.value, text: c.text, sources: c.sources }));
      return [...cited, ...counts];
    });
}

/** Death figures with no date to place them by: listed in the table and the description, never on the axis. */
export function undatedTolls(data: Datasets): CasualtyReport[] {
  return data.casualtyReports.filter((r) => r.released === null && (r.killedTotal ?? r.killedSecurity ?? r.killedOther));
}

/** Official statements of deaths that gave no number ("dozens"), up to `asOf`. */
export function unnumberedTolls(data: Datasets, asOf?: string): DatedReport[] {
  const rows = data.casualtyReports.filter(isDated).filter((r) => r.issuer === 'official' && [r.killedTotal, r.killedSecurity, r.killedOther].some((f) => f && f.value === null));
  return inDateOrder(rows).filter((r) => releasedBy(r, asOf));
}
