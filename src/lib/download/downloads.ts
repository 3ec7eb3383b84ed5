import { definitionOf } from '../../graphics/definitions';
import type { GraphicId } from '../../graphics/index';
import type { Datasets } from '../data/datasets';
import { frames } from '../frames';
import type { Scene } from '../scene';
import { figureLayout, figureStyleRules, figureSvg, type FigureText } from './figureSvg';
import { graphicSheets } from './graphicSheets';
import { lightTokens, sceneClasses, standaloneStyle } from './standaloneStyle';

/** The file formats each figure can be downloaded in. */
export const downloadFormats = ['svg', 'png', 'csv'] as const;
export type DownloadFormat = (typeof downloadFormats)[number];

/** Content types the site serves downloads with. */
export const contentTypes: Record<DownloadFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  csv: 'text/csv',
};

/** PNGs are drawn at twice the SVG's size, sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/** Downloads are drawn in the desktop frame: the one sized for a page or a slide. */
export const downloadFrame = frames.desktop;

/** Stable URL of a figure's download: /downloads/<graphic>/<state>.<format>. */
export function downloadHref(graphic: GraphicId, state: string, format: DownloadFormat): string {
  return `/downloads/${graphic}/${state}.${format}`;
}

/** The name a saved file gets, meaningful in a downloads folder. */
export function downloadName(graphic: GraphicId, state: string, format: DownloadFormat): string {
  return `kazakhstan-2022-${graphic}-${state}.${format}`;
}

/** The drawing, title and source line of one figure, as a download shows them. */
export function downloadFigure(data: Datasets, graphic: GraphicId, state: string, url: string): { scene: Scene; text: FigureText } {
  const def = definitionOf(graphic);
  const scene = def.scene(data, state, downloadFrame);
  return { scene, text: { graphic, title: scene.title, credit: def.credit(data, state).text, url } };
}

/** Size in pixels of a figure's PNG download. */
export function pngSize({ scene, text }: { scene: Scene; text: FigureText }): { width: number; height: number } {
  const l = figureLayout(scene, text);
  return { width: Math.round(l.width * PNG_SCALE), height: Math.round(l.height * PNG_SCALE) };
}

let sheets: ReturnType<typeof graphicSheets> | undefined;
/** A <style> body for a standalone file showing `scene`, with `extra` rules: the graphics' CSS in light tokens. */
export function styleFor(scene: Scene, extra: string): string {
  sheets ??= graphicSheets();
  const classes = new Set([...sceneClasses(scene), ...[...extra.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!)]);
  return standaloneStyle(sheets.sheets, lightTokens(sheets.tokens), classes, extra);
}

/** The standalone SVG document of one figure. */
export function downloadSvg(data: Datasets, graphic: GraphicId, state: string, url: string): string {
  const { scene, text } = downloadFigure(data, graphic, state, url);
  return figureSvg(scene, text, styleFor(scene, figureStyleRules));
}

/** The explainer's absolute URL, printed on every downloaded figure. */
export function storyUrl(site: URL | undefined): string {
  return new URL('/', site ?? 'http://localhost/').href;
}
