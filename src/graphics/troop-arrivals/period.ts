import type { Datasets } from '../../lib/data/datasets';
import { formatDate, formatShortDate } from '../../lib/format';
import { stateParams, states, type TroopArrivalsState } from './states';

function eventDate(data: Datasets, id: string): string {
  const e = data.keyEvents.find((k) => k.id === id);
  if (!e) throw new Error(`key-events.json has no event "${id}" (named by the troop graphic's states)`);
  return e.date;
}

/** First and last day of a state, from the key events that date it. */
export function statePeriod(data: Datasets, state: TroopArrivalsState): [string, string] {
  const dates = stateParams[state].events.map((id) => eventDate(data, id)).sort();
  return [dates[0]!, dates.at(-1)!];
}

/** First and last day of the whole story: the appeal to the last departures. */
export function storyPeriod(data: Datasets): [string, string] {
  const all = states.flatMap((s) => statePeriod(data, s)).sort();
  return [all[0]!, all.at(-1)!];
}

/** "5 Jan" or "13–19 Jan": a state's date stamp. */
export function periodLabel(data: Datasets, state: TroopArrivalsState): string {
  const [a, b] = statePeriod(data, state);
  if (a === b) return formatShortDate(a);
  return `${formatShortDate(a).split(' ')[0]}–${formatShortDate(b)}`;
}

/** "5 January 2022" or "13–19 January 2022". */
export function periodWords(data: Datasets, state: TroopArrivalsState): string {
  const [a, b] = statePeriod(data, state);
  if (a === b) return formatDate(a);
  return `${formatDate(a).split(' ')[0]}–${formatDate(b)}`;
}
