import { geoBounds, geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import svgpath from 'svgpath';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';
import type { Frame } from '../frames';
import { round, type Mark, type SceneSymbol } from '../scene';
import { kazakhstanProjection, type Inset } from './projection';

const KAZAKHSTAN = '398';

/** Country labels a reader needs to place Kazakhstan; lon/lat are label anchors inside each country's visible part. */
export const countryLabels: { id: string; name: string; lon: number; lat: number }[] = [
  { id: '643', name: 'Russia', lon: 64, lat: 56.2 },
  { id: '156', name: 'China', lon: 84.5, lat: 42.6 },
  { id: '417', name: 'Kyrgyzstan', lon: 74.6, lat: 41.6 },
  { id: '860', name: 'Uzbekistan', lon: 62.8, lat: 41.9 },
  { id: '795', name: 'Turkmenistan', lon: 58.6, lat: 39.2 },
  { id: 'caspian', name: 'Caspian Sea', lon: 50.6, lat: 41.6 },
];

type Countries = GeometryCollection<{ name: string }>;
type Country = Feature<Geometry, { name: string }>;
const presimplified = presimplify(world as unknown as Topology<{ countries: Countries }>);
const byWeight = new Map<number, Country[]>();
/** The countries with every vertex kept whose triangle with its neighbours covers at least `minWeight` (degrees²). */
function countriesAt(minWeight: number): Country[] {
  if (!byWeight.has(minWeight)) {
    const t = simplify(presimplified, minWeight) as unknown as Topology<{ countries: Countries }>;
    byWeight.set(minWeight, feature(t, t.objects.countries).features as Country[]);
  }
  return byWeight.get(minWeight)!;
}
// The finest detail any map keeps: coastlines recognisable at 720 px, and coastal cities such as Aktau inside the
// outline they are drawn on.
const FINEST = 0.01;
// A vertex is dropped when its triangle covers less than this on the drawing (units², about CSS px²), so a map of a
// wider region (the troop routes, a phone's frame) is not drawn in more detail per pixel than the screen shows.
const SMALLEST_AREA = 2;
const countries = countriesAt(FINEST);

/** Drawing units² per degree² around `[lon, lat]`: the local scale of the projection. */
function unitsPerSquareDegree(projection: GeoProjection, [lon, lat]: [number, number]): number {
  const [o, e, n] = [projection([lon, lat]), projection([lon + 1, lat]), projection([lon, lat + 1])];
  if (!o || !e || !n) return Infinity;
  return Math.abs((e[0] - o[0]) * (n[1] - o[1]) - (e[1] - o[1]) * (n[0] - o[0]));
}

const boundsOf = new Map(countries.map((f) => [f, geoBounds(f)]));

/**
 * The countries a projection can show inside its clip extent: found from their lon/lat bounds, so the world's far side
 * is never projected at all.
 */
export function visibleCountries(projection: GeoProjection): Country[] {
  const [[x0, y0], [x1, y1]] = projection.clipExtent() ?? [[0, 0], [0, 0]];
  const border: [number, number][] = [];
  for (let i = 0; i <= 20; i++) {
    const [fx, fy] = [x0 + ((x1 - x0) * i) / 20, y0 + ((y1 - y0) * i) / 20];
    border.push([fx, y0], [fx, y1], [x0, fy], [x1, fy]);
  }
  const lonLat = border.map((p) => projection.invert?.(p)).filter((p): p is [number, number] => p != null);
  // A margin of a few degrees keeps countries whose edge only just enters the frame.
  const [w, e] = [Math.min(...lonLat.map((p) => p[0])) - 3, Math.max(...lonLat.map((p) => p[0])) + 3];
  const [s, n] = [Math.min(...lonLat.map((p) => p[1])) - 3, Math.max(...lonLat.map((p) => p[1])) + 3];
  return countries.filter((f) => {
    const [[fw, fs], [fe, fn]] = boundsOf.get(f)!;
    const lonHit = fw <= fe ? fw <= e && fe >= w : true;
    return lonHit && fs <= n && fn >= s;
  });
}

/** Kazakhstan's outline (for fitting projections and for tests that points fall inside it). */
export const kazakhstan = countries.find((f) => f.id === KAZAKHSTAN)!;

/** A base map for one frame: the projection, and a symbol with water, countries and Kazakhstan's outline. */
export interface Basemap {
  projection: GeoProjection;
  symbol: SceneSymbol;
  /** Kazakhstan as this map draws it (simplified for its scale): what a place must fall inside. */
  home: Feature<Geometry>;
  /** Country and sea names, as text marks, at positions inside the frame. */
  labels: Mark[];
}

/** The part of a frame a map is drawn in (the rest is left to legends and notes). */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Draws the region around `extent` into `frame` (or into `viewport`, a part of it); geometry outside is clipped away
 * so files stay small. `inset` is measured from the frame's edges.
 */
export function basemap(id: string, frame: Frame, extent: Feature<Geometry> | MultiPoint, inset: Inset, viewport?: Viewport): Basemap {
  const v = viewport ?? { x: 0, y: 0, width: frame.width, height: frame.height };
  const projection = kazakhstanProjection(frame, extent, inset).clipExtent([
    [v.x, v.y],
    [v.x + v.width, v.y + v.height],
  ]);
  const path = geoPath(projection).digits(1);
  const marks: Mark[] = [{ kind: 'rect', key: 'water', className: 'map-water', attrs: { ...v } }];
  const [lon, lat] = geoCentroid(kazakhstan);
  const weight = Math.max(FINEST, SMALLEST_AREA / unitsPerSquareDegree(projection, [lon, lat]));
  // The same countries in the same order, with fewer vertices (some have no id: matched by place, not by id).
  const simpler = countriesAt(weight);
  const drawn = (f: Country) => simpler[countries.indexOf(f)]!;
  for (const f of visibleCountries(projection)) {
    const d = path(drawn(f));
    if (!d) continue;
    const isHome = f.id === KAZAKHSTAN;
    // Relative steps are shorter than absolute points: most of a coastline is a step of a unit or two.
    marks.push({ kind: 'path', key: `country-${f.id}`, className: isHome ? 'map-home' : 'map-neighbour', attrs: { d: svgpath(d).rel().round(1).toString() } });
  }
  const labels: Mark[] = [];
  for (const c of countryLabels) {
    const p = projection([c.lon, c.lat]);
    if (!p || p[0] < v.x + 40 || p[0] > v.x + v.width - 40 || p[1] < v.y + 12 || p[1] > v.y + v.height - 12) continue;
    labels.push({
      kind: 'text',
      key: `label-${c.id}`,
      className: c.id === 'caspian' ? 'map-label map-label-water' : 'map-label map-label-country',
      attrs: { x: round(p[0]), y: round(p[1]), 'text-anchor': 'middle', 'font-size': frame.fontSize - 1 },
      text: c.name,
    });
  }
  return { projection, symbol: { id: `${id}-${frame.id}`, width: frame.width, height: frame.height, marks }, home: drawn(kazakhstan), labels };
}

/** A MultiPoint of lon/lat pairs, for fitting a projection to places rather than to a country. */
export function pointsExtent(points: [number, number][]): MultiPoint {
  return { type: 'MultiPoint', coordinates: points };
}
