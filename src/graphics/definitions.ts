import { casualtyTally } from './casualty-tally/definition';
import type { GraphicDefinition } from './definition';
import type { GraphicId } from './index';
import { troopArrivals } from './troop-arrivals/definition';
import { unrestMap } from './unrest-map/definition';

/** Each registered graphic's drawing, table and credit. */
export const definitions: Record<GraphicId, GraphicDefinition> = {
  'unrest-map': unrestMap as GraphicDefinition,
  'troop-arrivals': troopArrivals as GraphicDefinition,
  'casualty-tally': casualtyTally as GraphicDefinition,
};

/** The definition of a graphic. */
export function definitionOf(id: GraphicId): GraphicDefinition {
  return definitions[id];
}
