import type { Datasets } from '../../lib/data/datasets';
import type { CasualtyReport, Figure } from '../../lib/data/schemas';
import { formatDate } from '../../lib/format';
import type { DataTable, TableColumn } from '../definition';
import { deathCategories } from './deathCategories';
import { officeNames, withAlternatives } from './releases';
import { stateSpecs, type CasualtyTallyState } from './states';

type FigureField = 'killedTotal' | 'killedSecurity' | 'killedOther' | 'injured' | 'injuredSecurity' | 'injuredOther' | 'detained';

const figureColumns: Record<FigureField, string> = {
  killedTotal: 'Killed', killedSecurity: 'Security forces killed', killedOther: 'Others killed',
  injured: 'Injured', injuredSecurity: 'Security personnel injured', injuredOther: 'Others injured', detained: 'Detained',
};


/** Status, official wording, withdrawal and why a release has no date. */
function noteCell(r: CasualtyReport): string {
  const parts = [
    r.status === 'retracted' ? `Withdrawn. ${r.retraction?.text ?? ''}`.trim() : r.status === 'disputed' ? 'Disputed.' : '',
    r.issuer === 'official' ? '' : r.issuer === 'independent' ? 'Not an official figure (independent).' : 'Not an official figure (press).',
    r.killedOtherLabel ? `Official wording or breakdown: ${r.killedOtherLabel}.` : '',
    r.released === null ? `No date: ${r.releasedNote ?? 'not stated'}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** Which figures and which releases each state's table holds. */
function selection(state: CasualtyTallyState): { fields: FigureField[]; caption: string; asOf?: string } {
  const spec = stateSpecs[state];
  if (state === 'final') return { fields: Object.keys(figureColumns) as FigureField[], caption: 'Every release of casualty figures, January 2022 to January 2023' };
  if (spec.chart === 'injured') return { fields: ['injured', 'injuredSecurity', 'injuredOther'], caption: 'Every release of figures for the injured' };
  if (spec.chart === 'detained') return { fields: ['detained'], caption: 'Every release of figures for people detained' };
  if (spec.chart === 'by-city') return { fields: ['killedTotal'], caption: 'Releases that gave deaths by city' };
  return { fields: ['killedTotal', 'killedSecurity', 'killedOther'], caption: `Death tolls released up to ${formatDate(spec.asOf!)}`, asOf: spec.asOf };
}

/** A figure as a bare number where it has one and no other versions, so the column stays numeric in the CSV. */
const numberOf = (f: Figure) => (f.value != null && !f.alternatives?.length ? String(f.value) : withAlternatives(f));

/** The categories state: one row per group as the office worded it, the security forces' dead and the total, each with its sources. */
function categoriesTable(data: Datasets): DataTable {
  const { report, categories, security, total, by } = deathCategories(data);
  const row = (statedBy: string, group: string, killed: string, sources: string[]) => ({ cells: { date: formatDate(report.released), issuer: statedBy, group, killed }, sources });
  return {
    caption: `How the dead were classed, ${formatDate(report.released)}`,
    columns: [{ key: 'date', label: 'Released' }, { key: 'issuer', label: 'Stated by' }, { key: 'group', label: 'Group, in the official wording' }, { key: 'killed', label: 'Killed', numeric: true }],
    rows: [
      ...categories.map((c) => row(by, c.label, String(c.value), c.sources)),
      ...(security ? [row(officeNames(report), `Security forces, stated that day: ${security.text}`, numberOf(security), security.sources ?? report.sources)] : []),
      ...(total ? [row(officeNames(report), 'All deaths, as stated (not a sum of the rows above)', numberOf(total), total.sources ?? report.sources)] : []),
    ],
  };
}

/** The releases behind a state: dated ones in date order, then the undated ones; every figure with its sources. */
export function tallyTable(data: Datasets, state: CasualtyTallyState): DataTable {
  if (stateSpecs[state].chart === 'categories') return categoriesTable(data);
  const { fields, caption, asOf } = selection(state);
  const names = new Map(data.places.map((p) => [p.id, p.name]));
  const byCity = stateSpecs[state].chart === 'by-city';
  const withCities = byCity || state === 'final';
  const rows = data.casualtyReports
    .filter((r) => (byCity ? r.byCity?.length : fields.some((f) => r[f])) && (!asOf || (r.released !== null && r.released <= asOf)))
    .sort((a, b) => (a.released ?? '9999').localeCompare(b.released ?? '9999'));
  const columns: TableColumn[] = [
    { key: 'date', label: 'Released' }, { key: 'issuer', label: 'Issued by' }, { key: 'scope', label: 'Covers' },
    ...fields.map((f) => ({ key: f, label: figureColumns[f] })),
    ...(withCities ? [{ key: 'byCity', label: 'Killed by city' }] : []),
    { key: 'notes', label: 'Notes' },
  ];
  return {
    caption,
    columns,
    rows: rows.map((r) => ({
      cells: {
        date: r.released ? formatDate(r.released) : 'No date known', issuer: r.releasedBy, scope: r.scope,
        ...Object.fromEntries(fields.map((f) => [f, r[f] ? withAlternatives(r[f]) : ''])), notes: noteCell(r),
        ...(withCities ? { byCity: (r.byCity ?? []).map((c) => `${names.get(c.place) ?? c.place} ${c.killed}`).join(', ') } : {}),
      },
      sources: r.sources,
    })),
  };
}
