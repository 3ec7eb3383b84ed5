import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, datasetNames, datasetSpecs, type DatasetName, type Datasets } from './datasets';
import { validateDatasets } from './validateDatasets';

/** Reads every dataset from `root`/content/data and validates it (build time and tests; never in the browser). */
export function readDatasets(root = process.cwd()): Datasets {
  const raw = Object.fromEntries(
    datasetNames.map((n) => {
      const path = join(root, DATA_DIR, datasetSpecs[n].file);
      try {
        return [n, JSON.parse(readFileSync(path, 'utf8'))];
      } catch (e) {
        throw new Error(`${DATA_DIR}/${datasetSpecs[n].file}: cannot be read as JSON (${(e as Error).message})`);
      }
    }),
  ) as Record<DatasetName, unknown>;
  return validateDatasets(raw);
}

let cached: Datasets | undefined;
/** The validated datasets, read once per process. */
export function datasets(): Datasets {
  cached ??= readDatasets();
  return cached;
}
