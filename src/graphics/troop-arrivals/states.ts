/** The states a step may ask the troop graphic for, in story order. */
export const states = ['appeal', 'landings', 'airlift', 'contingents', 'guarded', 'withdrawal'] as const;
/** One of the troop graphic's states. */
export type TroopArrivalsState = (typeof states)[number];

/** What a state draws: the map with some routes, or the chart of figures. */
export interface TroopStateParams {
  view: 'map' | 'chart';
  /** Arrival routes drawn: none (not yet, or gone home), the first Russian landing, all of them, or faded. */
  arrivals: 'none' | 'first' | 'all' | 'faded';
  /** Whether the routes home are drawn. */
  returns: boolean;
  /** Key events (ids in key-events.json) that date the state: its stamp and the timeline's highlighted days span them. */
  events: readonly string[];
}

/** Each state's parameters. */
export const stateParams: Record<TroopArrivalsState, TroopStateParams> = {
  appeal: { view: 'map', arrivals: 'none', returns: false, events: ['2022-01-05-9'] },
  landings: { view: 'map', arrivals: 'first', returns: false, events: ['2022-01-06-1', '2022-01-06-2'] },
  airlift: { view: 'map', arrivals: 'all', returns: false, events: ['2022-01-06-2', '2022-01-09-1'] },
  contingents: { view: 'chart', arrivals: 'all', returns: false, events: ['2022-01-10-2'] },
  guarded: { view: 'map', arrivals: 'faded', returns: false, events: ['2022-01-06-2', '2022-01-19-2'] },
  withdrawal: { view: 'map', arrivals: 'none', returns: true, events: ['2022-01-13-1', '2022-01-19-2'] },
};
