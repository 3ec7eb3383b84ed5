import { geoStream, type GeoProjection } from 'd3-geo';
import { visibleCountries } from './basemap';

type Ring = [number, number][];
interface Region {
  id: string;
  rings: Ring[];
  box: [number, number, number, number];
}

/** Each country's outline as projected (and clipped) rings on screen. */
function project(projection: GeoProjection): Region[] {
  const regions: Region[] = [];
  for (const f of visibleCountries(projection)) {
    const rings: Ring[] = [];
    let ring: Ring = [];
    const sink = {
      point: (x: number, y: number) => void ring.push([x, y]),
      lineStart: () => void (ring = []),
      lineEnd: () => void (ring.length > 2 && rings.push(ring)),
      polygonStart: () => {},
      polygonEnd: () => {},
      sphere: () => {},
    };
    geoStream(f, projection.stream(sink));
    if (!rings.length) continue;
    const xs = rings.flat().map((p) => p[0]);
    const ys = rings.flat().map((p) => p[1]);
    regions.push({ id: String(f.id), rings, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] });
  }
  return regions;
}

/** Even-odd point-in-polygon over all of a region's rings, so holes stay holes. */
function inside(rings: Ring[], x: number, y: number): boolean {
  let odd = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i]!;
      const [xj, yj] = r[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

const cache = new WeakMap<GeoProjection, (x: number, y: number) => string | null>();

// Testing on screen against projected outlines is far faster than inverting each point and testing on the sphere,
// and it answers for the outlines exactly as they are drawn.
/** For a projection, a function giving the id of the country drawn at a screen point, or null over water. */
export function screenCountries(projection: GeoProjection): (x: number, y: number) => string | null {
  const known = cache.get(projection);
  if (known) return known;
  const regions = project(projection);
  const at = (x: number, y: number) => {
    const hit = regions.find(({ box: [x0, y0, x1, y1], rings }) => x >= x0 && x <= x1 && y >= y0 && y <= y1 && inside(rings, x, y));
    return hit?.id ?? null;
  };
  cache.set(projection, at);
  return at;
}
