import type { GeoProjection } from 'd3-geo';
import type { Datasets } from '../../lib/data/datasets';
import type { Place } from '../../lib/data/schemas';
import type { Frame } from '../../lib/frames';
import { basemap, kazakhstan, pointsExtent, type Basemap } from '../../lib/geo/basemap';
import { regionsFor } from './regions';

/** The contributing countries' capitals and the Kazakh airfields the routes join; all have coordinates in places.json. */
export const ROUTE_PLACES = ['moscow', 'minsk', 'yerevan', 'dushanbe', 'bishkek', 'almaty', 'almaty_airport', 'zhetygen_airfield', 'nur_sultan'] as const;
/** A place a route may start or end at. */
export type RoutePlace = (typeof ROUTE_PLACES)[number];

/** A place drawn on the map, at its projected position. */
export interface MapPlace {
  place: Place;
  x: number;
  y: number;
}

const outline = (): [number, number][] => {
  const g = kazakhstan.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  return rings.flat().map((p) => [p[0]!, p[1]!]);
};

/** The routes' places; throws if one lacks coordinates, since none may be guessed. */
export function routePlaces(data: Datasets): Record<RoutePlace, Place> {
  const out = {} as Record<RoutePlace, Place>;
  for (const id of ROUTE_PLACES) {
    const p = data.places.find((x) => x.id === id);
    if (!p || p.lat === undefined || p.lon === undefined) throw new Error(`places.json: "${id}" needs coordinates for the troop map`);
    out[id] = p;
  }
  return out;
}

/** The shared base map fitted to Kazakhstan and the contributing capitals, inside the frame's map region. */
export function troopBasemap(data: Datasets, frame: Frame): { base: Basemap; places: Record<RoutePlace, MapPlace> } {
  const places = routePlaces(data);
  const r = regionsFor(frame).map;
  const extent = pointsExtent([...outline(), ...Object.values(places).map((p): [number, number] => [p.lon!, p.lat!])]);
  const inset = { top: r.y, left: r.x, right: frame.width - r.x - r.width, bottom: frame.height - r.y - r.height };
  const base = basemap('troop-arrivals', frame, extent, inset);
  return { base, places: project(base.projection, places) };
}

function project(projection: GeoProjection, places: Record<RoutePlace, Place>): Record<RoutePlace, MapPlace> {
  const out = {} as Record<RoutePlace, MapPlace>;
  for (const id of ROUTE_PLACES) {
    const p = places[id];
    const [x, y] = projection([p.lon!, p.lat!])!;
    out[id] = { place: p, x, y };
  }
  return out;
}
