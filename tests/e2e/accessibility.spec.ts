import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_MODES } from '../support/axeCheck';
import { sitePages } from '../support/sitePages';
import { scrollToStep, stepSlugs, waitSettled } from '../support/storyDriver';

// axe in every colour mode at a phone and a desktop size; the story also in every step state.
// One page per viewport is reused and walked, so the suite stays quick on two cores.
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
test.describe.configure({ mode: 'parallel' });

for (const viewport of VIEWPORTS) {
  const size = `${viewport.width}x${viewport.height}`;

  test.describe(size, () => {
    test.use({ viewport });

    test(`the story, whole and in every step state, ${size}`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.goto('/');
      await page.evaluate(() => document.fonts.ready);
      const slugs = await stepSlugs(page);
      expect(slugs.length).toBeGreaterThan(10);
      const found: string[] = [];
      for (const mode of COLOUR_MODES) {
        await page.emulateMedia(mode.media);
        await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
        await waitSettled(page);
        found.push(...(await axeViolations(page)).map((v) => `${mode.name}, whole page: ${v}`));
        // Each state changes only the live graphic and the current step: check those in each.
        for (const slug of slugs) {
          await scrollToStep(page, slug);
          const inState = await axeViolations(page, [`#step-${slug}`, '[data-settled]']);
          found.push(...inState.map((v) => `${mode.name}, #step-${slug}: ${v}`));
        }
      }
      expect([...new Set(found)]).toEqual([]);
    });

    for (const { path } of sitePages().filter((p) => p.kind !== 'story')) {
      test(`${path} ${size}`, async ({ page }) => {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        const found: string[] = [];
        for (const mode of COLOUR_MODES) {
          await page.emulateMedia(mode.media);
          await waitSettled(page);
          found.push(...(await axeViolations(page)).map((v) => `${mode.name}: ${v}`));
        }
        expect(found).toEqual([]);
      });
    }
  });
}
