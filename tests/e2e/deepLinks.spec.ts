import { expect, test } from '@playwright/test';
import { frames, judge, openStory, recordSteps, recorded, scrollSettled, stepList } from '../support/scrollyPage';

const stageOf = (id: string) => `[data-run]:has(#${id}) scene-graphic`;

test('a step link opens on that step, its graphic set straight to the state', async ({ page }) => {
  await recordSteps(page);
  await openStory(page, '/#step-retracted-figure');
  await scrollSettled(page);
  await frames(page);
  expect(await judge(page)).toMatchObject({ actual: 'step-retracted-figure', expected: 'step-retracted-figure' });
  const stage = page.locator(stageOf('step-retracted-figure'));
  await expect(stage).toHaveAttribute('data-state', 'retracted');
  await expect(stage).toHaveAttribute('data-settled', 'true');
  await expect(page.locator('#step-retracted-figure .step-text')).toBeInViewport();
  const { stepEvents, stateChanges } = await recorded(page);
  // One event, instant; the stage went from its first state to this one with nothing in between.
  expect(stepEvents).toEqual([expect.objectContaining({ graphic: 'casualty-tally', state: 'retracted', instant: true })]);
  expect(stateChanges.filter((c) => c.startsWith('run-toll-1:'))).toEqual(['run-toll-1:retracted']);
});

test('scrolling through the whole story updates the hash without adding to history', async ({ page }) => {
  await openStory(page);
  const length = await page.evaluate(() => history.length);
  const steps = await stepList(page);
  for (const { id } of steps.filter((_, i) => i % 4 === 0)) {
    await page.evaluate((s) => document.getElementById(s)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
  }
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -1500);
  await scrollSettled(page);
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('jumping over steps skips the animation; moving one step animates', async ({ page }) => {
  await recordSteps(page);
  await openStory(page, '/#step-price-cut');
  await page.evaluate(() => document.getElementById('step-solidarity-rallies')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-solidarity-rallies');
  await page.evaluate(() => document.getElementById('step-armour-on-the-square')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-armour-on-the-square');
  const events = (await recorded(page)).stepEvents.map((e) => [e.index, e.instant]);
  expect(events).toEqual([[3, true], [4, false], [9, true]]);
});

test('the copy-link control copies the step address', async ({ page, context, browserName }, info) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(info.project.use.baseURL ?? 'http://127.0.0.1').origin });
  await openStory(page, '/?mode=scroll#step-airport-seized');
  const button = page.locator('#step-airport-seized [data-copy-link]');
  await button.click();
  await expect(button).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL('/#step-airport-seized', page.url()).href);
  expect(browserName).toBe('chromium');
});

test('the reading-progress indicator follows the active step', async ({ page }) => {
  await openStory(page, '/#step-first-landings');
  const bar = page.getByRole('progressbar', { name: 'Reading progress' });
  const total = await page.locator('[data-step]').count();
  await expect(bar).toHaveAttribute('aria-valuenow', '14');
  await expect(bar).toHaveAttribute('aria-valuetext', `Step 14 of ${total}`);
  await expect(bar).toBeVisible();
});
