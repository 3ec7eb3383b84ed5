import type { GraphicDefinition } from '../definition';
import './casualtyTally.css';
import { tallyCredit } from './credit';
import { layout } from './layout';
import { stateSpecs, states, type CasualtyTallyState } from './states';
import { tallyTable } from './table';

/** Graphic 3: the casualty tallies as they were reported, revised, withdrawn and disputed. */
export const casualtyTally: GraphicDefinition<CasualtyTallyState> = {
  id: 'casualty-tally',
  states,
  stateLabel: (state) => stateSpecs[state].label,
  scene: (data, state, frame) => layout(data, frame, state),
  table: tallyTable,
  credit: tallyCredit,
};
