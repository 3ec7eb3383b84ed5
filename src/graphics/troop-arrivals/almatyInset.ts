import { geoDistance } from 'd3-geo';
import type { Frame } from '../../lib/frames';
import { kazakhstanProjection } from '../../lib/geo/projection';
import { pointsExtent } from '../../lib/geo/basemap';
import { round, type Mark } from '../../lib/scene';
import { text } from './figureRow';
import type { MapPlace, RoutePlace } from './projection';
import type { Box } from './textMetrics';

const EARTH_KM = 6371;
const SCALE_KM = 20;

/**
 * A detail box for the desktop map: Almaty and the two airfields the Russian flights landed at, 40 km apart and so a
 * few pixels apart on the main map, at their true positions with a scale bar.
 */
export function almatyInset(frame: Frame, box: Box, places: Record<RoutePlace, MapPlace>): Mark[] {
  const ids = ['almaty', 'almaty_airport', 'zhetygen_airfield'] as const;
  const lonLat = (id: RoutePlace): [number, number] => [places[id].place.lon!, places[id].place.lat!];
  const size = frame.fontSize - 3;
  const pad = { top: box.y + 2 * size + 8, left: box.x + 44, right: frame.width - box.x - box.width + 76, bottom: frame.height - box.y - box.height + 22 };
  const projection = kazakhstanProjection(frame, pointsExtent(ids.map(lonLat)), pad);
  const at = (id: RoutePlace) => projection(lonLat(id))!;
  const zhet = places.zhetygen_airfield;
  const marks: Mark[] = [
    { kind: 'line', key: 'inset-leader', className: 'troop-leader', attrs: { x1: round(zhet.x + 2), y1: round(zhet.y - 2), x2: box.x, y2: box.y + box.height } },
    { kind: 'rect', key: 'inset-frame', className: 'troop-inset', attrs: { x: box.x, y: box.y, width: box.width, height: box.height } },
    text('inset-title', 'troop-caption is-bold', box.x + 6, box.y + size + 4, size, 'Landing airfields'),
  ];
  const words: Record<(typeof ids)[number], string> = { almaty: 'Almaty', almaty_airport: 'Almaty airport', zhetygen_airfield: 'Zhetygen' };
  for (const id of ids) {
    const [x, y] = at(id);
    const city = id === 'almaty';
    marks.push({ kind: 'circle', key: `inset-${id}`, className: city ? 'troop-city' : 'troop-airfield', attrs: { cx: round(x), cy: round(y), r: city ? 3.5 : 2.5 }, label: places[id].place.name });
    // The city sits 12 km from the airport: its name goes left of its dot, the airfields' names right of theirs.
    marks.push(text(`inset-${id}-label`, city ? 'troop-place-sub' : 'troop-place-label', city ? x - 6 : x + 5, y + size * 0.35, size, words[id], city ? 'end' : 'start'));
  }
  // Scale bar: the projected length of 10 km east-west at Almaty's latitude.
  const [ax, ay] = at('almaty');
  const east = projection([places.almaty.place.lon! + 1, places.almaty.place.lat!])!;
  const kmPerDegree = geoDistance(lonLat('almaty'), [places.almaty.place.lon! + 1, places.almaty.place.lat!]) * EARTH_KM;
  const px = (Math.hypot(east[0] - ax, east[1] - ay) / kmPerDegree) * SCALE_KM;
  const sx = box.x + 8;
  const sy = box.y + box.height - 8;
  marks.push({ kind: 'path', key: 'inset-scale', className: 'troop-scale', attrs: { d: `M${round(sx)},${round(sy - 3)}V${round(sy)}H${round(sx + px)}V${round(sy - 3)}`, fill: 'none' } });
  marks.push(text('inset-scale-label', 'troop-caption', sx + px + 4, sy, size - 1, `${SCALE_KM} km`));
  return marks;
}
