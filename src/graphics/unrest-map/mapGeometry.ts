import type { Datasets } from '../../lib/data/datasets';
import type { Place } from '../../lib/data/schemas';
import type { Frame, FrameId } from '../../lib/frames';
import { fitMapLabels, type FittedMapLabel } from '../../lib/geo/fitMapLabels';
import { placeLabels, pointBox, textWidth, type Box, type LabelRequest, type PlacedLabel } from '../../lib/geo/labelPlacement';
import { earlierRadius } from './dayMarks';
import { kindStyles } from './eventKinds';
import { linesSize } from './labelMarks';
import { capitalRing, frameBasemap, frameSizes, labelLines, placePositions } from './mapFrame';
import { stampBox, stampLines } from './stamp';
import { dayDates, stateSpecs, states } from './states';
import { symbolExtent } from './symbolPath';
import { allDayPlaces, dayPlaces, hasCoordinates, isCapital } from './unrestData';

/** Everything about a frame's drawing that is the same in every state: where places and their labels go. */
export interface MapGeometry {
  positions: Map<string, [number, number]>;
  /** Each drawn day place's label, placed once for all day states together. */
  labels: Map<string, PlacedLabel>;
  /** Boxes of every drawn day place's point (and the capital's ring), as large as it is drawn in any day. */
  points: Map<string, Box>;
  /** Country and sea names in the day states (a deaths state moves those its circles would cover). */
  countries: FittedMapLabel[];
  /** The box at the top left that the largest of the states' stamps takes. */
  header: Box;
  /** The part of the frame labels must stay in. */
  bounds: Box;
}

const cache = new WeakMap<Datasets, Map<FrameId, MapGeometry>>();

/** The frame's shared geometry for these datasets (computed once, then reused by every state). */
export function mapGeometry(data: Datasets, frame: Frame): MapGeometry {
  const perFrame = cache.get(data) ?? new Map<FrameId, MapGeometry>();
  cache.set(data, perFrame);
  if (!perFrame.has(frame.id)) perFrame.set(frame.id, computeGeometry(data, frame));
  return perFrame.get(frame.id)!;
}

function computeGeometry(data: Datasets, frame: Frame): MapGeometry {
  const s = frameSizes[frame.id];
  const places = allDayPlaces(data).filter(hasCoordinates);
  const positions = placePositions(data.places, frame);
  const points = new Map(places.map((p) => [p.id, pointBox(...positions.get(p.id)!, pointReach(data, p, s.r))]));
  // One header box for all states, the largest: names placed once must clear every state's stamp.
  const headers = states.map((st) => stampBox(frame, stampLines(data, stateSpecs[st], frame)));
  const header = { x0: 0, y0: 0, x1: Math.max(...headers.map((h) => h.x1)), y1: Math.max(...headers.map((h) => h.y1)) };
  const v = s.viewport;
  const bounds = { x0: v.x + 2, y0: v.y + 2, x1: v.x + v.width - 2, y1: v.y + v.height - 2 };
  const requests = labelRequests(places, positions, points, frame);
  // Country names go first, wherever they fit over their country clear of the points, and if they can, clear of the
  // spots right and left of each place; place names then go around them.
  const beside = requests.flatMap((q) => [
    { x0: q.x + q.r, y0: q.y - q.height / 2, x1: q.x + q.r + q.width + 2, y1: q.y + q.height / 2 },
    { x0: q.x - q.r - q.width - 2, y0: q.y - q.height / 2, x1: q.x - q.r, y1: q.y + q.height / 2 },
  ]);
  const countries = fitMapLabels(frameBasemap(frame).projection, {
    bounds,
    obstacles: [header, ...points.values()],
    avoid: beside,
    fontSize: s.countrySize,
  });
  const placed = placeLabels(requests, { bounds, obstacles: [header, ...countries.map((c) => c.box)], gap: 2 });
  return { positions, labels: new Map(placed.map((l) => [l.id, l])), points, countries, header, bounds };
}

/**
 * The label each place needs, in the order they choose their spots: the capital's long name first, then crowded places,
 * so the few free spots near them are not taken by places with room to spare.
 */
function labelRequests(places: Place[], positions: Map<string, [number, number]>, points: Map<string, Box>, frame: Frame): LabelRequest[] {
  const size = frameSizes[frame.id].labelSize;
  const at = (id: string) => positions.get(id)!;
  const crowding = (p: Place) =>
    places.filter((q) => Math.hypot(at(q.id)[0] - at(p.id)[0], at(q.id)[1] - at(p.id)[1]) < 60).length + (isCapital(p) ? 100 : 0);
  return [...places]
    .sort((a, b) => crowding(b) - crowding(a) || a.id.localeCompare(b.id))
    .map((p) => ({
      id: p.id,
      x: at(p.id)[0],
      y: at(p.id)[1],
      r: (points.get(p.id)!.x1 - points.get(p.id)!.x0) / 2,
      ...linesSize(
        labelLines(p, frame).map((text) => ({ text, size })),
        textWidth,
      ),
    }));
}

/** How far from its centre a place's point reaches in any day state (its largest shape, or the capital's ring), plus its outline. */
function pointReach(data: Datasets, p: Place, r: number): number {
  const reach = dayDates.map((date) => {
    const d = dayPlaces(data, date).find((q) => q.place.id === p.id);
    return !d ? 0 : d.kind ? symbolExtent(kindStyles[d.kind].shape, r) : earlierRadius(r);
  });
  return Math.max(...reach, isCapital(p) ? capitalRing(r) : 0) + 1;
}
