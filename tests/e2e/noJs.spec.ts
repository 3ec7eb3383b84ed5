import { expect, test } from '@playwright/test';

test.describe('without JavaScript the page is the plain article', () => {
  test.use({ javaScriptEnabled: false });

  test('every passage and its figure show, no live stage or script-only control does', async ({ page }) => {
    await page.goto('/');
    const steps = page.locator('[data-step]');
    const count = await steps.count();
    expect(count).toBeGreaterThan(20);
    let shown = 0;
    for (let i = 0; i < count; i++) {
      const step = steps.nth(i);
      await step.scrollIntoViewIfNeeded();
      await expect(step.locator('.step-text')).toBeVisible();
      // A step in the same state as the one before shares its figure; every other step shows its own.
      if ((await step.getAttribute('data-figure')) === 'shared') {
        await expect(step.locator('.step-figure')).toHaveCount(0);
        continue;
      }
      shown++;
      await expect(step.locator('.step-figure .graphic-title')).toBeVisible();
      await expect(step.locator('.step-figure svg:visible')).toHaveCount(1);
      await expect(step.locator('.step-figure .credit')).toBeVisible();
    }
    expect(shown).toBeGreaterThan(15);
    for (const sel of ['.stage', '.reading-modes', '.copy-link', '.step-controls', '.reading-progress', '.skip-graphic']) {
      await expect(page.locator(`${sel}:visible`), sel).toHaveCount(0);
    }
    await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  });

  test('a step link still lands on its passage', async ({ page }) => {
    await page.goto('/#step-withdrawal');
    await expect(page.locator('#step-withdrawal .step-text')).toBeInViewport();
  });
});
