import { getCollection } from 'astro:content';
import { datasetNames, type Datasets } from './datasets';

/** Every dataset from the content layer (already validated by its loader), for pages and components. */
export async function loadDatasets(): Promise<Datasets> {
  const entries = await Promise.all(datasetNames.map(async (n) => [n, (await getCollection(n)).map((e) => e.data)] as const));
  return Object.fromEntries(entries) as unknown as Datasets;
}
