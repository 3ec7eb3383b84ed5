import { Resvg } from '@resvg/resvg-js';
import { GRAPHIC_FONT, siteFontFiles } from './siteFonts';

/**
 * An SVG document as PNG, `scale` times its own size, set in the site's Source Sans 3 and nothing else: system
 * fonts stay unloaded so a build machine without them draws the same picture.
 */
export function renderPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: siteFontFiles(), defaultFontFamily: GRAPHIC_FONT, sansSerifFamily: GRAPHIC_FONT },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
