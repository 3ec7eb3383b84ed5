import { round } from '../../lib/scene';

/**
 * Diagonal hatching for a rectangle, as one path of segments clipped to it. Drawn as plain strokes rather than an SVG
 * pattern so it needs no ids, prints, follows the colour scheme through CSS, and works inside symbols and downloads.
 */
export function hatchPath(x: number, y: number, width: number, height: number, gap = 4): string {
  const parts: string[] = [];
  // Lines of slope -1 (rising to the right): x + y = k, for k stepping across the box.
  for (let k = x + y + gap / 2; k < x + width + y + height; k += gap) {
    const x0 = Math.max(x, k - (y + height));
    const x1 = Math.min(x + width, k - y);
    if (x1 - x0 < 0.3) continue;
    parts.push(`M${round(x0)},${round(k - x0)}L${round(x1)},${round(k - x1)}`);
  }
  return parts.join('');
}
