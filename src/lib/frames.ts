/** A drawing size. Each graphic is laid out for both and the page shows the one that fits. */
export interface Frame {
  id: FrameId;
  width: number;
  height: number;
  /** Base size of label text in SVG units at this frame. */
  fontSize: number;
  /** The part of the frame a phone's passage card may cover: graphics keep what a step talks about out of it. */
  safeBottom: number;
}

export type FrameId = 'phone' | 'desktop';

/** Phone: a 320-430 px wide stage, the upper part kept clear of passage cards. Desktop: the sticky column. */
export const frames: Record<FrameId, Frame> = {
  phone: { id: 'phone', width: 360, height: 520, fontSize: 12, safeBottom: 150 },
  desktop: { id: 'desktop', width: 720, height: 540, fontSize: 13, safeBottom: 0 },
};

export const frameIds = Object.keys(frames) as FrameId[];
