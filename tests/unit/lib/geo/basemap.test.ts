import { geoContains } from 'd3-geo';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { frameBasemap } from '../../../../src/graphics/unrest-map/mapFrame';
import { troopBasemap } from '../../../../src/graphics/troop-arrivals/projection';
import { datasets } from '../../../../src/lib/data/readDatasets';
import { frameIds, frames } from '../../../../src/lib/frames';
import { kazakhstan, type Basemap } from '../../../../src/lib/geo/basemap';

const data = datasets();
const located = data.places.filter((p) => p.lon !== undefined && p.lat !== undefined);
// Each map with the places it can draw: the unrest map any place of the story, the troop map the ends of its routes.
const maps = frameIds.flatMap((f) => {
  const troops = troopBasemap(data, frames[f]);
  return [
    { name: `unrest map, ${f}`, base: frameBasemap(frames[f]), places: located },
    { name: `troop map, ${f}`, base: troops.base, places: Object.values(troops.places).map((p) => p.place) },
  ];
});
const rings = (g: Geometry): number[][][] => (g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : []);
/** The area, in drawing units², of the triangle each corner of Kazakhstan's drawn outline makes with its neighbours. */
function cornerAreas(base: Basemap): number[] {
  const out: number[] = [];
  for (const ring of rings(base.home.geometry)) {
    const p = ring.map((c) => base.projection(c as [number, number])!);
    for (let i = 1; i < p.length - 1; i++) {
      const [a, m, c] = [p[i - 1]!, p[i]!, p[i + 1]!];
      out.push(Math.abs((m[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (m[1] - a[1])) / 2);
    }
  }
  return out;
}
const paths = (base: Basemap) => base.symbol.marks.filter((m) => m.kind === 'path').map((m) => String(m.attrs.d));

describe('base maps', () => {
  it.each(maps)('$name draws its countries in relative steps', ({ base }) => {
    expect(paths(base).length).toBeGreaterThan(3);
    for (const d of paths(base)) expect(d).toMatch(/^M[\d.]+ [\d.]+l/);
  });

  // A corner of the outline spanning less than a couple of units² is detail no screen shows at the map's size. Before
  // each map was simplified for its scale, the troop map on a phone had a twentieth of its corners under 0.7 units².
  it.each(maps)('$name keeps only corners big enough to see at its size', ({ base }) => {
    const areas = cornerAreas(base).sort((a, b) => a - b);
    expect(areas.length).toBeGreaterThan(150);
    expect(areas[Math.floor(areas.length * 0.05)]).toBeGreaterThanOrEqual(1.5);
  });

  it('keeps every place it draws in Kazakhstan inside its outline as it draws it', () => {
    for (const { name, base, places } of maps) {
      for (const p of places) {
        const lonLat: [number, number] = [p.lon!, p.lat!];
        if (geoContains(kazakhstan, lonLat)) expect(geoContains(base.home, lonLat), `${name}: ${p.id}`).toBe(true);
      }
    }
  });

  // They were 89,560 characters before each was simplified for its scale and written in relative steps.
  it('the four base maps together stay small, since every reader downloads them with the page', () => {
    const chars = maps.reduce((n, m) => n + paths(m.base).join('').length, 0);
    expect(chars).toBeLessThan(55_000);
  });
});
