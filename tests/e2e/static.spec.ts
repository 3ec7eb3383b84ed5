import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { figureCarriers } from '../../src/lib/print/figureCarriers';
import { storyFiles } from '../support/storyFiles';

const steps = storyFiles()
  .filter((f) => !f.path.endsWith('methodology.md'))
  .sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
  .map((f) => ({ slug: f.path.split('/').pop()!.replace(/^\d+-/, '').replace(/\.md$/, ''), chapter: f.path.split('/')[2]!, graphic: f.fields.graphic!, state: f.fields.state! }));
const carriers = figureCarriers(steps);

test('the story page links to the static edition', async ({ page }) => {
  await page.goto('/');
  await page.locator('a[href="/static/"]').first().click();
  await expect(page).toHaveURL(/\/static\/$/);
  await expect(page.locator('h1')).toBeVisible();
});

test('the static edition has no script at all', async ({ page, request }) => {
  const html = await (await request.get('/static/')).text();
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  await page.goto('/static/');
  await expect(page.locator('script')).toHaveCount(0);
});

test('every passage is there in order, with a figure where the sharing rule puts one', async ({ page }) => {
  await page.goto('/static/');
  expect(await page.locator('[data-step]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step))).toEqual(steps.map((s) => s.slug));
  for (const [i, step] of steps.entries()) {
    const el = page.locator(`#step-${step.slug}`);
    await expect(el.locator('p').first()).toBeVisible();
    await expect(el.locator('figure.graphic')).toHaveCount(carriers[i] ? 1 : 0);
    if (carriers[i]) {
      await expect(el.locator('figure.graphic svg:visible')).toHaveCount(1);
      await expect(el.locator('.graphic-desc')).toBeVisible();
      await expect(el.locator('figure.graphic')).toHaveAttribute('data-state', step.state);
    }
  }
  await expect(page.locator('#sources')).toBeVisible();
});

test('base map geometry is defined once and every figure reuses it', async ({ page, request }) => {
  const html = await (await request.get('/static/')).text();
  const story = await (await request.get('/')).text();
  await page.goto('/static/');
  const sprite = await page.evaluate(() => {
    const symbols = [...document.querySelectorAll('symbol')];
    const uses = [...document.querySelectorAll('figure use')].map((u) => u.getAttribute('href') ?? '');
    const paths = symbols.flatMap((s) => [...s.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? ''));
    return { ids: symbols.map((s) => s.id), inSprite: symbols.every((s) => s.closest('svg.sprite')), uses, longest: paths.sort((a, b) => b.length - a.length)[0] ?? '' };
  });
  expect(new Set(sprite.ids).size).toBe(sprite.ids.length);
  expect(sprite.inSprite).toBe(true);
  for (const href of sprite.uses) expect(sprite.ids, href).toContain(href.slice(1));
  if (sprite.longest) expect(html.split(sprite.longest).length - 1).toBe(1);
  test.info().annotations.push({ type: 'size', description: `static edition ${html.length} bytes; story page ${story.length} bytes` });
  expect(html.length).toBeLessThan(story.length);
});

test('the static edition passes axe-core', async ({ page }) => {
  // Every figure's marks and both frames are checked, colour contrast included: slow on a busy machine.
  test.setTimeout(240_000);
  await page.goto('/static/');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
