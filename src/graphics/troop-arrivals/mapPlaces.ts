import type { Datasets } from '../../lib/data/datasets';
import type { Contingent } from '../../lib/data/schemas';
import type { Frame } from '../../lib/frames';
import { round, type Mark } from '../../lib/scene';
import { textKey } from './figureRow';
import { labelSpot } from './placeLabels';
import { textWidth } from './textMetrics';
import { dayRange } from './period';
import type { MapPlace, RoutePlace } from './projection';
import { leftByRoad } from './routes';
import type { TroopArrivalsState } from './states';

/** Dots and labels for the contributing capitals (with the days their troops left, in the withdrawal), Almaty and Nur-Sultan. */
export function placeMarks(data: Datasets, frame: Frame, places: Record<RoutePlace, MapPlace>, state: TroopArrivalsState): Mark[] {
  const marks: Mark[] = [];
  const size = frame.fontSize - 1;
  for (const c of data.troopContingents) {
    const id = c.capital as RoutePlace;
    const p = places[id];
    marks.push(dot(`place-${id}`, 'troop-capital', p, 3, `${p.place.name}, capital of ${c.country}`));
    // Phones name the countries only; desktops add the capital, or in the withdrawal the days the troops left.
    const sub = state === 'withdrawal' ? departureWords(c) : p.place.name;
    marks.push(...label(frame, id, p, frame.id === 'phone' ? [c.country] : [c.country, sub], size));
  }
  const almaty = places.almaty;
  marks.push(dot('place-almaty', 'troop-city', almaty, 3.5, 'Almaty'));
  marks.push(...label(frame, 'almaty', almaty, ['Almaty'], size));
  const nur = places.nur_sultan;
  marks.push(dot('place-nur_sultan', 'troop-city', nur, 3, `${nur.place.name} (now ${nur.place.nameCurrent})`));
  marks.push(...label(frame, 'nur_sultan', nur, [nur.place.name], size));
  return marks;
}

/** "left 14 Jan", "left 13–19 Jan", "left 14 Jan by road". */
export function departureWords(c: Contingent): string {
  const [a, b] = [c.withdrawalStartDate, c.withdrawalEndDate];
  if (!a) return 'departure not reported';
  return `left ${dayRange(a, b ?? a)}${leftByRoad(c.id) ? ' by road' : ''}`;
}

/** The two airfields where Russian flights landed, drawn at their true positions. */
export function airfieldMarks(places: Record<RoutePlace, MapPlace>): Mark[] {
  return (['almaty_airport', 'zhetygen_airfield'] as const).map((id) => dot(`place-${id}`, 'troop-airfield', places[id], 2, places[id].place.name));
}

function dot(key: string, className: string, p: { x: number; y: number }, r: number, label: string): Mark {
  return { kind: 'circle', key, className, attrs: { cx: round(p.x), cy: round(p.y), r }, label };
}

/** A bold first line (the country, or the city when it is the only line) and a lighter second line. */
function label(frame: Frame, id: RoutePlace, p: MapPlace, lines: string[], size: number): Mark[] {
  const spot = labelSpot(frame.id, id);
  if (!spot) return [];
  return lines.map((text, i) => {
    const x = p.x + spot.dx + (spot.inline && i > 0 ? textWidth(lines[0]!, size, true) + 5 : 0);
    const y = p.y + spot.dy + (spot.inline ? 0 : i * (size + 1));
    return {
      kind: 'text',
      key: textKey(`place-label-${id}-${i}`, text),
      className: i === 0 ? 'troop-place-label is-bold' : 'troop-place-label troop-place-sub',
      attrs: { x: round(x), y: round(y), 'text-anchor': spot.anchor, 'font-size': i === 0 ? size : size - 1 },
      text,
    };
  });
}
