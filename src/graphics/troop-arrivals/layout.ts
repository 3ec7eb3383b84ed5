import type { Datasets } from '../../lib/data/datasets';
import { curlyQuotes } from '../../lib/format';
import type { Frame } from '../../lib/frames';
import type { Basemap } from '../../lib/geo/basemap';
import type { Mark, Scene } from '../../lib/scene';
import { chartMarks } from './chart';
import { describe, titleOf } from './describe';
import { text, textKey } from './figureRow';
import { legendMarks } from './legend';
import { mapNotes, noteMarks, notesBackdrop, ROUTE_NOTE } from './notes';
import { periodWords } from './period';
import { troopBasemap, type MapPlace, type RoutePlace } from './projection';
import { airfieldMarks, placeMarks } from './mapPlaces';
import { almatyInset } from './almatyInset';
import { boxesOverlap, markBox, textBox, type Box } from './textMetrics';
import { regionsFor, type Regions } from './regions';
import { routeMarks } from './routes';
import { siteMarks } from './sites';
import { stateParams, type TroopArrivalsState } from './states';
import { timelineMarks } from './timeline';

// Russia and Kyrgyzstan are named at their capitals; the base map's own labels for them would say it twice.
const NAMED_AT_CAPITALS = new Set(['label-643', 'label-417']);

/** The map states' drawing: base map, routes, places, the state's notes, and the timeline or the guarded sites. */
function mapView(data: Datasets, frame: Frame, state: TroopArrivalsState, r: Regions, base: Basemap, places: Record<RoutePlace, MapPlace>): Mark[] {
  const p = stateParams[state];
  const [kx, ky] = base.projection([67, 47.6])!;
  const panelTop = r.timeline.y - 8;
  const drawn: Mark[] = [
    text('label-kazakhstan', 'map-label map-label-home is-bold', kx, ky, frame.fontSize, 'KAZAKHSTAN', 'middle'),
    ...routeMarks(data, places, p, frame.id === 'phone' ? 5 : 6),
    ...airfieldMarks(places),
    ...placeMarks(data, frame, places, state),
    ...(r.inset ? almatyInset(frame, r.inset, places) : []),
  ];
  // Phones stack the route note under the state's notes, below the part a passage card may cover; desktops keep it by the map.
  const blocks =
    frame.id === 'phone'
      ? [noteMarks('note', [...mapNotes(data, state), ROUTE_NOTE], frame, r.note)]
      : [noteMarks('note', mapNotes(data, state), frame, r.note), noteMarks('route-note', [ROUTE_NOTE], frame, r.routeNote)];
  const notes = blocks.flat();
  return [
    { kind: 'use', key: 'basemap', attrs: { href: `#${base.symbol.id}`, x: 0, y: 0, width: frame.width, height: frame.height } },
    ...baseLabels(base, [...drawn, ...notes], r),
    ...blocks.flatMap((b, i) => notesBackdrop(`note-backdrop-${i}`, b)),
    ...drawn,
    { kind: 'rect', key: 'panel', className: 'troop-panel', attrs: { x: 0, y: panelTop, width: frame.width, height: frame.height - panelTop } },
    ...(state === 'guarded' ? siteMarks(data, frame, r.timeline) : timelineMarks(data, frame, state, r.timeline)),
    ...notes,
  ];
}

/** The base map's country and sea names that collide with nothing this graphic draws. */
function baseLabels(base: Basemap, own: Mark[], r: Regions): Mark[] {
  const taken = own.map(markBox).filter((b): b is Box => b !== null);
  if (r.inset) taken.push(r.inset);
  return base.labels.filter((l) => !NAMED_AT_CAPITALS.has(l.key) && !taken.some((b) => boxesOverlap(textBox(l), b, -2)));
}

/** Pure: the troop graphic in one state at one frame. */
export function layout(data: Datasets, frame: Frame, state: TroopArrivalsState): Scene {
  const r = regionsFor(frame);
  const p = stateParams[state];
  const words = periodWords(data, state);
  const stamp = text(textKey('stamp', words), 'troop-stamp is-bold', 12, 18, frame.fontSize, words);
  if (p.view === 'chart') {
    return {
      width: frame.width,
      height: frame.height,
      title: curlyQuotes(titleOf(data, state)),
      description: curlyQuotes(describe(data, state)),
      marks: [...chartMarks(data, frame, r.chart), ...legendMarks(frame, r.key)],
    };
  }
  const { base, places } = troopBasemap(data, frame);
  return {
    width: frame.width,
    height: frame.height,
    title: curlyQuotes(titleOf(data, state)),
    description: curlyQuotes(describe(data, state)),
    marks: [...mapView(data, frame, state, r, base, places), stamp],
    symbols: [base.symbol],
  };
}
