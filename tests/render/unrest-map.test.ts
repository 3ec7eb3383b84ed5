import { describe, expect, it } from 'vitest';
import { unrestMap } from '../../src/graphics/unrest-map/definition';
import { datasets } from '../../src/lib/data/readDatasets';
import { frameIds, frames } from '../../src/lib/frames';
import { renderSvg } from '../../src/lib/renderSvg';

const data = datasets();
const cases = unrestMap.states.flatMap((state) => frameIds.map((frame) => ({ state, frame })));

// Each state at each frame as a standalone file (base map inlined), so a change to the drawing shows up in review.
describe.each(cases)('unrest map SVG, $state, $frame', ({ state, frame }) => {
  it('matches its snapshot', async () => {
    const svg = renderSvg(unrestMap.scene(data, state, frames[frame]), { idPrefix: `unrest-map-${state}-${frame}`, symbols: 'inline' });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/unrest-map/${state}-${frame}.svg`);
  });
});
