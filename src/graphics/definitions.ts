import { casualtyTally } from './casualty-tally/definition';
import type { GraphicDefinition } from './definition';
import type { GraphicId } from './index';
import { troopArrivals } from './troop-arrivals/definition';

/** Each registered graphic's drawing, table and credit. */
export const definitions: Partial<Record<GraphicId, GraphicDefinition>> = {
  'troop-arrivals': troopArrivals as GraphicDefinition,
  'casualty-tally': casualtyTally,
};

/** The definition of a graphic; throws with the list of drawn graphics when it has none. */
export function definitionOf(id: GraphicId): GraphicDefinition {
  const def = definitions[id];
  if (!def) throw new Error(`graphic "${id}" has no drawing yet; drawn graphics: ${Object.keys(definitions).join(', ') || 'none'}`);
  return def;
}
