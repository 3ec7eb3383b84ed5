import { expect, type Page } from '@playwright/test';

/** The slugs of the story's steps, in page order. */
export const stepSlugs = (page: Page): Promise<string[]> =>
  page.locator('[data-step]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step ?? ''));

/** Waits until every live graphic on the page has finished its transition (data-settled="true"). */
export async function waitSettled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[data-settled]').evaluateAll((els) => els.filter((e) => e.getAttribute('data-settled') !== 'true').length))
    .toBe(0);
}

/** Scrolls a step to the middle of the viewport, as a reader would, and waits for the engine to make it current and the graphic to settle. */
export async function scrollToStep(page: Page, slug: string): Promise<void> {
  const step = page.locator(`#step-${slug}`);
  await step.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await expect(step).toHaveAttribute('aria-current', 'step');
  await waitSettled(page);
}
