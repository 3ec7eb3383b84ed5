import type { Datasets } from '../../lib/data/datasets';
import { round, type Mark } from '../../lib/scene';
import { arc, arrowHead } from './arcs';
import { ROUTE_PLACES, type MapPlace, type RoutePlace } from './projection';
import type { TroopStateParams } from './states';

/** One route on the map: which country's troops, from where to where, and whether it went by road. */
export interface Route {
  key: string;
  country: string;
  from: RoutePlace;
  to: RoutePlace;
  byRoad?: boolean;
}

// Key event 2022-01-14-2: "Kyrgyz unit drives home"; every other contingent flew.
const LEFT_BY_ROAD = new Set(['kyrgyzstan']);

/** Whether a contingent went home by road rather than by air. */
export const leftByRoad = (id: string) => LEFT_BY_ROAD.has(id);

const asPlace = (id: string) => id as RoutePlace;

/** A place a contingent's record names for a route: it must be one the troop map draws. */
function mapped(contingent: string, place: string): string {
  if (!(ROUTE_PLACES as readonly string[]).includes(place)) {
    throw new Error(`content/data/troop-contingents.json › entry "${contingent}" › departedFrom: "${place}" is not on the troop map; valid places: ${ROUTE_PLACES.join(', ')}`);
  }
  return place;
}
// How far each arrival bows, as a share of its length (negative: to the right of travel). Chosen like a map editor would:
// the routes from the north-west bow south so the sky over Siberia stays free for notes, the one from Yerevan bows north
// over the Caspian, the one from Dushanbe passes east of Bishkek's label. Returns bow to the same side but less, so in
// the withdrawal they run inside the faded arrivals rather than on top of them.
const ARRIVAL_BEND: Partial<Record<RoutePlace, number>> = { yerevan: 0.1, dushanbe: -0.22 };
const DEFAULT_BEND = -0.14;
const RETURN_BEND = 0.06;

/**
 * Arrivals: Russian flights to the airfields the airlift rows name; the other contingents to Almaty, since where they
 * landed was not reported. Returns: Russian flights from the airfields the departure rows name, the others from the
 * place their record names (Belarus: Zhetygen) or else Almaty. Each route ends at a capital, standing for the country:
 * the airfields at home are not mapped.
 */
export function routes(data: Datasets): { arrivals: Route[]; returns: Route[] } {
  const inFields = [...new Set(data.airlift.filter((a) => a.direction === 'in').flatMap((a) => a.to ?? []))];
  const outFields = [...new Set(data.airlift.filter((a) => a.direction === 'out').flatMap((a) => a.from ?? []))];
  const arrivals: Route[] = [];
  const returns: Route[] = [];
  for (const c of data.troopContingents) {
    const capital = asPlace(c.capital);
    const landed = c.id === 'russia' ? inFields : ['almaty'];
    const left = c.id === 'russia' ? outFields : [mapped(c.id, c.departedFrom ?? 'almaty')];
    for (const to of landed) arrivals.push({ key: `route-in-${c.id}-${to}`, country: c.country, from: capital, to: asPlace(to) });
    for (const from of left) returns.push({ key: `route-out-${c.id}-${from}`, country: c.country, from: asPlace(from), to: capital, byRoad: leftByRoad(c.id) });
  }
  return { arrivals, returns };
}

/** How an arrival route looks in a state: hidden routes are undrawn (dash offset = length) so the browser draws them in. */
function arrivalLook(p: TroopStateParams, r: Route, first: string): { drawn: boolean; opacity: number } {
  if (p.arrivals === 'none') return { drawn: false, opacity: 0 };
  if (p.arrivals === 'first') return r.key === first ? { drawn: true, opacity: 1 } : { drawn: false, opacity: 0 };
  return { drawn: true, opacity: p.arrivals === 'faded' ? 0.35 : 1 };
}

/** The route paths and return arrowheads of a state. */
export function routeMarks(data: Datasets, places: Record<RoutePlace, MapPlace>, p: TroopStateParams, arrowSize: number): Mark[] {
  const { arrivals, returns } = routes(data);
  const xy = (id: RoutePlace): [number, number] => [places[id].x, places[id].y];
  const marks: Mark[] = [];
  const first = arrivals[0]!.key;
  for (const r of arrivals) {
    const a = arc(xy(r.from), xy(r.to), ARRIVAL_BEND[r.from] ?? DEFAULT_BEND);
    const look = arrivalLook(p, r, first);
    marks.push(routePath(r, a.d, a.length, look.drawn, look.opacity, 'troop-route', `${r.country}: ${places[r.from].place.name} to ${places[r.to].place.name}`));
  }
  for (const r of returns) {
    const a = arc(xy(r.from), xy(r.to), -(ARRIVAL_BEND[r.to] ?? DEFAULT_BEND) * (RETURN_BEND / Math.abs(DEFAULT_BEND)));
    const how = r.byRoad ? 'by road' : 'by air';
    const label = `${r.country} home ${how}, from ${places[r.from].place.name}`;
    marks.push(routePath(r, a.d, a.length, p.returns, p.returns ? 1 : 0, r.byRoad ? 'troop-route-return troop-route-road' : 'troop-route-return', label));
    marks.push({
      kind: 'path',
      key: `${r.key}-arrow`,
      className: 'troop-route-arrow',
      attrs: { d: arrowHead(xy(r.to), a.endDirection, arrowSize), opacity: p.returns ? 1 : 0 },
    });
  }
  return marks;
}

function routePath(r: Route, d: string, length: number, drawn: boolean, opacity: number, className: string, label: string): Mark {
  // A road route keeps its dotted look, so it fades in rather than drawing itself.
  const dash: Record<string, number> = r.byRoad ? {} : { 'stroke-dasharray': length, 'stroke-dashoffset': drawn ? 0 : length };
  return { kind: 'path', key: r.key, className, attrs: { d, fill: 'none', ...dash, opacity: round(opacity) }, label };
}
