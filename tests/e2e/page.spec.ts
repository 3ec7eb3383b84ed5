import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { frames, openStory } from '../support/scrollyPage';
import { storyFiles } from '../support/storyFiles';

// The reading order the editors wrote: chapters from chapters.json, steps by folder and file number.
const chapters = JSON.parse(readFileSync('content/story/chapters.json', 'utf8')) as { id: string; title: string }[];
const stepSlugs = storyFiles()
  .filter((f) => !f.path.endsWith('methodology.md'))
  .map((f) => f.path)
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  .map((p) => p.split('/').pop()!.replace(/^\d+-/, '').replace(/\.md$/, ''));

test('the page loads with no console error and no failed request', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  expect(problems).toEqual([]);
});

test('every chapter and step is present, in order', async ({ page }) => {
  await page.goto('/');
  const chapterIds = await page.locator('section.chapter').evaluateAll((els) => els.map((e) => e.id));
  expect(chapterIds).toEqual(chapters.map((c) => `chapter-${c.id}`));
  const steps = await page.locator('[data-step]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step));
  expect(steps).toEqual(stepSlugs);
  for (const slug of stepSlugs) {
    const step = page.locator(`#step-${slug}`);
    await expect(step).toHaveAttribute('data-graphic', /.+/);
    await expect(step).toHaveAttribute('data-state', /.+/);
  }
});

test('the sources section lists every source the page refers to', async ({ page }) => {
  await page.goto('/');
  const referenced = await page.locator('a[href*="#source-"]').evaluateAll((els) => [...new Set(els.map((a) => (a as HTMLAnchorElement).hash.slice(1)))]);
  expect(referenced.length).toBeGreaterThan(30);
  const listed = new Set(await page.locator('#sources li[id^="source-"]').evaluateAll((els) => els.map((e) => e.id)));
  expect(referenced.filter((id) => !listed.has(id))).toEqual([]);
});

// The sources are laid out only as the reader nears them, and a font file that arrives then relays the whole page.
test('the fonts the sources need are fetched after load, so scrolling through them fetches none', async ({ page }) => {
  await openStory(page);
  // Their titles and excerpts in Russian and Kazakh need the Cyrillic files, which no text above the sources uses.
  await expect.poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Source Sans 3') && f.status === 'loaded' && /U\+400\b/.test(f.unicodeRange)))).toBe(true);
  await page.evaluate(() => document.fonts.ready);
  const fetched: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fetched.push(r.url()));
  for (const list of await page.locator('.sources ol').all()) {
    await list.scrollIntoViewIfNeeded();
    await frames(page);
  }
  await page.evaluate(() => document.fonts.ready);
  expect(fetched).toEqual([]);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every passage and its figure is visible, in order (one figure for steps that share a state)', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toBeVisible();
    for (const slug of stepSlugs) {
      const step = page.locator(`#step-${slug}`);
      await step.scrollIntoViewIfNeeded();
      await expect(step.locator('p').first()).toBeVisible();
      // A step in the same state as the one before shares that step's figure.
      const shared = (await step.getAttribute('data-figure')) === 'shared';
      await expect(step.locator('figure.graphic svg:visible')).toHaveCount(shared ? 0 : 1);
    }
    await expect(page.locator('#sources')).toBeVisible();
  });
});
