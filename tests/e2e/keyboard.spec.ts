import { expect, test, type Page } from '@playwright/test';
import { openStory } from '../support/scrollyPage';

/**
 * Whether the focused element can be seen: the centre of the part of one of its boxes (a link wrapped over two
 * lines has two) inside the viewport hits the element, not something drawn over it.
 */
async function focusVisible(page: Page): Promise<{ ok: boolean; what: string; where: string }> {
  return page.evaluate(async () => {
    // Focus scrolls instantly; two frames let the engine and the card cutting follow.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const el = document.activeElement as HTMLElement | null;
    const where = el?.closest('#sources') ? 'sources' : el?.closest('.story-header') ? 'header' : 'story';
    if (!el || el === document.body) return { ok: true, what: 'body', where };
    const what = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" in ${el.closest('[id]')?.id}`;
    const hits: string[] = [];
    for (const r of el.getClientRects()) {
      const top = Math.max(r.top, 0);
      const bottom = Math.min(r.bottom, innerHeight);
      const left = Math.max(r.left, 0);
      const right = Math.min(r.right, innerWidth);
      if (bottom <= top || right <= left) continue;
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      if (hit && (el === hit || el.contains(hit))) return { ok: true, what, where };
      hits.push(`${hit?.tagName.toLowerCase()}.${hit?.className}`);
    }
    return { ok: false, what: `${what}: ${hits.length ? `hit ${hits.join(', ')}` : 'off screen'}`, where };
  });
}

// WCAG 2.4.11: tab through the story and back; no focused element may be hidden behind the stage or a card.
test('focus is never hidden behind the sticky stage', async ({ page }) => {
  test.setTimeout(300_000);
  await openStory(page, '/?mode=scroll');
  const hidden: string[] = [];
  let tabs = 0;
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let n = 0; n < 400; n++, tabs++) {
      await page.keyboard.press(key);
      const { ok, what, where } = await focusVisible(page);
      if (!ok) hidden.push(`${key}: ${what}`);
      if (where === (key === 'Tab' ? 'sources' : 'header')) break;
    }
  }
  expect(tabs).toBeGreaterThan(80);
  expect(hidden).toEqual([]);
});

test('the skip link jumps past the graphic to the passage', async ({ page }) => {
  await openStory(page, '/?mode=scroll');
  const skip = page.locator('#run-troops-1 .skip-graphic');
  await skip.focus();
  await expect(skip).toBeInViewport();
  expect((await focusVisible(page)).ok).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#step-appeal .step-card')).toBeFocused();
  await expect(page).toHaveURL(/#step-appeal$/);
  expect((await focusVisible(page)).ok).toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.locator('#step-appeal .step-card :focus')).toHaveCount(1);
});

test('in step-through the skip link goes to the step being read', async ({ page }) => {
  await openStory(page, '/?mode=step#step-contingents');
  await page.locator('#run-troops-1 .skip-graphic').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#step-contingents .step-card')).toBeFocused();
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-contingents');
});
