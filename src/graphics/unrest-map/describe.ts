import type { Datasets } from '../../lib/data/datasets';
import type { EventKind } from '../../lib/data/schemas';
import { capitalise, formatCount, formatDate, formatDayMonth, listJoin } from '../../lib/format';
import { kindOrder, kindStyles } from './eventKinds';
import { stateSpecs, type UnrestMapState } from './states';
import { cityOf, dayPlaces, deathsReport, hasCoordinates, isApproximate, nationwideEmergency, placeName, type DayPlace } from './unrestData';

const names = (ds: DayPlace[]) => listJoin(ds.map((d) => placeName(d.place)));
/** "in Almaty and Aktobe and at Almaty International Airport": cities take "in", sites within them "at". */
const wherePhrase = (ds: DayPlace[]) => {
  const cities = ds.filter((d) => cityOf(d.place.id) === d.place.id);
  const sites = ds.filter((d) => cityOf(d.place.id) !== d.place.id);
  return [cities.length ? `in ${names(cities)}` : '', sites.length ? `at ${names(sites)}` : ''].filter(Boolean).join(' and ');
};
const citiesIn = (ds: DayPlace[]) => new Set(ds.map((d) => cityOf(d.place.id)));

/** The finding of a day: where it began, how far it had spread, or what the gravest news of the day was. */
function dayTitle(data: Datasets, date: string): string {
  const all = dayPlaces(data, date);
  const today = all.filter((d) => d.kind);
  const before = citiesIn(all.filter((d) => d.events.some((e) => e.date < date)));
  const day = formatDayMonth(date);
  if (before.size === 0) return `${today.every((d) => d.kind === 'protest') ? 'Protests' : 'Unrest'} began in ${names(today)} on ${day}`;
  const cities = citiesIn(all);
  if (cities.size > before.size) {
    const stormed = citiesIn(today.filter((d) => d.kindsToday.includes('building-stormed')));
    return `Unrest reached ${cities.size} cities by ${day}${stormed.size ? `; buildings were stormed in ${stormed.size} of them` : ''}`;
  }
  const worst = kindOrder.find((k) => today.some((d) => d.kind === k))!;
  const calm = today.filter((d) => d.kind === 'calm');
  const calmText = worst !== 'calm' && calm.length ? `, while ${names(calm)} ${calm.length > 1 ? 'were' : 'was'} calm` : '';
  return `${capitalise(kindStyles[worst].phrase)} ${wherePhrase(today.filter((d) => d.kind === worst))} on ${day}${calmText}`;
}

/** The text alternative of a day: how many cities, which, what happened that day, and what the map cannot show. */
function dayDescription(data: Datasets, date: string): string {
  const all = dayPlaces(data, date);
  const today = all.filter((d) => d.kind);
  const cities = citiesIn(all);
  const byKind = kindOrder
    .map((k: EventKind) => ({ k, at: today.filter((d) => d.kindsToday.includes(k)) }))
    .filter(({ at }) => at.length)
    .map(({ k, at }) => `${kindStyles[k].phrase} ${wherePhrase(at)}`);
  const disputed = kindOrder
    .map((k: EventKind) => ({ k, at: today.filter((d) => d.disputedToday.includes(k)) }))
    .filter(({ at }) => at.length)
    .map(({ k, at }) => `${kindStyles[k].phrase} ${wherePhrase(at)}`);
  const quiet = all.filter((d) => !d.kind);
  const missing = all.filter((d) => !hasCoordinates(d.place));
  const approximate = all.filter((d) => hasCoordinates(d.place) && isApproximate(d.place));
  const emergency = nationwideEmergency(data, date);
  return [
    `Map of Kazakhstan showing where unrest was reported up to ${formatDate(date)}.`,
    `By then it had reached ${cities.size} ${cities.size === 1 ? 'city' : 'cities'}: ${listJoin(all.filter((d) => cityOf(d.place.id) === d.place.id).map((d) => placeName(d.place)))}.`,
    `Reported on ${formatDayMonth(date)}: ${byKind.join('; ')}.`,
    disputed.length ? `Disputed among the sources: ${disputed.join('; ')}.` : '',
    quiet.length ? `Nothing new was reported that day from ${names(quiet)}.` : '',
    emergency ? `A decree published on ${formatDayMonth(emergency.date)} put the whole country under the state of emergency, which the map does not mark place by place.` : '',
    missing.length ? `Not on the map, for want of coordinates: ${names(missing)}.` : '',
    approximate.length ? `The map position of ${names(approximate)} is approximate.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The title of a state: its finding, computed from the data. */
export function titleOf(data: Datasets, state: UnrestMapState): string {
  const spec = stateSpecs[state];
  if (spec.kind === 'day') return dayTitle(data, spec.date);
  const r = deathsReport(data, spec.report);
  const top = [...r.byCity].sort((a, b) => b.killed - a.killed)[0]!;
  const name = placeName(data.places.find((p) => p.id === top.place)!);
  const total = r.killedTotal?.value;
  return `${name} accounted for ${formatCount(top.killed)}${total ? ` of the ${formatCount(total)}` : ''} deaths, ${spec.statedBy} said`;
}

/** The text alternative of a state, generated from the data so it cannot drift from the drawing. */
export function describe(data: Datasets, state: UnrestMapState): string {
  const spec = stateSpecs[state];
  if (spec.kind === 'day') return dayDescription(data, spec.date);
  const r = deathsReport(data, spec.report);
  const place = (id: string) => data.places.find((p) => p.id === id)!;
  const figures = listJoin(r.byCity.map((c) => `${placeName(place(c.place))} ${formatCount(c.killed)}`));
  const missing = r.byCity.filter((c) => !hasCoordinates(place(c.place))).map((c) => placeName(place(c.place)));
  return [
    `Map of Kazakhstan showing deaths in the unrest of January 2022 by city, as ${spec.statedBy} stated on ${formatDate(r.released!)}: ${figures}.`,
    r.killedTotal?.value ? `The same statement gave ${formatCount(r.killedTotal.value)} deaths nationwide.` : '',
    'Circles are sized by the number of deaths; grey dots mark the other places where unrest was reported, for which the statement gave no figure.',
    missing.length ? `Not on the map, for want of coordinates: ${listJoin(missing)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
