import type { CasualtyReport, Figure } from '../../lib/data/schemas';
import { formatDate, listJoin } from '../../lib/format';

/** A release with a calendar date: only these can be placed on a time axis. */
export type DatedReport = CasualtyReport & { released: string };

/** Whether a release has a date (undated ones are listed, never placed on the axis). */
export const isDated = (r: CasualtyReport): r is DatedReport => r.released !== null;

/** An official statement covering the whole country (not one city, not an NGO or a newspaper). */
export const isOfficialNational = (r: CasualtyReport): boolean => r.issuer === 'official' && r.scope === 'national';

/** The stated number of a figure, or undefined where none was stated ("dozens"). */
export const valueOf = (f: Figure | undefined): number | undefined => f?.value ?? undefined;

/** Releases in date order; releases of the same day keep the dataset's release order (sort is stable). */
export function inDateOrder<R extends DatedReport>(rows: R[]): R[] {
  return [...rows].sort((a, b) => (a.released < b.released ? -1 : a.released > b.released ? 1 : 0));
}

/** The dated, official, national releases that were not withdrawn and have what `has` asks for, in date order. */
export function officialReleases(rows: CasualtyReport[], has: (r: DatedReport) => boolean): DatedReport[] {
  return inDateOrder(rows.filter(isDated).filter((r) => isOfficialNational(r) && r.status !== 'retracted' && has(r)));
}

/** Whether a release was made on or before `asOf` (no limit when `asOf` is undefined). */
export const releasedBy = (r: DatedReport, asOf: string | undefined): boolean => asOf === undefined || r.released <= asOf;

/** The issuing body without the people and channels in brackets: "Prosecutor General's Office". */
export function issuerName(r: CasualtyReport): string {
  return r.releasedBy.split(/ \(| \+ | — |; /)[0]!.trim();
}

/** The office alone, for tight labels: "Prosecutor General Berik Asylov" -> "Prosecutor General". */
export function officeName(r: CasualtyReport): string {
  const name = issuerName(r);
  return /^.*?\b(?:Office|office|Ministry|Minister|General|Ombudswoman|officials|authorities|spokeswoman|spokesman)\b/.exec(name)?.[0] ?? name;
}

/** Every office that made a joint release: "Prosecutor General and Interior Minister". */
export function officeNames(r: CasualtyReport): string {
  return listJoin(r.releasedBy.split(' + ').map((part) => officeName({ ...r, releasedBy: part })));
}

/** "Interior Ministry, 7 January 2022" or, undated, "Kazakh officials, date not stated". */
export function attribution(r: CasualtyReport): string {
  return `${officeNames(r)}, ${r.released ? formatDate(r.released) : 'date not stated'}`;
}

/** A figure as stated, with the other versions of it and who gave them. */
export function withAlternatives(f: Figure): string {
  const alt = (f.alternatives ?? []).map((a) => `${a.text} (${a.statedBy})`);
  return alt.length ? `${f.text}; also reported: ${alt.join('; ')}` : f.text;
}

/** Tooltip and accessible name of a release's mark: who, when, and what they said, in their words. */
export function releaseLabel(r: CasualtyReport, figures: (Figure | undefined)[], prefix = ''): string {
  const said = figures.filter((f): f is Figure => Boolean(f)).map(withAlternatives);
  const status = r.status === 'reported' ? '' : ` (${r.status})`;
  return `${prefix}${r.releasedBy}, ${r.released ? formatDate(r.released) : r.releasedNote ?? 'date not stated'}${status}: ${said.join('; ')}`;
}

/** The first quoted phrase of an official wording: "'armed criminals' 'liquidated'" -> "armed criminals". */
export const quoted = (s: string | undefined): string | undefined => /['"“‘]([^'"”’]+)['"”’]/.exec(s ?? '')?.[1];
