import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { datasetNames, datasetSpecs, type DatasetName } from './lib/data/datasets';
import { readDatasets } from './lib/data/readDatasets';
import { chapterSchema, storyMetaSchema, stepSchema } from './lib/story/schemas';

// Datasets are validated together (ids cross-reference each other), so one loader reads and checks them all and
// each collection takes its share. A problem anywhere fails the build with file, entry, field and reason, before any
// page is built, and the dev server watches the files. Pages read the files themselves (src/lib/data/loadDatasets.ts),
// since the store does not keep the entries' order.
function datasetLoader(name: DatasetName): Loader {
  return {
    name: `dataset:${name}`,
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(`content/data/${datasetSpecs[name].file}`);
      const data = readDatasets();
      store.clear();
      for (const entry of data[name] as { id: string }[]) {
        store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry as Record<string, unknown> }) });
      }
    },
  };
}

const datasetCollections = Object.fromEntries(
  datasetNames.map((n) => [n, defineCollection({ loader: datasetLoader(n), schema: datasetSpecs[n].schema })]),
) as { [K in DatasetName]: ReturnType<typeof defineCollection> };

const storyMeta = defineCollection({
  loader: {
    name: 'story-meta',
    load: async ({ store, parseData }) => {
      const raw = JSON.parse(readFileSync('content/story/meta.json', 'utf8')) as Record<string, unknown>;
      store.clear();
      store.set({ id: 'story', data: await parseData({ id: 'story', data: raw }) });
    },
  },
  schema: storyMetaSchema,
});

export const collections = {
  ...datasetCollections,
  storyMeta,
  chapters: defineCollection({ loader: file('content/story/chapters.json'), schema: chapterSchema }),
  // Steps live one a file in a folder per chapter: content/story/01-spark/01-price-rise.md
  steps: defineCollection({ loader: glob({ pattern: '*/*.md', base: './content/story' }), schema: stepSchema }),
  notes: defineCollection({ loader: glob({ pattern: 'methodology.md', base: './content/story' }), schema: z.object({}) }),
};
