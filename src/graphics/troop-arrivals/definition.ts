import './troopArrivals.css';
import type { Datasets } from '../../lib/data/datasets';
import type { Credit, GraphicDefinition } from '../definition';
import { layout } from './layout';
import { states, type TroopArrivalsState } from './states';
import { troopTable } from './table';

const labels: Record<TroopArrivalsState, string> = {
  appeal: 'The appeal',
  landings: 'First landings',
  airlift: 'The airlift',
  contingents: 'How many troops',
  guarded: 'What they guarded',
  withdrawal: 'The withdrawal',
};

/** Who stated the state's figures: the outlets behind every row of its table, and their source ids. */
function credit(data: Datasets, state: TroopArrivalsState): Credit {
  const ids = [...new Set(troopTable(data, state).rows.flatMap((r) => r.sources))];
    // "RIA Novosti (Andrey Kots), republished by …" -> "RIA Novosti": the outlet that stated it, not who carried it.
  const outlets = [...new Set(ids.map((id) => data.sources.find((s) => s.id === id)?.outlet.split(/\s*[(,]/)[0]).filter((o): o is string => Boolean(o)))];
  const named = outlets.slice(0, 6).join(', ');
  const text = `${outlets.length > 6 ? `${named} and ${outlets.length - 6} more` : named}. Figures as stated: official, press estimate or unknown, as marked.`;
  return { text, sources: ids };
}

/** CSTO troops arrive and leave: routes, flights per day, the contingents by status, what they guarded. */
export const troopArrivals: GraphicDefinition<TroopArrivalsState> = {
  id: 'troop-arrivals',
  states,
  stateLabel: (state) => labels[state],
  scene: (data, state, frame) => layout(data, frame, state),
  table: troopTable,
  credit,
};
