import type { APIRoute } from 'astro';
import { graphicIds, graphics, type GraphicId } from '../../graphics/index';
import { loadDatasets } from '../../lib/data/loadDatasets';
import { contentTypes, storyUrl } from '../../lib/download/downloads';
import { socialCardPng } from '../../lib/download/socialCards';

export const getStaticPaths = () => graphicIds.map((graphic) => ({ params: { graphic } }));

/** The social card of one graphic's embed page. */
export const GET: APIRoute = async ({ params, site }) => {
  const graphic = params.graphic as GraphicId;
  const png = socialCardPng(loadDatasets(), graphic, graphics[graphic].title, storyUrl(site));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': contentTypes.png } });
};
