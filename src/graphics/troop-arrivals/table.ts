import type { Datasets } from '../../lib/data/datasets';
import type { TroopFigure } from '../../lib/data/schemas';
import { formatCount, formatDate } from '../../lib/format';
import type { DataTable } from '../definition';
import { statePeriod } from './period';
import type { TroopArrivalsState } from './states';

/** What each status is called in the table, in full. */
export const tableStatus: Record<TroopFigure['status'], string> = {
  official: 'official',
  estimate: 'estimate',
  unknown: 'unknown: no official figure',
  computed: 'computed by us; stated by no source',
};

type Row = DataTable['rows'][number];

function figureRow(item: string, f: TroopFigure, what = 'troops'): Row {
  return {
    cells: {
      item: `${item} (${what})`,
      figure: f.text,
      value: f.value === null ? '–' : formatCount(f.value),
      status: tableStatus[f.status],
      statedBy: f.statedBy ?? 'not named',
      date: f.statedOn ? formatDate(f.statedOn) : 'undated',
    },
    sources: f.sources,
  };
}

/** Every per-country figure and estimate, then every total, each with its status, who stated it and when. */
function figuresTable(data: Datasets): DataTable {
  const rows: Row[] = [];
  for (const c of data.troopContingents) {
    rows.push(figureRow(c.country, c.troops));
    if (c.vehicles) rows.push(figureRow(c.country, c.vehicles, 'vehicles'));
    for (const e of c.estimates) rows.push(figureRow(c.country, e, 'troops, other report'));
  }
  for (const t of data.troopTotals.filter((x) => x.figure.status !== 'computed')) {
    // The standing pool is all the alliance's members', not the five that sent troops.
    rows.push(figureRow(t.kind === 'context' ? 'All CSTO members' : 'All five countries', t.figure, t.kind === 'context' ? 'standing pool, not the force sent' : `total, ${t.kind.replace('-', ' ')}`));
    if (t.equipment) rows.push(figureRow('All five countries', t.equipment, 'equipment'));
  }
  return {
    caption: 'CSTO troops in Kazakhstan, January 2022: every figure as stated',
    columns: [
      { key: 'item', label: 'Figure for' },
      { key: 'figure', label: 'As stated' },
      { key: 'value', label: 'Troops', numeric: true },
      { key: 'status', label: 'Status' },
      { key: 'statedBy', label: 'Stated by' },
      { key: 'date', label: 'Date' },
    ],
    rows,
  };
}

// No confidence column: a contingent's confidence label is its record's as a whole, mostly its headcount's, and the
// sites carry their own qualifiers in their wording ("(RIA)", "disputed: … vs …").
function sitesTable(data: Datasets): DataTable {
  return {
    caption: 'What each contingent guarded, as reported',
    columns: [
      { key: 'item', label: 'Contingent' },
      { key: 'sites', label: 'Guarded' },
    ],
    rows: data.troopContingents.map((c) => ({ cells: { item: c.country, sites: c.guarded ?? c.guardedSites.join('; ') }, sources: c.sources })),
  };
}

/** The key events (ids in key-events.json) of the troops' story, from the airport's seizure to the last departures. */
export const TROOP_EVENTS = [
  '2022-01-05-8', '2022-01-05-9', '2022-01-06-1', '2022-01-06-2', '2022-01-07-2', '2022-01-07-3', '2022-01-09-1',
  '2022-01-10-2', '2022-01-11-1', '2022-01-13-1', '2022-01-13-2', '2022-01-14-2', '2022-01-19-2',
];

/** The key events and flights of the state's days, in date order. */
function daysTable(data: Datasets, state: TroopArrivalsState): DataTable {
  const [from, to] = statePeriod(data, state);
  const inPeriod = (d: string) => d >= from && d <= to;
  const events = data.keyEvents
    .filter((e) => TROOP_EVENTS.includes(e.id) && inPeriod(e.date))
    .map((e) => ({ iso: e.date, cells: { date: formatDate(e.date), item: e.event, figure: e.timeLocal ?? '', status: e.confidence }, sources: e.sources }));
  const flights = data.airlift
    .filter((a) => inPeriod(a.date))
    .map((a) => ({ iso: a.date, cells: { date: formatDate(a.date), item: a.description, figure: `${a.aircraft.text} (${a.direction === 'in' ? 'arriving' : 'leaving'})`, status: a.confidence }, sources: a.sources }));
  const rows: Row[] = [...events, ...flights].sort((a, b) => a.iso.localeCompare(b.iso)).map(({ cells, sources }) => ({ cells, sources }));
  return {
    caption: `Key events and flights, ${formatDate(from)}${from === to ? '' : ` to ${formatDate(to)}`}`,
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'item', label: 'What happened' },
      { key: 'figure', label: 'Time or aircraft' },
      { key: 'status', label: 'Confidence' },
    ],
    rows,
  };
}

/** The numbers behind a state, each row with its sources. */
export function troopTable(data: Datasets, state: TroopArrivalsState): DataTable {
  if (state === 'contingents') return figuresTable(data);
  if (state === 'guarded') return sitesTable(data);
  return daysTable(data, state);
}
