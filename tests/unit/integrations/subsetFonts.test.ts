import { describe, expect, test } from 'vitest';
import { BASE_CHARACTERS, charactersOf, renamedFor } from '../../../src/integrations/subsetFonts.mjs';

describe('charactersOf', () => {
  test('keeps every character of the text, and those its numeric entities name', () => {
    const chars = charactersOf('Жанаозен &#8217; &#x2014;');
    for (const c of 'Жанаозен’—') expect(chars.has(c), c).toBe(true);
  });

  test('reads entities beyond the Basic Multilingual Plane', () => {
    expect(charactersOf('&#x1F30D;').has('\u{1F30D}')).toBe(true);
  });
});

describe('renamedFor', () => {
  test('gives the cut file a name from its own content, keeping the face and the format', () => {
    const a = renamedFor('source-sans-3-latin-400-normal.DQi5PRDE.woff2', Buffer.from('a'));
    const b = renamedFor('source-sans-3-latin-400-normal.DQi5PRDE.woff2', Buffer.from('b'));
    expect(a).toMatch(/^source-sans-3-latin-400-normal\.[\w-]{8}\.woff2$/);
    expect(a).not.toBe(b);
    expect(renamedFor('x.DQi5PRDE.woff', Buffer.from('a'))).toMatch(/^x\.[\w-]{8}\.woff$/);
  });

  test('refuses a name that is not a hashed font file, naming it', () => {
    expect(() => renamedFor('font.woff2', Buffer.from('a'))).toThrow(/font\.woff2/);
  });
});

test('every cut keeps printable ASCII, so no number or punctuation a script writes can fall back', () => {
  for (let c = 0x20; c < 0x7f; c++) expect(BASE_CHARACTERS).toContain(String.fromCharCode(c));
});
