import { describe, expect, it } from 'vitest';
import { readDatasets } from '../../src/lib/data/readDatasets';
import { stepSchema } from '../../src/lib/story/schemas';
import { storyFiles } from '../support/storyFiles';

const data = readDatasets();
const excerpts = new Map(data.sources.map((s) => [s.id, s.excerpt]));
const files = storyFiles();
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const LINK = /\[([^\]]+)\]\(#source-([a-z0-9_-]+)\)/g;

// Numbers that are not figures: calendar dates, years, clock times.
const stripNonFigures = (s: string) =>
  s
    .replace(new RegExp(`\\b\\d{1,2}(?:[–-]\\d{1,2})? (?:${months})(?: \\d{4})?`, 'g'), '')
    .replace(new RegExp(`\\b(?:${months}) \\d{4}`, 'g'), '')
    .replace(/\b(?:19|20)\d{2}\b/g, '')
    .replace(/\b\d{1,2}:\d{2}\b/g, '');

const squash = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

describe('the passages', () => {
  it('exist: at least one step per chapter folder', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.filter((f) => !f.path.endsWith('methodology.md')).map((f) => [f.path, f] as const))('%s names a valid graphic and state', (_, f) => {
    const r = stepSchema.safeParse(f.fields);
    expect(r.success, r.error?.message).toBe(true);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s links every figure to a source that states it', (_, f) => {
    for (const [, text, id] of f.body.matchAll(LINK)) {
      const excerpt = excerpts.get(id!);
      expect(excerpt, `unknown source "${id}"`).toBeDefined();
      // Each number in the link text must appear in the excerpt (with or without thousands separators, or as a word).
      for (const n of stripNonFigures(text!).match(/\d[\d,]*/g) ?? []) {
        const plain = n.replace(/,/g, '');
        const stated = excerpt!.includes(n) || excerpt!.replace(/(\d),(\d)/g, '$1$2').includes(plain) || excerpt!.replace(/(\d) (\d{3})/g, '$1$2').includes(plain);
        expect(stated, `${f.path}: "${text}" links to ${id}, whose excerpt does not state ${n}`).toBe(true);
      }
    }
    const unlinked = stripNonFigures(f.body.replace(LINK, '')).match(/\b\d[\d,]*\b/g) ?? [];
    expect(unlinked, `${f.path}: figures without a source link`).toEqual([]);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s quotes only words that a source excerpt contains', (_, f) => {
    const all = [...excerpts.values()].map(squash).join('\n');
    const prose = f.body.replace(LINK, '$1');
    for (const [, quote] of prose.matchAll(/[“"]([^”"]+)[”"]/g)) {
      // The sentence may end inside the quotation marks where the source had a comma: compare without it.
      const words = squash(quote!).replace(/[.,;:!?]+$/, "");
      expect(all.includes(words), `${f.path}: "${quote}" is in no excerpt`).toBe(true);
    }
  });

  it('calls the capital "Nur-Sultan (now Astana)" at its first mention', () => {
    const story = files.filter((f) => !f.path.endsWith('methodology.md')).sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
    const first = story.map((f) => f.body).join('\n').match(/Nur-Sultan[^.]{0,14}/);
    expect(first?.[0]).toMatch(/^Nur-Sultan \(now Astana\)/);
  });
});
