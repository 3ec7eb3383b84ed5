import { escapeXml } from '../escape';
import { renderMark, renderSymbol } from '../renderSvg';
import type { Scene } from '../scene';
import { wrapText } from './wrapText';

/** The words a downloaded figure carries around its drawing, so it still makes sense away from the page. */
export interface FigureText {
  /** The graphic's id: its stylesheet scopes some rules to [data-graphic]. */
  graphic: string;
  title: string;
  credit: string;
  /** Where the figure comes from: the explainer's URL. */
  url: string;
}

/** Where a standalone figure puts its parts. */
export interface FigureLayout {
  width: number;
  height: number;
  titleLines: string[];
  creditLines: string[];
  sceneY: number;
  footerY: number;
}

const PAD = 16;
const TITLE = { size: 20, lineHeight: 25 };
const CREDIT = { size: 12, lineHeight: 16 };

/** Characters that fit `width` at `size` px: Source Sans 3 averages about half an em a character, a little more to be safe. */
export const charsFor = (width: number, size: number) => Math.floor(width / (size * 0.52));

/** Rules every standalone document needs: its paper and the graphics' typeface; tokens resolve to the light theme. */
export const paperStyleRules = `
text { font-family: var(--font-sans); }
.figure-paper { fill: var(--paper); }
`;

/** Rules for the figure's own words. */
export const figureStyleRules = `${paperStyleRules}
.figure-title { font-family: var(--font-sans); font-weight: 600; font-size: ${TITLE.size}px; fill: var(--ink); }
.figure-credit { font-family: var(--font-sans); font-size: ${CREDIT.size}px; fill: var(--ink-muted); }
`;

/** Title above, source line and URL below, the drawing in between at its own size. */
export function figureLayout(scene: Scene, text: FigureText): FigureLayout {
  const titleLines = wrapText(text.title, charsFor(scene.width - 2 * PAD, TITLE.size));
  const creditLines = [...wrapText(`Source: ${text.credit}`, charsFor(scene.width - 2 * PAD, CREDIT.size)), text.url];
  const sceneY = PAD + titleLines.length * TITLE.lineHeight + 8;
  const footerY = sceneY + scene.height + 8;
  return { width: scene.width, height: footerY + creditLines.length * CREDIT.lineHeight + PAD - 4, titleLines, creditLines, sceneY, footerY };
}

/** SVG text lines, one <text> each, baselines `lineHeight` apart from the first at `y`. */
export function textLines(lines: string[], x: number, y: number, lineHeight: number, className: string): string {
  return lines.map((l, i) => `<text class="${className}" x="${x}" y="${y + i * lineHeight}">${escapeXml(l)}</text>`).join('');
}

/** Where a drawing goes in a document. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The scene's marks in a nested <svg> marked with its graphic, placed and scaled into `box`. */
export function nestedScene(scene: Scene, graphic: string, box: Box): string {
  const { x, y, width, height } = box;
  return (
    `<svg data-graphic="${escapeXml(graphic)}" x="${x}" y="${y}" width="${width}" height="${height}" viewBox="0 0 ${scene.width} ${scene.height}">` +
    `${scene.marks.map((m) => renderMark(m)).join('')}</svg>`
  );
}

/** An SVG document root with title, description, style and the scene's symbols, around `body`. */
export function svgDocument(size: { width: number; height: number }, scene: Scene, desc: string, style: string, body: string): string {
  const defs = scene.symbols?.length ? `<defs>${scene.symbols.map(renderSymbol).join('')}</defs>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${size.height}" width="${size.width}" height="${size.height}" role="img" aria-labelledby="figure-title figure-desc">` +
    `<title id="figure-title">${escapeXml(scene.title)}</title><desc id="figure-desc">${escapeXml(desc)}</desc><style>${style}</style>${defs}` +
    `<rect class="figure-paper" width="${size.width}" height="${size.height}"/>${body}</svg>\n`
  );
}

/** A standalone SVG of one graphic in one state: title, drawing, source line and URL, styled with the light tokens. */
export function figureSvg(scene: Scene, text: FigureText, style: string): string {
  const l = figureLayout(scene, text);
  const body =
    textLines(l.titleLines, PAD, PAD + TITLE.size - 2, TITLE.lineHeight, 'figure-title') +
    nestedScene(scene, text.graphic, { x: 0, y: l.sceneY, width: scene.width, height: scene.height }) +
    textLines(l.creditLines, PAD, l.footerY + CREDIT.size, CREDIT.lineHeight, 'figure-credit');
  return svgDocument(l, scene, `${scene.description} Source: ${text.credit.replace(/\.$/, '')}.`, style, body);
}
