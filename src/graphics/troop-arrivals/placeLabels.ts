import type { FrameId } from '../../lib/frames';
import type { RoutePlace } from './projection';

/** Where a place's label sits relative to its dot. */
export interface LabelSpot {
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** Country and city on one line ("Belarus Minsk"), where a second line would sit on the routes. */
  inline?: boolean;
}

type Spots = Partial<Record<RoutePlace, LabelSpot>>;

// Placed by hand for each frame, the way a map editor would, so no label sits on a route, a dot or another label
// (the unit tests check the overlaps).
const phone: Spots = {
  moscow: { dx: 6, dy: 3.5, anchor: 'start' },
  minsk: { dx: 6, dy: 3.5, anchor: 'start' },
  yerevan: { dx: 0, dy: 14, anchor: 'middle' },
  dushanbe: { dx: -6, dy: 3.5, anchor: 'end' },
  bishkek: { dx: -4, dy: 14, anchor: 'end' },
  almaty: { dx: 7, dy: 12, anchor: 'start' },
  nur_sultan: { dx: 0, dy: 13, anchor: 'middle' },
};

const desktop: Spots = {
  moscow: { dx: 7, dy: 4, anchor: 'start', inline: true },
  minsk: { dx: 7, dy: 4, anchor: 'start', inline: true },
  yerevan: { dx: 0, dy: 16, anchor: 'middle' },
  dushanbe: { dx: -7, dy: -5, anchor: 'end' },
  bishkek: { dx: -5, dy: 15, anchor: 'end' },
  almaty: { dx: 8, dy: 13, anchor: 'start' },
  nur_sultan: { dx: 0, dy: -8, anchor: 'middle' },
};

/** The label spot of `place` in a frame; undefined for places labelled elsewhere (the airfields, in the detail box). */
export function labelSpot(frame: FrameId, place: RoutePlace): LabelSpot | undefined {
  return (frame === 'phone' ? phone : desktop)[place];
}
