import { expect, test } from '@playwright/test';
import { axeViolations, axeViolationsIn, COLOUR_MODES } from '../support/axeCheck';
import { sitePages } from '../support/sitePages';
import { openStory } from '../support/scrollyPage';
import { scrollToStep, stepSlugs, waitSettled } from '../support/storyDriver';

// axe in every colour mode, at the phone (390x844) and desktop (1280x800) projects; the story also in every
// step state. One page is reused and walked per test, so the suite stays quick on two cores. The 320 px phone has
// its own, shorter pass (accessibilityNarrow.spec.ts).

test('the story, whole and in every step state', async ({ page }) => {
  // 29 steps, then three more colour modes: a few minutes on an idle two-core machine, much longer when it is busy.
  test.setTimeout(1_500_000);
  await openStory(page);
  const slugs = await stepSlugs(page);
  expect(slugs.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const mode of COLOUR_MODES) {
    await page.emulateMedia(mode.media);
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    await waitSettled(page);
    found.push(...(await axeViolations(page, { withoutContrast: true })).map((v) => `${mode.name}, whole page: ${v}`));
    // Contrast, part by part: the header here, each step and its graphic below, then the sources.
    found.push(...(await axeViolationsIn(page, ['.story-header'])).map((v) => `${mode.name}, header: ${v}`));
    // A state changes only the live graphic of the step's run and the current step: check those in each. Every state
    // is walked in the first colour mode; the others check the page whole, part by part, to keep CI within bounds.
    for (const slug of mode === COLOUR_MODES[0] ? slugs : []) {
      await scrollToStep(page, slug);
      const inState = await axeViolationsIn(page, [`#step-${slug}`, `[data-run]:has(#step-${slug}) [data-settled]`]);
      found.push(...inState.map((v) => `${mode.name}, #step-${slug}: ${v}`));
    }
    await page.locator('#sources').evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
    found.push(...(await axeViolationsIn(page, ['#sources'])).map((v) => `${mode.name}, sources: ${v}`));
  }
  expect([...new Set(found)]).toEqual([]);
});

for (const { path } of sitePages().filter((p) => p.kind !== 'story')) {
  test(`${path} in every colour mode`, async ({ page }) => {
    // The gallery (a preview of every state at four widths) and the static edition (every figure) are long pages:
    // axe over them, in four colour modes, takes minutes on two cores.
    test.setTimeout(path === '/embed/' || path === '/static/' ? 480_000 : 120_000);
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const found: string[] = [];
    // The gallery's previews are embed pages, each checked on its own here; inside the gallery, the same page framed
    // at four widths would only repeat its landmarks.
    const exclude = path === '/embed/' ? ['.preview iframe'] : [];
    for (const mode of COLOUR_MODES) {
      await page.emulateMedia(mode.media);
      await waitSettled(page);
      found.push(...(await axeViolations(page, { exclude })).map((v) => `${mode.name}: ${v}`));
    }
    expect(found).toEqual([]);
  });
}
