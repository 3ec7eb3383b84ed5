import type { Datasets } from '../../lib/data/datasets';
import type { Frame } from '../../lib/frames';
import { formatCount } from '../../lib/format';
import { fitMapLabels } from '../../lib/geo/fitMapLabels';
import { boxesOverlap, placeLabels, pointBox, textWidth, type Box } from '../../lib/geo/labelPlacement';
import { round, type Mark } from '../../lib/scene';
import { capitalMarks, dayLabelMarks, earlierRadius } from './dayMarks';
import { deathsCircles, type DeathsCircle } from './deathsCircles';
import { labelMarks, leaderMark, linesSize } from './labelMarks';
import { frameBasemap, frameSizes } from './mapFrame';
import type { MapGeometry } from './mapGeometry';
import { dayDates } from './states';
import { symbolPath } from './symbolPath';
import { cityOf, dayPlaces, isCapital, placeName, type DayPlace } from './unrestData';

// Searching for a spot that does not exist is slow, so each frame's answer is kept (keyed by what it avoids).
const around = new WeakMap<MapGeometry, Map<string, Mark[]>>();

/** The day states' country names, those that circles or their labels would cover moved elsewhere or, failing that, left out. */
function countriesAround(geo: MapGeometry, frame: Frame, used: Box[]): Mark[] {
  const memo = around.get(geo) ?? new Map<string, Mark[]>();
  around.set(geo, memo);
  const key = JSON.stringify(used);
  if (!memo.has(key)) memo.set(key, fitAround(geo, frame, used));
  return memo.get(key)!;
}

function fitAround(geo: MapGeometry, frame: Frame, used: Box[]): Mark[] {
  const covered = (box: Box) => used.some((u) => boxesOverlap(box, u));
  const kept = geo.countries.filter((c) => !covered(c.box));
  const ids = [...new Set(geo.countries.filter((c) => covered(c.box)).map((c) => String(c.mark.key).replace(/^label-|-\d+$/g, '')))];
  const moved = ids.length
    ? fitMapLabels(frameBasemap(frame).projection, {
        bounds: geo.bounds,
        obstacles: [...used, ...kept.map((c) => c.box)],
        fontSize: frameSizes[frame.id].countrySize,
        ids,
      })
    : [];
  return [...kept, ...moved].map((c) => c.mark);
}

/** Grey dots for the other places with unrest, so the reader sees where the statement gave no figure. */
function otherDots(others: DayPlace[], geo: MapGeometry, r: number): Mark[] {
  return others.map((d) => {
    const [x, y] = geo.positions.get(d.place.id)!;
    return {
      kind: 'path',
      key: `place-${d.place.id}`,
      className: 'unrest-point unrest-earlier',
      attrs: { d: symbolPath('circle', x, y, earlierRadius(r)) },
      label: `${placeName(d.place)}: no figure by city`,
    };
  });
}

/** Proportional circles for the deaths by city in one report, each labelled with its name and number. */
export function deathsMarks(data: Datasets, frame: Frame, reportId: string, geo: MapGeometry): Mark[] {
  const s = frameSizes[frame.id];
  const circles = deathsCircles(data, frame, reportId, geo.positions);
  const named = new Set(circles.map((c) => c.place));
  const others = dayPlaces(data, dayDates.at(-1)!).filter((d) => !named.has(cityOf(d.place.id)) && geo.positions.has(d.place.id));
  const capital = data.places.find(isCapital);
  const name = (id: string) => placeName(data.places.find((p) => p.id === id)!);
  const lines = (c: DeathsCircle) => [
    { key: `label-${c.place}`, text: name(c.place), className: 'unrest-label', size: s.labelSize },
    { key: `deaths-${c.place}-value`, text: formatCount(c.killed), className: 'unrest-deaths-value', size: s.labelSize + 2 },
  ];
  const capitalLabel = capital ? geo.labels.get(capital.id) : undefined;
  const obstacles = [geo.header, ...others.map((d) => geo.points.get(d.place.id)!), ...(capitalLabel ? [capitalLabel.box] : [])];
  const placed = placeLabels(
    circles.map((c) => ({ id: c.place, x: c.x, y: c.y, r: c.r, ...linesSize(lines(c), textWidth) })),
    { bounds: geo.bounds, obstacles, gap: 3 },
  );
  const used = [...obstacles, ...circles.map((c) => pointBox(c.x, c.y, c.r)), ...placed.map((p) => p.box)];
  return [
    ...countriesAround(geo, frame, used),
    ...otherDots(others, geo, s.r),
    ...(capital ? [...capitalMarks(data, geo, s.r), ...dayLabelMarks({ place: capital, active: false }, geo, frame)] : []),
    ...circles.map((c): Mark => ({
      kind: 'circle',
      key: `deaths-${c.place}`,
      className: 'unrest-deaths',
      attrs: { cx: round(c.x), cy: round(c.y), r: round(c.r) },
      label: `${name(c.place)}: ${formatCount(c.killed)} deaths`,
    })),
    ...placed.flatMap((p, i) => [
      ...leaderMark(`leader-${p.id}`, p, circles[i]!.x, circles[i]!.y, circles[i]!.r),
      ...labelMarks(p, lines(circles[i]!)),
    ]),
  ];
}
