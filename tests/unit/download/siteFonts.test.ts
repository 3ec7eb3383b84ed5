import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fallbackFontFiles, GRAPHIC_FONT, siteFontFiles } from '../../../src/lib/download/siteFonts';
import { woffToSfnt } from '../../../src/lib/download/woffToSfnt';

const require = createRequire(import.meta.url);
const woffPath = require.resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff');

const text = (weight: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="4" y="30" font-family="${GRAPHIC_FONT}" font-weight="${weight}" font-size="24">Almaty 2,030 Алматы</text></svg>`;

/** Ink drawn: the summed alpha of every pixel. */
const ink = (svg: string, fontFiles: string[]) => {
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles } }).render().pixels;
  let sum = 0;
  for (let i = 3; i < pixels.length; i += 4) sum += pixels[i]!;
  return sum;
};

describe('woffToSfnt', () => {
  it('unwraps every table of a WOFF into an OpenType file', () => {
    const woff = readFileSync(woffPath);
    const sfnt = woffToSfnt(woff);
    const numTables = woff.readUInt16BE(12);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(numTables);
    for (let i = 0; i < numTables; i++) {
      const w = 44 + i * 20;
      const [offset, compLength, origLength] = [4, 8, 12].map((d) => woff.readUInt32BE(w + d)) as [number, number, number];
      const raw = woff.subarray(offset, offset + compLength);
      const table = compLength < origLength ? inflateSync(raw) : raw;
      const s = 12 + i * 16;
      expect(sfnt.toString('latin1', s, s + 4)).toBe(woff.toString('latin1', w, w + 4));
      const at = sfnt.readUInt32BE(s + 8);
      expect(sfnt.subarray(at, at + sfnt.readUInt32BE(s + 12)).equals(table)).toBe(true);
    }
  });

  it('refuses a file that is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not at all, not at all, nope'))).toThrow(/not a WOFF/);
  });
});

describe('siteFontFiles', () => {
  it('gives resvg the site\'s font: text draws with it and not without it', () => {
    expect(ink(text(400), [])).toBe(0);
    expect(ink(text(400), siteFontFiles())).toBeGreaterThan(0);
  });

  it('picks the semibold face for font-weight 600', () => {
    const files = siteFontFiles();
    expect(ink(text(600), files)).toBeGreaterThan(ink(text(400), files) * 1.1);
  });
});

describe('fallbackFontFiles', () => {
  it('draws the symbols the site font lacks (≈) from a common system sans-serif', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="4" y="30" font-family="${GRAPHIC_FONT}" font-size="24">≈</text></svg>`;
    expect(fallbackFontFiles().length).toBeGreaterThan(0);
    // Without a fallback resvg draws the missing-glyph box; with one, the symbol itself.
    const box = ink(svg, siteFontFiles().filter((f) => !fallbackFontFiles().includes(f)));
    const symbol = ink(svg, siteFontFiles());
    expect(symbol).toBeGreaterThan(0);
    expect(symbol).not.toBe(box);
  });
});
