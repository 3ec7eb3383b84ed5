import { describe, expect, it } from 'vitest';
import { troopArrivals } from '../../src/graphics/troop-arrivals/definition';
import { readDatasets } from '../../src/lib/data/readDatasets';
import { frameIds, frames } from '../../src/lib/frames';
import { renderSvg } from '../../src/lib/renderSvg';

const data = readDatasets();
const cases = troopArrivals.states.flatMap((state) => frameIds.map((frame) => [state, frame] as const));

describe('troop-arrivals renders', () => {
  it.each(cases)('%s at %s to the same standalone SVG as before', async (state, frame) => {
    const scene = troopArrivals.scene(data, state, frames[frame]);
    const svg = renderSvg(scene, { idPrefix: `troop-arrivals-${state}-${frame}`, symbols: 'inline', rootAttrs: { 'data-graphic': 'troop-arrivals', 'data-state': state } });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    await expect(svg).toMatchFileSnapshot(`__snapshots__/troop-arrivals/${state}-${frame}.svg`);
  });
});
