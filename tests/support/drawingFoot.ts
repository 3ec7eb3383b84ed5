/**
 * How far a drawing's frame runs on below the lowest thing drawn in it, in CSS px (negative: the frame cuts the
 * drawing), and how tall the drawing is seen. Where the drawing is seen to end: its frame may clip it short of its
 * own foot (a cropped phone drawing), or leave room below it (a still embed in a frame taller than it needs). Runs in
 * the page: pass it to `evaluate` on an `svg` locator. It refers to nothing outside itself, since Playwright sends it
 * to the page as source.
 */
export function drawingFoot(svg: SVGSVGElement): { foot: number; height: number } {
  const box = svg.getBBox();
  const { top, bottom, height } = svg.getBoundingClientRect();
  const end = Math.min(bottom, svg.parentElement!.getBoundingClientRect().bottom);
  return { foot: end - (top + ((box.y + box.height) * height) / svg.viewBox.baseVal.height), height: end - top };
}
