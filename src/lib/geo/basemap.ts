import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
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
// Simplify once per process: a weight threshold that keeps coastlines recognisable at 720 px and drops most vertices.
const topology = (() => {
  const t = presimplify(world as unknown as Topology<{ countries: Countries }>);
  return simplify(t, 0.02) as unknown as Topology<{ countries: Countries }>;
})();
const countries = feature(topology, topology.objects.countries).features as Feature<Geometry, { name: string }>[];

/** Kazakhstan's outline (for fitting projections and for tests that points fall inside it). */
export const kazakhstan = countries.find((f) => f.id === KAZAKHSTAN)!;

/** A base map for one frame: the projection, and a symbol with water, countries and Kazakhstan's outline. */
export interface Basemap {
  projection: GeoProjection;
  symbol: SceneSymbol;
  /** Country and sea names, as text marks, at positions inside the frame. */
  labels: Mark[];
}

/** Draws the region around `extent` into `frame`; geometry outside the frame is clipped away so files stay small. */
export function basemap(id: string, frame: Frame, extent: Feature<Geometry> | MultiPoint, inset: Inset): Basemap {
  const projection = kazakhstanProjection(frame, extent, inset).clipExtent([
    [0, 0],
    [frame.width, frame.height],
  ]);
  const path = geoPath(projection).digits(1);
  const marks: Mark[] = [
    { kind: 'rect', key: 'water', className: 'map-water', attrs: { x: 0, y: 0, width: frame.width, height: frame.height } },
  ];
  for (const f of countries) {
    const d = path(f);
    if (!d) continue;
    const isHome = f.id === KAZAKHSTAN;
    marks.push({ kind: 'path', key: `country-${f.id}`, className: isHome ? 'map-home' : 'map-neighbour', attrs: { d } });
  }
  const labels: Mark[] = [];
  for (const c of countryLabels) {
    const p = projection([c.lon, c.lat]);
    if (!p || p[0] < 40 || p[0] > frame.width - 40 || p[1] < 12 || p[1] > frame.height - 12) continue;
    labels.push({
      kind: 'text',
      key: `label-${c.id}`,
      className: c.id === 'caspian' ? 'map-label map-label-water' : 'map-label map-label-country',
      attrs: { x: round(p[0]), y: round(p[1]), 'text-anchor': 'middle', 'font-size': frame.fontSize - 1 },
      text: c.name,
    });
  }
  return { projection, symbol: { id: `${id}-${frame.id}`, width: frame.width, height: frame.height, marks }, labels };
}

/** A MultiPoint of lon/lat pairs, for fitting a projection to places rather than to a country. */
export function pointsExtent(points: [number, number][]): MultiPoint {
  return { type: 'MultiPoint', coordinates: points };
}
