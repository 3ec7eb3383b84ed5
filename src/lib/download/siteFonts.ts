import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fontNameTable } from './fontNameTable';
import { woffToSfnt } from './woffToSfnt';

/** The family graphics are set in, as the page's @fontsource CSS names it. */
export const GRAPHIC_FONT = 'Source Sans 3';

// Latin for the words, Cyrillic for Kazakh and Russian place names; the weights the graphics use.
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];
const weights = { 400: 'Regular', 600: 'SemiBold' } as const;
const CACHE = join('node_modules', '.cache', 'site-fonts');

// The subsets cover Latin and Cyrillic text but not every symbol (≈ is in none): as on the page, such glyphs come
// from a common sans-serif on the machine. Chromium's Debian package depends on Liberation, so test machines have it.
const FALLBACKS = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/Library/Fonts/Arial Unicode.ttf',
  'C:\\Windows\\Fonts\\arial.ttf',
];

/** System fonts that fill glyphs Source Sans 3's subsets lack, those of them this machine has. */
export function fallbackFontFiles(): string[] {
  return FALLBACKS.filter((f) => existsSync(f));
}

let cached: string[] | undefined;

// @fontsource names each weight as its own family ("Source Sans 3 SemiBold"); renamed so that
// font-weight picks the face, as it does in the browser.
const names = (style: string) =>
  fontNameTable({ 1: GRAPHIC_FONT, 2: 'Regular', 4: `${GRAPHIC_FONT} ${style}`, 6: `SourceSans3-${style}`, 16: GRAPHIC_FONT, 17: style });

/**
 * Paths of TrueType copies of the site's Source Sans 3 faces, unwrapped once from the @fontsource WOFF files into
 * node_modules/.cache, for resvg (which reads TTF/OTF only), then the fallbacks for symbols they lack.
 */
export function siteFontFiles(): string[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = join(require.resolve('@fontsource/source-sans-3/package.json'), '..', 'files');
  mkdirSync(CACHE, { recursive: true });
  const own = subsets.flatMap((subset) =>
    Object.entries(weights).map(([w, style]) => {
      const name = `source-sans-3-${subset}-${w}-normal`;
      const out = join(CACHE, `${name}.ttf`);
      if (!existsSync(out)) writeFileSync(out, woffToSfnt(readFileSync(join(dir, `${name}.woff`)), { name: names(style) }));
      return out;
    }),
  );
  cached = [...own, ...fallbackFontFiles()];
  return cached;
}
