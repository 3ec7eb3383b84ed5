import type { Frame } from '../../lib/frames';

/** Where the chart sits in a frame; on phones it ends above the band that passage cards may cover. */
export interface PlotBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Share of the width given to January on a broken axis, and the gap at the break. */
  januaryShare: number;
  gap: number;
  /** Text sizes: labels, small notes and the headline figure. */
  font: number;
  small: number;
  big: number;
  /** Where the legend and notes start (below the axis labels). */
  legendTop: number;
}

/** The chart area of a frame. */
export function plotBox(frame: Frame): PlotBox {
  if (frame.id === 'phone') {
    return { left: 36, right: frame.width - 14, top: 104, bottom: 322, januaryShare: 0.38, gap: 12, font: 12, small: 11, big: 30, legendTop: frame.height - frame.safeBottom + 8 };
  }
  return { left: 48, right: frame.width - 24, top: 112, bottom: 456, januaryShare: 0.5, gap: 16, font: 13, small: 12, big: 36, legendTop: 500 };
}
