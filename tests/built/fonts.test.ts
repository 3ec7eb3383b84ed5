import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';
import { expect, test } from 'vitest';
import { inlineStylesheetsOf } from '../../src/integrations/styleHashes.mjs';
import { builtPages, DIST, readPage } from '../support/builtPages';

// The fonts in dist/ are cut to the characters the site uses (src/integrations/subsetFonts.mjs). Checked here:
// no character a built page shows went missing from a face that had it, and the cut files are smaller.
const require = createRequire(import.meta.url);
const ASTRO = join(DIST, '_astro');
// The stylesheets as built: inline in the pages (astro.config.mjs), and any left as files.
const css = [
  ...readdirSync(ASTRO).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(ASTRO, f), 'utf8')),
  ...builtPages().flatMap((page) => inlineStylesheetsOf(readPage(page))),
].join('\n');
// The metric-matched fallbacks (local fonts) have no file to check. Pages share faces, so each file is kept once.
const declared = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].filter(([, body]) => body!.includes('.woff2')).map(([, body]) => ({
  file: body!.match(/url\(\/_astro\/([^)]+\.woff2)\)/)![1]!,
  ranges: (body!.match(/unicode-range:\s*([^;]+)/)?.[1] ?? 'U+0-10FFFF').split(',').map((r) => {
    const [lo, hi = lo] = r.trim().slice(2).split('-');
    return [parseInt(lo!, 16), parseInt(hi!, 16)] as const;
  }),
}));
const faces = [...new Map(declared.map((f) => [f.file, f])).values()];
const shown = new Set<number>();
for (const page of builtPages()) for (const c of readPage(page)) shown.add(c.codePointAt(0)!);

/** The @fontsource file a cut was made from: same face name, before Vite's hash. */
function originalOf(file: string): string {
  const face = file.replace(/\.[\w-]{8}\.woff2$/, '');
  const family = face.match(/^(source-(?:sans-3|serif-4))-/)![1]!;
  return join(require.resolve(`@fontsource/${family}/package.json`), '..', 'files', `${face}.woff2`);
}

test('the built stylesheets name the site’s faces', () => {
  expect(faces.length).toBeGreaterThan(10);
});

test.each(faces.map((f) => [f.file, f] as const))('%s keeps every character the pages show in its range', (file, face) => {
  const cut = create(readFileSync(join(ASTRO, file))) as Font;
  const original = create(readFileSync(originalOf(file))) as Font;
  const inRange = (c: number) => face.ranges.some(([lo, hi]) => c >= lo && c <= hi);
  const needed = [...shown].filter((c) => inRange(c) && original.hasGlyphForCodePoint(c));
  const missing = needed.filter((c) => !cut.hasGlyphForCodePoint(c)).map((c) => String.fromCodePoint(c));
  expect(missing).toEqual([]);
  expect(statSync(join(ASTRO, file)).size).toBeLessThan(statSync(originalOf(file)).size);
});
