import type { Datasets } from '../../lib/data/datasets';
import { keyEvent } from '../../lib/data/keyEvent';
import type { CasualtyReport, EventKind, KeyEvent, Place, UnrestEvent } from '../../lib/data/schemas';
import { gravest } from './eventKinds';
import { dayDates, nationwideEmergencyEvents, shortLabels, siteOf } from './states';

/** A place with events on or before a day, as the map and its text need it. */
export interface DayPlace {
  place: Place;
  /** Every event there up to the day, in date order. */
  events: UnrestEvent[];
  /** Kinds reported there on the day itself (empty: only earlier events). */
  kindsToday: EventKind[];
  /** The gravest of `kindsToday`, which the map draws; null when nothing was reported that day. */
  kind: EventKind | null;
  /** The kinds of `kindsToday` whose every report there that day is disputed. */
  disputedToday: EventKind[];
}

/** The 2022 name, with today's in brackets when it changed: "Nur-Sultan (now Astana)". */
export function placeName(p: Place): string {
  return p.nameCurrent && p.nameCurrent !== p.name ? `${p.name} (now ${p.nameCurrent})` : p.name;
}

/** The name written beside the point on the map. */
export function mapLabel(p: Place): string {
  return shortLabels[p.id] ?? placeName(p);
}

/** Whether a place has a position to draw. */
export function hasCoordinates(p: Place): p is Place & { lat: number; lon: number } {
  return typeof p.lat === 'number' && typeof p.lon === 'number';
}

// The facts notes flag positions copied from poor sources; the map still draws them, and the table says so.
/** Whether the data marks the place's coordinate as low precision. */
export function isApproximate(p: Place): boolean {
  return /low[- ]precision/i.test(p.notes ?? '');
}

/** Whether the place was the national capital. */
export function isCapital(p: Place): boolean {
  return /^national capital/i.test(p.role);
}

/** The city a place counts as: itself, or the city a site (an airport) lies in. */
export const cityOf = (placeId: string): string => siteOf[placeId] ?? placeId;

/** The key event that put the whole country under a state of emergency, if it was in force on `date`. */
export function nationwideEmergency(data: Datasets, date: string): KeyEvent | undefined {
  const from = keyEvent(data, nationwideEmergencyEvents.from, 'the unrest map');
  const until = keyEvent(data, nationwideEmergencyEvents.until, 'the unrest map');
  return from.date <= date && date < until.date ? from : undefined;
}

/** The events reported on or before `date`, in date order (stable within a day). */
export function eventsUpTo(data: Datasets, date: string): UnrestEvent[] {
  return data.unrestEvents.filter((e) => e.date <= date).sort((a, b) => a.date.localeCompare(b.date));
}

/** Every place with events on or before `date`, in order of its first event; with the day's gravest kind. */
export function dayPlaces(data: Datasets, date: string): DayPlace[] {
  const byPlace = new Map<string, UnrestEvent[]>();
  for (const e of eventsUpTo(data, date)) byPlace.set(e.place, [...(byPlace.get(e.place) ?? []), e]);
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  return [...byPlace].map(([id, events]) => {
    const today = events.filter((e) => e.date === date);
    const kindsToday = [...new Set(today.map((e) => e.kind))];
    const disputedToday = kindsToday.filter((k) => today.every((e) => e.kind !== k || e.confidence === 'disputed'));
    return { place: placeById.get(id)!, events, kindsToday, kind: kindsToday.length ? gravest(kindsToday) : null, disputedToday };
  });
}

/** Ids of the cities reached by `date` (sites counted with their city). */
export function citiesUpTo(data: Datasets, date: string): string[] {
  return [...new Set(eventsUpTo(data, date).map((e) => cityOf(e.place)))];
}

/** Every place any day state draws: the label layout is made once for all of them, so labels never jump. */
export function allDayPlaces(data: Datasets): Place[] {
  return dayPlaces(data, dayDates.at(-1)!).map((d) => d.place);
}

/** The casualty report a deaths state draws; throws when the data lacks it or its figures by city. */
export function deathsReport(data: Datasets, id: string): CasualtyReport & { byCity: NonNullable<CasualtyReport['byCity']> } {
  const r = data.casualtyReports.find((c) => c.id === id);
  if (!r?.byCity?.length) throw new Error(`casualty report "${id}" with deaths by city is missing from content/data`);
  return r as CasualtyReport & { byCity: NonNullable<CasualtyReport['byCity']> };
}
