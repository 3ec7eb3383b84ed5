import { expect, test, type Page } from '@playwright/test';
import { openStory, stepList } from '../support/scrollyPage';

/** The stage's SVGs and the static figure's SVGs for the state, each frame's markup without ids. */
async function markup(page: Page, stepId: string, state: string) {
  return page.evaluate(
    ({ stepId, state }) => {
      const clean = (svg: Element | null | undefined) => (svg?.innerHTML ?? 'missing').replace(/\s(id|aria-labelledby)="[^"]*"/g, '');
      // A passage's figure may still hold its drawing as the build's inert markup: read that markup as it is.
      const drawing = (frame: Element | null | undefined) => {
        const inert = frame?.querySelector('noscript');
        if (!inert) return frame?.querySelector('svg');
        const t = document.createElement('template');
        t.innerHTML = inert.textContent ?? '';
        return t.content.querySelector('svg');
      };
      const stage = document.getElementById(stepId)!.closest('[data-run]')!.querySelector('scene-graphic')!;
      const graphic = stage.getAttribute('data-graphic')!;
      const figure = document.querySelector(`figure.graphic[data-graphic="${graphic}"][data-state="${state}"]:not(scene-graphic figure)`);
      return ['phone', 'desktop'].map((f) => ({
        live: clean(stage.querySelector(`[data-frame="${f}"] svg`)),
        still: clean(drawing(figure?.querySelector(`[data-frame="${f}"]`))),
      }));
    },
    { stepId, state },
  );
}

/** Scrolls the step to where a link would land it, then waits for its stage to settle in the step's state. */
async function reach(page: Page, id: string, state: string) {
  await page.evaluate((s) => document.getElementById(s)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
  await expect(page.locator('[aria-current="step"]')).toHaveId(id);
  const stage = page.locator(`[data-run]:has(#${id}) scene-graphic`);
  await expect(stage).toHaveAttribute('data-state', state);
  await expect(stage).toHaveAttribute('data-settled', 'true');
  for (const { live, still } of await markup(page, id, state)) expect(live).toBe(still);
}

// Graphic by graphic, state by state: scrolling to a step leaves its stage drawing exactly that state's static figure.
test('every step settles its stage on the static figure of its state, forwards and backwards', async ({ page }) => {
  test.setTimeout(180_000);
  await openStory(page, '/?mode=scroll');
  const steps = await stepList(page);
  expect(new Set(steps.map((s) => s.graphic)).size).toBe(3);
  for (const { id, state } of steps) await reach(page, id, state);
  for (const { id, state } of [...steps].reverse()) await reach(page, id, state);
});
