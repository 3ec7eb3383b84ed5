import { describe, expect, it } from 'vitest';
import { frameBasemap } from '../../../../src/graphics/unrest-map/mapFrame';
import { troopBasemap } from '../../../../src/graphics/troop-arrivals/projection';
import { datasets } from '../../../../src/lib/data/readDatasets';
import { frameIds, frames } from '../../../../src/lib/frames';
import type { Feature, Geometry } from 'geojson';
import { kazakhstan, type Basemap } from '../../../../src/lib/geo/basemap';

const data = datasets();
const maps = frameIds.flatMap((f) => [
  { name: `unrest map, ${f}`, base: frameBasemap(frames[f]) },
  { name: `troop map, ${f}`, base: troopBasemap(data, frames[f]).base },
]);
const paths = (base: Basemap) => base.symbol.marks.filter((m) => m.kind === 'path').map((m) => String(m.attrs.d));

describe('base maps', () => {
  it.each(maps)('$name draws its countries in relative steps', ({ base }) => {
    expect(paths(base).length).toBeGreaterThan(3);
    for (const d of paths(base)) expect(d).toMatch(/^M[\d.]+ [\d.]+l/);
  });

  // A map of a wider region, or in a smaller frame, shows each degree smaller: it keeps fewer of the outline's points.
  it('keeps the finest outline only where the map is drawn large enough to show it', () => {
    const points = (f: Feature<Geometry>) => JSON.stringify(f.geometry).split('],[').length;
    const [unrestDesktop, troopDesktop, unrestPhone, troopPhone] = [
      frameBasemap(frames.desktop), troopBasemap(data, frames.desktop).base, frameBasemap(frames.phone), troopBasemap(data, frames.phone).base,
    ].map((b) => points(b.home));
    expect(unrestDesktop).toBe(points(kazakhstan));
    expect(unrestPhone).toBeLessThan(unrestDesktop!);
    expect(troopDesktop).toBeLessThan(unrestDesktop!);
    expect(troopPhone).toBeLessThan(Math.min(unrestPhone!, troopDesktop!));
  });

  // They were 89,560 characters before each was simplified for its scale and written in relative steps.
  it('the four base maps together stay small, since every reader downloads them with the page', () => {
    const chars = maps.reduce((n, m) => n + paths(m.base).join('').length, 0);
    expect(chars).toBeLessThan(55_000);
  });
});
