import type { Datasets } from './datasets';
import { readDatasets } from './readDatasets';

/**
 * Every dataset, for pages and endpoints, in the order of its file. The order carries meaning (releases of the same
 * day are listed in the order they came out) and Astro's content store does not keep it: it hands entries back
 * sorted by id. So pages read the files themselves, as the tests do, afresh on each call (a few milliseconds) so
 * that the dev server shows an edit at once. The content collections still check the files before any page is built.
 */
export const loadDatasets = (): Datasets => readDatasets();
