import { HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { builtPages, readPage } from '../support/builtPages';

// What Astro emits is held to the recommended rules. Exceptions (tests/htmlvalidate.json): the reading progress is
// a div with role="progressbar", as a native <progress> cannot say "step 3 of 29" (aria-valuetext); a scrolling box
// is a focusable div with role="region", the usual pattern; title length is off, as it matters only in search
// results and the long titles are the embed pages', which are noindex.
const validator = new HtmlValidate(JSON.parse(readFileSync(new URL('../htmlvalidate.json', import.meta.url), 'utf8')));
const pages = builtPages();

test.each(pages.map((p) => [p.path, p] as const))('%s is valid HTML', async (_path, page) => {
  const report = await validator.validateString(readPage(page), page.file);
  const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`));
  expect(problems).toEqual([]);
});
