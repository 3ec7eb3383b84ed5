import { expect, test } from '@playwright/test';
import { axeViolations, axeViolationsIn } from '../support/axeCheck';
import { openStory } from '../support/scrollyPage';
import { scrollToStep, waitSettled } from '../support/storyDriver';

// The narrowest phone (320 px): the story once more under axe, whole, and at the first step of each graphic run,
// where a new graphic takes the stage. accessibility.spec.ts checks every state and page at 390 and 1280 px.
test('the story at 320 px, whole and at the first step of each graphic run', async ({ page }) => {
  test.setTimeout(300_000);
  await openStory(page);
  await waitSettled(page);
  const found = [
    ...(await axeViolations(page, { withoutContrast: true })).map((v) => `whole page: ${v}`),
    ...(await axeViolationsIn(page, ['.story-header'])).map((v) => `header: ${v}`),
  ];
  const firsts = await page.$$eval('[data-run]', (runs) => runs.map((r) => (r.querySelector('[data-step]') as HTMLElement).dataset.step ?? ''));
  expect(firsts.length).toBeGreaterThan(3);
  for (const slug of firsts) {
    await scrollToStep(page, slug);
    found.push(...(await axeViolationsIn(page, [`#step-${slug}`, `[data-run]:has(#step-${slug}) [data-settled]`])).map((v) => `#step-${slug}: ${v}`));
  }
  await page.locator('#sources').evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
  found.push(...(await axeViolationsIn(page, ['#sources'])).map((v) => `sources: ${v}`));
  expect([...new Set(found)]).toEqual([]);
});
