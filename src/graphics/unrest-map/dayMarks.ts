import type { Datasets } from '../../lib/data/datasets';
import type { Frame } from '../../lib/frames';
import { formatShortDate } from '../../lib/format';
import { round, type Mark } from '../../lib/scene';
import { kindStyles } from './eventKinds';
import { labelMarks, leaderMark } from './labelMarks';
import { capitalRing, frameSizes, labelLines } from './mapFrame';
import type { MapGeometry } from './mapGeometry';
import { symbolPath } from './symbolPath';
import { dayPlaces, isCapital, placeName, type DayPlace } from './unrestData';

/** Radius of the small dot of a place with only earlier events. */
export const earlierRadius = (r: number): number => r * 0.6;

/** The tooltip of a place's point: what was reported there that day, or when it last was. */
function tooltip(d: DayPlace, date: string): string {
  if (!d.kind)
    return `${placeName(d.place)}: nothing new reported on ${formatShortDate(date)}; last report ${formatShortDate(d.events.at(-1)!.date)}`;
  return `${placeName(d.place)}, ${formatShortDate(date)}: ${d.kindsToday.map((k) => `${kindStyles[k].phrase}${d.disputedToday.includes(k) ? ' (disputed)' : ''}`).join(', ')}`;
}

/** The point of one place on a day: its gravest kind's shape, or a small grey dot for earlier events only. */
export function placeMark(d: DayPlace, date: string, [x, y]: [number, number], r: number): Mark {
  const shape = d.kind ? kindStyles[d.kind].shape : 'circle';
  const className = d.kind ? `unrest-point unrest-kind-${d.kind}` : 'unrest-point unrest-earlier';
  return {
    kind: 'path',
    key: `place-${d.place.id}`,
    className,
    attrs: { d: symbolPath(shape, x, y, d.kind ? r : earlierRadius(r)) },
    label: tooltip(d, date),
  };
}

/** The capital's ring, drawn in every state so the reader can find it. */
export function capitalMarks(data: Datasets, geo: MapGeometry, r: number): Mark[] {
  const capital = data.places.find(isCapital);
  const at = capital && geo.positions.get(capital.id);
  if (!capital || !at) return [];
  return [
    {
      kind: 'circle',
      key: 'capital-ring',
      className: 'unrest-capital',
      attrs: { cx: round(at[0]), cy: round(at[1]), r: capitalRing(r) },
      label: `${placeName(capital)}, the capital`,
    },
  ];
}

/** The label of a day place, in ink when something was reported that day and muted otherwise. */
export function dayLabelMarks(d: { place: DayPlace['place']; active: boolean }, geo: MapGeometry, frame: Frame): Mark[] {
  const placed = geo.labels.get(d.place.id);
  const at = geo.positions.get(d.place.id);
  if (!placed || !at) return [];
  const cls = `unrest-label${d.active ? '' : ' unrest-label-earlier'}${isCapital(d.place) ? ' unrest-label-capital' : ''}`;
  const size = frameSizes[frame.id].labelSize;
  return [
    ...leaderMark(`leader-${d.place.id}`, placed, at[0], at[1], (geo.points.get(d.place.id)!.x1 - geo.points.get(d.place.id)!.x0) / 2),
    ...labelMarks(
      placed,
      labelLines(d.place, frame).map((text, i) => ({ key: `label-${d.place.id}${i ? `-${i + 1}` : ''}`, text, className: cls, size })),
    ),
  ];
}

/** The points and labels of every place with events on or before `date`, and the capital's ring and label. */
export function dayMarks(data: Datasets, frame: Frame, date: string, geo: MapGeometry): Mark[] {
  const r = frameSizes[frame.id].r;
  const drawn = dayPlaces(data, date).filter((d) => geo.positions.has(d.place.id));
  const capital = data.places.find(isCapital);
  const labelled = drawn.map((d) => ({ place: d.place, active: d.kind !== null }));
  if (capital && !drawn.some((d) => d.place.id === capital.id)) labelled.push({ place: capital, active: false });
  return [
    ...capitalMarks(data, geo, r),
    ...drawn.map((d) => placeMark(d, date, geo.positions.get(d.place.id)!, r)),
    ...labelled.flatMap((d) => dayLabelMarks(d, geo, frame)),
  ];
}
