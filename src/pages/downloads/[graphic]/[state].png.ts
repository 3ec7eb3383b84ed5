import type { APIRoute } from 'astro';
import { statePaths, type GraphicId } from '../../../graphics/index';
import { loadDatasets } from '../../../lib/data/loadDatasets';
import { contentTypes, downloadSvg, PNG_SCALE, storyUrl } from '../../../lib/download/downloads';
import { renderPng } from '../../../lib/download/renderPng';

export const getStaticPaths = statePaths;

/** The same figure as the SVG download, as a PNG at twice its size, set in the site's font. */
export const GET: APIRoute = async ({ params, site }) => {
  const svg = downloadSvg(loadDatasets(), params.graphic as GraphicId, params.state!, storyUrl(site));
  return new Response(new Uint8Array(renderPng(svg, PNG_SCALE)), { headers: { 'Content-Type': contentTypes.png } });
};
