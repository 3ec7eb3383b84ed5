import type { Datasets } from '../../lib/data/datasets';
import { curlyQuotes } from '../../lib/format';
import type { Frame } from '../../lib/frames';
import type { Mark, Scene } from '../../lib/scene';
import { describeState } from './describe';
import { drawCategories } from './drawCategories';
import { drawCities } from './drawCities';
import { drawCounts } from './drawCounts';
import { drawToll } from './drawToll';
import { headline } from './headline';
import { headlineMarks } from './headlineMarks';
import { legendItems } from './legendItems';
import { legendMarks } from './legend';
import { plotBox } from './plotBox';
import { stateSpecs, type CasualtyTallyState } from './states';
import { titleOf } from './titles';

/** The casualty graphic in one state at one frame: pure, from the datasets alone. */
export function layout(data: Datasets, frame: Frame, state: CasualtyTallyState): Scene {
  const spec = stateSpecs[state];
  const box = plotBox(frame);
  const chart: Mark[] =
    spec.chart === 'toll' ? drawToll(data, spec, box)
    : spec.chart === 'by-city' ? drawCities(data, frame, box)
    : spec.chart === 'categories' ? drawCategories(data, frame, box)
    : drawCounts(data, spec.chart, box);
  return {
    width: frame.width,
    height: frame.height,
    // Set as the passages are, with curly quotes, for every use of the scene (page, downloads, embeds, cards).
    title: curlyQuotes(titleOf(data, state)),
    description: curlyQuotes(describeState(data, state)),
    marks: [...chart, ...headlineMarks(headline(data, state), frame, box), ...legendMarks(legendItems(data, state), frame, box)],
  };
}
