import { states as casualtyStates } from './casualty-tally/states';
import { states as troopStates } from './troop-arrivals/states';
import { states as unrestStates } from './unrest-map/states';

/** The graphic registry: every graphic id a step may name, with its title and the states it can show. */
export const graphics = {
  'unrest-map': { title: 'The spread of unrest', states: unrestStates },
  'troop-arrivals': { title: 'CSTO troops arrive and leave', states: troopStates },
  'casualty-tally': { title: 'The official tolls, as reported', states: casualtyStates },
} as const satisfies Record<string, { title: string; states: readonly string[] }>;

export type GraphicId = keyof typeof graphics;
export const graphicIds = Object.keys(graphics) as GraphicId[];

/** Every graphic with each of its states, as route parameters: one page or file per state. */
export function statePaths(): { params: { graphic: GraphicId; state: string } }[] {
  return graphicIds.flatMap((graphic) => graphics[graphic].states.map((state) => ({ params: { graphic, state } })));
}

export function isGraphicId(id: string): id is GraphicId {
  return Object.hasOwn(graphics, id);
}

/** Why a step's graphic/state pair is invalid, listing the valid names; null when it is valid. */
export function stepProblem(graphic: string, state: string): { field: 'graphic' | 'state'; message: string } | null {
  if (!isGraphicId(graphic)) return { field: 'graphic', message: `unknown graphic "${graphic}"; valid graphics: ${graphicIds.join(', ')}` };
  const valid: readonly string[] = graphics[graphic].states;
  if (!valid.includes(state)) return { field: 'state', message: `unknown state "${state}" for graphic "${graphic}"; valid states: ${valid.join(', ')}` };
  return null;
}
