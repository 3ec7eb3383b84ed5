import type { Datasets } from '../../lib/data/datasets';
import { capitalise, formatCount, formatDate, formatDayMonth } from '../../lib/format';
import type { DataTable } from '../definition';
import { kindStyles } from './eventKinds';
import { stateSpecs, type UnrestMapState } from './states';
import { cityOf, deathsReport, eventsUpTo, hasCoordinates, isApproximate, nationwideEmergency, placeName } from './unrestData';

const sourcing = { confirmed: 'Confirmed', 'single-source': 'Single source', disputed: 'Disputed' } as const;

/** What the table says about a place's position when the map cannot show it exactly. */
function placeNote(data: Datasets, id: string): string {
  const p = data.places.find((q) => q.id === id)!;
  if (!hasCoordinates(p)) return 'Not on the map: no coordinates in our data';
  if (isApproximate(p)) return 'Map position approximate: low-precision coordinate';
  if (cityOf(id) !== id) return `Drawn beside ${placeName(data.places.find((q) => q.id === cityOf(id))!)}: too close to tell apart at this scale`;
  return '';
}

/** The nationwide state of emergency as a row, on the days it was in force: it has no point on the map. */
function nationwide(data: Datasets, date: string) {
  const e = nationwideEmergency(data, date);
  if (!e) return [];
  const cells = { date: formatDayMonth(e.date), place: 'Whole country', kind: kindStyles.curfew.label, what: e.details ?? e.event, confidence: sourcing[e.confidence], note: 'Not drawn as a point: named in the map\'s date line' };
  return [{ cells, sources: e.sources, date: e.date }];
}

/** Every event up to the day shown: place by day, with its kind, what happened, how well it is sourced, and the sources. */
function dayTable(data: Datasets, date: string): DataTable {
  const events = eventsUpTo(data, date);
  const first = events[0]?.date ?? date;
  const span = first === date ? formatDate(date) : `${formatDayMonth(first)} to ${formatDate(date)}`;
  return {
    caption: `Unrest reported by place and day, ${span}`,
    columns: [
      { key: 'date', label: 'Day' },
      { key: 'place', label: 'Place' },
      { key: 'kind', label: 'Kind' },
      { key: 'what', label: 'What was reported' },
      { key: 'confidence', label: 'Sourcing' },
      { key: 'note', label: 'Map note' },
    ],
    rows: [...events.map((e) => ({
      cells: {
        date: formatDayMonth(e.date),
        place: placeName(data.places.find((p) => p.id === e.place)!),
        kind: kindStyles[e.kind].label,
        what: e.description,
        confidence: sourcing[e.confidence],
        note: placeNote(data, e.place),
      },
      sources: e.sources,
      date: e.date,
    })), ...nationwide(data, date)]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(({ cells, sources }) => ({ cells, sources })),
  };
}

/** The deaths by city in one report, with the national total it gave, who stated them and when. */
function deathsTable(data: Datasets, reportId: string, statedBy: string): DataTable {
  const r = deathsReport(data, reportId);
  const when = formatDate(r.released!);
  const by = `${capitalise(statedBy)}, ${when}`;
  const rows = r.byCity.map((c) => ({
    cells: {
      place: placeName(data.places.find((p) => p.id === c.place)!),
      killed: formatCount(c.killed),
      stated: by,
      note: placeNote(data, c.place),
    },
    sources: c.sources,
  }));
  if (r.killedTotal?.value) {
    rows.push({
      cells: { place: 'All of Kazakhstan', killed: formatCount(r.killedTotal.value), stated: by, note: 'National total, not drawn' },
      sources: r.killedTotal.sources ?? r.sources,
    });
  }
  return {
    caption: `Deaths by city, as stated by ${statedBy} on ${when}`,
    columns: [
      { key: 'place', label: 'City' },
      { key: 'killed', label: 'Deaths', numeric: true },
      { key: 'stated', label: 'Stated by' },
      { key: 'note', label: 'Map note' },
    ],
    rows,
  };
}

/** The data table beside the map in one state. */
export function unrestTable(data: Datasets, state: UnrestMapState): DataTable {
  const spec = stateSpecs[state];
  return spec.kind === 'day' ? dayTable(data, spec.date) : deathsTable(data, spec.report, spec.statedBy);
}
