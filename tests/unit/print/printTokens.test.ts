import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customProperties } from '../../../src/lib/download/cssRules';

/** The custom properties set on :root inside the first `@media <query>` block of a stylesheet. */
function tokensInMedia(css: string, query: string): Map<string, string> {
  const start = css.indexOf(`@media ${query}`);
  if (start < 0) return new Map();
  const root = css.indexOf(':root', start);
  return customProperties(css.slice(css.indexOf('{', root) + 1, css.indexOf('}', root)));
}

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const print = readFileSync('src/styles/print.css', 'utf8');
const paper = tokensInMedia(print, 'print');

describe('print tokens', () => {
  it('leave paper out of the dark theme: every dark rule is for screens only', () => {
    expect(tokensInMedia(tokens, 'screen and (prefers-color-scheme: dark)').size).toBeGreaterThan(10);
    const sheets = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css') || f.endsWith('.astro'));
    const unscoped = sheets.filter((f) => /@media\s*\(prefers-color-scheme:\s*dark\)/.test(readFileSync(join('src', f), 'utf8')));
    expect(unscoped).toEqual([]);
  });

  it('print text black on white', () => {
    expect(paper.get('--ink')).toBe('#000');
    expect(paper.get('--paper')).toBe('#fff');
  });

  it('keep the mark colours apart in greyscale: accents differ in lightness from each other and from the land', () => {
    const lightness = (short: string) => {
      const hex = short.length === 4 ? `#${[...short.slice(1)].map((c) => c + c).join('')}` : short;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
    };
    const L = (k: string) => lightness(paper.get(k)!);
    // Marks that share a graphic must differ by at least 10 L* when printed in grey; every mark stands off the land.
    for (const [a, b] of [['--unrest', '--unrest-strong'], ['--troops', '--troops-strong'], ['--unrest', '--calm'], ['--deaths', '--disputed'], ['--unrest', '--deaths']]) {
      expect(Math.abs(L(a!) - L(b!)), `${a} vs ${b}`).toBeGreaterThanOrEqual(10);
    }
    for (const mark of ['--unrest', '--unrest-strong', '--troops', '--troops-strong', '--deaths', '--calm', '--disputed']) {
      expect(L('--map-home') - L(mark), `${mark} on the land`).toBeGreaterThanOrEqual(20);
    }
  });
});
