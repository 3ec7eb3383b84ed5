import { describe, expect, it } from 'vitest';
import { frames } from '../../../src/lib/frames';
import { drawingEndIn, safeLineIn } from '../../../src/scrolly/viewportMetrics';

const { width, height, safeBottom } = frames.phone;

describe('the safe line inside the stage SVG box', () => {
  it('is the frame height less the coverable band, scaled, when the box fits the frame', () => {
    expect(safeLineIn({ top: 10, width, height })).toBe(10 + height - safeBottom);
    expect(safeLineIn({ top: 0, width: width / 2, height: height / 2 })).toBe((height - safeBottom) / 2);
  });

  it('allows for the drawing being centred in a box taller or wider than it', () => {
    // Twice as tall as the drawing: the drawing sits in the middle.
    expect(safeLineIn({ top: 0, width, height: height * 2 })).toBe(height / 2 + height - safeBottom);
    // Twice as wide: the drawing fills the height.
    expect(safeLineIn({ top: 0, width: width * 2, height })).toBe(height - safeBottom);
  });
});

describe('the end of the drawing inside the stage SVG box', () => {
  it('is the foot of the band a card may cover, scaled and centred as the drawing is', () => {
    expect(drawingEndIn({ top: 10, width, height })).toBe(10 + height);
    expect(drawingEndIn({ top: 0, width: width / 2, height: height / 2 })).toBe(height / 2);
    expect(drawingEndIn({ top: 0, width, height: height * 2 })).toBe(height / 2 + height);
    expect(drawingEndIn({ top: 0, width, height }) - safeLineIn({ top: 0, width, height })).toBe(safeBottom);
  });
});
