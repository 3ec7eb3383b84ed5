import type { APIRoute } from 'astro';
import { definitionOf } from '../../../graphics/definitions';
import { statePaths, type GraphicId } from '../../../graphics/index';
import { loadDatasets } from '../../../lib/data/loadDatasets';
import { contentTypes } from '../../../lib/download/downloads';
import { tableCsv } from '../../../lib/download/tableCsv';

export const getStaticPaths = statePaths;

/** The rows behind one figure (its data table) with a column citing their sources. */
export const GET: APIRoute = async ({ params }) => {
  const data = loadDatasets();
  const csv = tableCsv(definitionOf(params.graphic as GraphicId).table(data, params.state!), data.sources);
  return new Response(csv, { headers: { 'Content-Type': `${contentTypes.csv}; charset=utf-8` } });
};
