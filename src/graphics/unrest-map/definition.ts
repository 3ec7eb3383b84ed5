import { capitalise, formatDate, formatShortDate } from '../../lib/format';
import type { GraphicDefinition } from '../definition';
import { layout } from './layout';
import { stateSpecs, states, type UnrestMapState } from './states';
import { unrestTable } from './table';
import { deathsReport } from './unrestData';

/** The unrest map: where unrest was reported, day by day, then the deaths by city. */
export const unrestMap: GraphicDefinition<UnrestMapState> = {
  id: 'unrest-map',
  states,
  stateLabel: (state) => {
    const spec = stateSpecs[state];
    return spec.kind === 'day' ? formatShortDate(spec.date) : 'Deaths by city';
  },
  scene: (data, state, frame) => layout(data, frame, state),
  table: unrestTable,
  credit: (data, state) => {
    const spec = stateSpecs[state];
    if (spec.kind === 'day') {
      return {
        text: 'News agencies and official statements as compiled for this explainer; each event’s sources are in the data table. Base map: Natural Earth.',
        sources: [],
      };
    }
    const r = deathsReport(data, spec.report);
    const outlets = [...new Set(r.byCity.flatMap((c) => c.sources).map((id) => data.sources.find((s) => s.id === id)?.outlet ?? id))];
    return {
      text: `${capitalise(spec.statedBy)}, ${formatDate(r.released!)}, as reported by ${outlets.join(', ')}. Base map: Natural Earth.`,
      sources: [...new Set([...r.byCity.flatMap((c) => c.sources), ...(r.killedTotal?.sources ?? [])])],
    };
  },
};
