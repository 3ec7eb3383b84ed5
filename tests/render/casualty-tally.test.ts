import { describe, expect, it } from 'vitest';
import { datasets } from '../../src/lib/data/readDatasets';
import { frameIds, frames } from '../../src/lib/frames';
import { renderSvg } from '../../src/lib/renderSvg';
import { casualtyTally } from '../../src/graphics/casualty-tally/definition';

const data = datasets();

describe('casualty-tally SVG', () => {
  for (const state of casualtyTally.states) {
    for (const f of frameIds) {
      it(`${state} at ${f} matches its snapshot`, async () => {
        const scene = casualtyTally.scene(data, state, frames[f]);
        const svg = renderSvg(scene, { idPrefix: `casualty-tally-${state}-${f}`, symbols: 'inline', rootAttrs: { 'data-graphic': 'casualty-tally', 'data-state': state } });
        expect(svg.startsWith('<svg')).toBe(true);
        await expect(svg).toMatchFileSnapshot(`./__snapshots__/casualty-tally/${state}-${f}.svg`);
      });
    }
  }

  it('holds the exact final figure in the static drawing of the final state', () => {
    const svg = renderSvg(casualtyTally.scene(data, 'final', frames.desktop), { idPrefix: 'final' });
    expect(svg).toContain('data-key="counter-0" class="ct-text ct-counter" x="24" y="36.6" font-size="36" text-anchor="start" aria-hidden="true">238</text>');
  });
});
