import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { loadDatasets } from '../../lib/data/loadDatasets';
import { contentTypes, storyUrl } from '../../lib/download/downloads';
import { socialCardPng, storyCardGraphic } from '../../lib/download/socialCards';

/** The explainer's social card: its headline beside the map of the unrest. */
export const GET: APIRoute = async ({ site }) => {
  const meta = (await getEntry('storyMeta', 'story'))!.data;
  const png = socialCardPng(loadDatasets(), storyCardGraphic, meta.headline, storyUrl(site));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': contentTypes.png } });
};
