import type { APIRoute } from 'astro';
import { statePaths, type GraphicId } from '../../../graphics/index';
import { loadDatasets } from '../../../lib/data/loadDatasets';
import { contentTypes, downloadSvg, storyUrl } from '../../../lib/download/downloads';

export const getStaticPaths = statePaths;

/** A standalone SVG of one graphic in one state, with its title, description, source line and light colours. */
export const GET: APIRoute = async ({ params, site }) => {
  const svg = downloadSvg(loadDatasets(), params.graphic as GraphicId, params.state!, storyUrl(site));
  return new Response(svg, { headers: { 'Content-Type': contentTypes.svg } });
};
