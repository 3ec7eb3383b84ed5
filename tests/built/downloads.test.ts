import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { definitionOf } from '../../src/graphics/definitions';
import { statePaths } from '../../src/graphics/index';
import { readDatasets } from '../../src/lib/data/readDatasets';
import { downloadSvg, storyUrl } from '../../src/lib/download/downloads';
import { tableCsv } from '../../src/lib/download/tableCsv';
import { DIST } from '../support/builtPages';

// The unit tests and SVG snapshots check the layouts on the data files as written. The build must draw from the
// same data in the same order (same-day releases keep the order they came out in), so every built download is
// compared with what the layouts give for the files.
const data = readDatasets();
const site = new URL(readFileSync(join(DIST, 'index.html'), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)![1]!);

test.each(statePaths().map(({ params }) => [params.graphic, params.state] as const))('%s, %s: the built CSV and SVG are what the layouts draw from the data files', (graphic, state) => {
  const built = (format: string) => readFileSync(join(DIST, 'downloads', graphic, `${state}.${format}`), 'utf8');
  expect(built('csv')).toBe(tableCsv(definitionOf(graphic).table(data, state), data.sources));
  expect(built('svg')).toBe(downloadSvg(data, graphic, state, storyUrl(site)));
});
