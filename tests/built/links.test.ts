import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtPages, fileForPath, readPage } from '../support/builtPages';

// Absolute URLs on the site's own origin (canonical, og:url, embed snippets) must resolve in dist/ too.
const siteOrigin = new URL(process.env.SITE_URL ?? 'http://127.0.0.1:4321').origin;
const pages = builtPages();

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const idsCache = new Map<string, Set<string>>();
/** The ids in a built file (every id, name on anchors included). */
function idsOf(file: string): Set<string> {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1]!))));
  }
  return idsCache.get(file)!;
}

/** Every URL a page points at: links, scripts, stylesheets, images, frames, SVG <use>. */
const urlsIn = (html: string) =>
  [...html.matchAll(/\s(?:href|src|xlink:href|poster|data)="([^"]*)"/g)].map((m) => decode(m[1]!)).filter((u) => u.length > 0);

/** Why a URL from the page at `pagePath` is broken, or null when it resolves (or leaves the site). */
function problem(url: string, pagePath: string, pageFile: string): string | null {
  if (url === '#') return 'bare "#" link';
  const target = new URL(url, `${siteOrigin}${pagePath}`);
  if (!/^https?:$/.test(target.protocol)) return null;
  if (target.origin !== siteOrigin) return null;
  const file = url.startsWith('#') ? pageFile : fileForPath(target.pathname);
  if (!file) return `no file for ${target.pathname}`;
  const id = decodeURIComponent(target.hash.slice(1));
  if (id && file.endsWith('.html') && !idsOf(file).has(id)) return `no element with id "${id}" in ${file}`;
  return null;
}

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  const urls = urlsIn(readPage(page));

  test('every internal link, anchor and asset resolves', () => {
    const broken = [...new Set(urls)].map((u) => [u, problem(u, page.path, page.file)]).filter(([, p]) => p);
    expect(broken.map(([u, p]) => `${u}: ${p}`)).toEqual([]);
  });
});

test('the story links steps and sources, and each resolves', () => {
  const story = pages.find((p) => p.path === '/')!;
  const urls = urlsIn(readPage(story));
  const sourceLinks = urls.filter((u) => u.startsWith('#source-'));
  expect(sourceLinks.length).toBeGreaterThan(30);
  for (const u of sourceLinks) expect(problem(u, '/', story.file), u).toBeNull();
  const stepIds = [...idsOf(story.file)].filter((id) => id.startsWith('step-'));
  expect(stepIds.length).toBeGreaterThan(10);
  for (const u of urls.filter((x) => x.startsWith('#step-'))) expect(problem(u, '/', story.file), u).toBeNull();
});

test('the checker sees a broken anchor and a missing page', () => {
  const story = pages.find((p) => p.path === '/')!;
  expect(problem('#step-no-such-step', '/', story.file)).toMatch(/no element/);
  expect(problem('/no-such-page/', '/', story.file)).toMatch(/no file/);
  expect(problem('https://example.org/x', '/', story.file)).toBeNull();
  expect(existsSync(story.file)).toBe(true);
});
