import { expect, test } from 'vitest';
import { builtPages, readPage } from '../support/builtPages';

// Astro drops the line break between a sentence and an element that starts the next line of the source, so a
// sentence written on one line and a link on the next run together ("no scripts.Read the …") unless the source
// keeps the space ({' '}).
test.each(builtPages().map((p) => [p.path, p] as const))('%s: no sentence runs into the next element without a space', (_path, page) => {
  const joined = [...readPage(page).matchAll(/[a-z][.;:!?]<(?:a|strong|em|time)\b[^>]*>[^<]{0,20}/g)].map((m) => m[0]);
  expect(joined).toEqual([]);
});
