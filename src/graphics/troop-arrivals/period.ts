import type { Datasets } from '../../lib/data/datasets';
import { keyEvent as keyEventById } from '../../lib/data/keyEvent';
import { formatDate, formatShortDate } from '../../lib/format';
import { stateParams, states, type TroopArrivalsState } from './states';

/** A key event the troop graphic names, by id. */
export const keyEvent = (data: Datasets, id: string) => keyEventById(data, id, 'the troop graphic');

/** "6 Jan" or "6–7 Jan"; with `long`, "6 January 2022" or "6–7 January 2022". */
export function dayRange(a: string, b: string, long = false): string {
  const fmt = long ? formatDate : formatShortDate;
  if (a === b) return fmt(a);
  return a.slice(0, 7) === b.slice(0, 7) ? `${fmt(a).split(' ')[0]}–${fmt(b)}` : `${fmt(a)} – ${fmt(b)}`;
}

/** First and last day of a state, from the key events that date it. */
export function statePeriod(data: Datasets, state: TroopArrivalsState): [string, string] {
  const dates = stateParams[state].events.map((id) => keyEvent(data, id).date).sort();
  return [dates[0]!, dates.at(-1)!];
}

/** First and last day of the whole story: the appeal to the last departures. */
export function storyPeriod(data: Datasets): [string, string] {
  const all = states.flatMap((s) => statePeriod(data, s)).sort();
  return [all[0]!, all.at(-1)!];
}

/** "5 Jan" or "13–19 Jan": a state's days, for tight labels. */
export const periodLabel = (data: Datasets, state: TroopArrivalsState) => dayRange(...statePeriod(data, state));

/** "5 January 2022" or "13–19 January 2022": a state's date stamp. */
export const periodWords = (data: Datasets, state: TroopArrivalsState) => dayRange(...statePeriod(data, state), true);
