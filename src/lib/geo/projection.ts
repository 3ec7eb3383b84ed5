import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { Frame } from '../frames';

/** Margins kept free of geography: room for labels at the edges and, on phones, for the passage cards. */
export interface Inset {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * An Albers-type conic equal-area projection centred on Kazakhstan (standard parallels 42°N and 52°N), so areas
 * and the country's shape stay true; Mercator would swell the north. Fitted so `extent` fills the frame.
 */
export function kazakhstanProjection(frame: Frame, extent: Feature<Geometry> | FeatureCollection | MultiPoint, inset: Inset): GeoProjection {
  return geoConicEqualArea()
    .parallels([42, 52])
    .rotate([-67, 0])
    .fitExtent(
      [
        [inset.left, inset.top],
        [frame.width - inset.right, frame.height - inset.bottom],
      ],
      extent as never,
    );
}
