import { errors, expect, test, type Page } from '@playwright/test';
import { DESKTOP_QUERY, TRIGGER_SHARE } from '../../src/scrolly/trigger';
import { frames, judge, openStory, recordSteps, recorded, scrollSettled, seeded, type Verdict } from '../support/scrollyPage';

// The active step must equal the getBoundingClientRect oracle wherever the page is, however it got there.
test('the active step matches the oracle at 50+ scroll positions', async ({ page }, info) => {
  test.setTimeout(180_000);
  await openStory(page);
  const { max, edges, trigger } = await page.evaluate(
    ({ share, query }) => ({
      max: document.documentElement.scrollHeight - innerHeight,
      edges: [...document.querySelectorAll('[data-step]')].flatMap((s) => [s.getBoundingClientRect().top + scrollY, s.getBoundingClientRect().bottom + scrollY]),
      trigger: Math.round(innerHeight * (matchMedia(query).matches ? share.desktop : share.phone)),
    }),
    { share: TRIGGER_SHARE, query: DESKTOP_QUERY },
  );
  const random = seeded(20220105);
  // Both sides of every step's top and bottom edges, where an engine fed by enter/exit events goes wrong, plus random positions.
  const positions = [
    ...edges.flatMap((top) => [top - trigger - 1, top - trigger + 1]),
    ...Array.from({ length: 30 }, () => Math.round(random() * max)),
  ].map((y) => Math.max(0, Math.min(max, Math.round(y))));
  const mismatches: Verdict[] = [];
  for (const y of positions) {
    await page.evaluate((to) => window.scrollTo({ top: to, behavior: 'instant' }), y);
    await frames(page);
    const v = await judge(page);
    if (v.actual !== v.expected) mismatches.push(v);
  }
  console.log(`${info.project.name}: ${positions.length} positions, ${mismatches.length} mismatches`);
  expect(positions.length).toBeGreaterThanOrEqual(50);
  expect(mismatches).toEqual([]);
});

test('a fast fling ends on the right step', async ({ page }) => {
  await openStory(page);
  for (const dy of [9000, -4000, 15000, -800, 30000]) {
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, dy / 10);
    await scrollSettled(page);
    await frames(page);
    const v = await judge(page);
    expect(v.actual, `after a fling of ${dy}px`).toBe(v.expected);
  }
});

// Faster than anyone reads, the steps a scroll passes are not told (each would start a graphic's change nobody sees),
// the one it slows down on is. A reading scroll tells every step, one at a time.
const indexNow = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-step]')].findIndex((s) => s.getAttribute('aria-current') === 'step'));

/** Scrolls down from animation frames, like a fling: `fast` px a frame for `distance` px, then slowing by a tenth a frame. */
const fling = (page: Page, fast: number, distance: number) =>
  page.evaluate(
    async ({ fast, distance }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      for (let moved = 0; moved < distance; moved += fast) {
        scrollBy({ top: fast, behavior: 'instant' });
        await frame();
      }
      for (let v = fast * 0.9; v >= 1; v *= 0.9) {
        scrollBy({ top: v, behavior: 'instant' });
        await frame();
      }
    },
    { fast, distance },
  );

test('a scroll faster than reading tells the step it slows down on, not those it passes; a reading scroll tells each step', async ({ page }) => {
  await recordSteps(page);
  await openStory(page, '/#step-price-rise');
  await scrollSettled(page);
  await frames(page);
  const from = await indexNow(page);
  const before = (await recorded(page)).stepEvents.length;
  // 300 px a frame is 18 to 32 screens a second at 60 frames a second, and still over 6 at a loaded machine's 15.
  await fling(page, 300, 3000);
  await scrollSettled(page);
  await frames(page);
  const landed = await judge(page);
  expect(landed.actual).toBe(landed.expected);
  const to = await indexNow(page);
  expect(to - from, 'the fling passed several steps').toBeGreaterThanOrEqual(5);
  const flung = (await recorded(page)).stepEvents.slice(before);
  // Told at most: a step crossed in the first frame (no frame before it to measure a speed against), the step the
  // fling slowed down on, and one more crossed in its last few pixels, below the reading speed.
  expect(flung.length, `told ${flung.map((e) => e.index).join(', ')}`).toBeLessThanOrEqual(3);
  expect(flung.at(-1)).toMatchObject({ index: to });

  const read = (await recorded(page)).stepEvents.length;
  await page.evaluate(async () => {
    // 24 px a frame: 1.4 px a millisecond at 60 frames a second, well under the 3.4 that holds a change on a 568 px screen.
    for (let moved = 0; moved < 3600; moved += 24) {
      scrollBy({ top: -24, behavior: 'instant' });
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await scrollSettled(page);
  await frames(page);
  const back = (await recorded(page)).stepEvents.slice(read);
  expect(back.length, `the reading scroll passed steps from ${to}`).toBeGreaterThanOrEqual(2);
  expect(back.map((e) => e.index)).toEqual(back.map((_, i) => to - 1 - i));
  expect(back.every((e) => !e.instant)).toBe(true);
});

// A turn of the phone in mid-fling keeps the reader where the page was, not on the step the fling started from.
test('a resize during a fast scroll keeps the reader where the page had got to', async ({ page }) => {
  await openStory(page, '/#step-price-rise');
  await scrollSettled(page);
  await frames(page);
  const from = await indexNow(page);
  const { width, height } = page.viewportSize()!;
  const start = await page.evaluate(() => scrollY);
  const scrolling = page.evaluate(async (w) => {
    for (let n = 0; n < 600 && innerWidth === w; n++) {
      scrollBy({ top: 300, behavior: 'instant' });
      await new Promise((r) => requestAnimationFrame(r));
    }
  }, width);
  await page.waitForFunction((y) => scrollY > y + 6000, start);
  await page.setViewportSize({ width: height, height: width });
  await scrolling;
  await scrollSettled(page);
  await frames(page);
  const v = await judge(page);
  expect(v.actual).toBe(v.expected);
  expect(await indexNow(page), `back on step ${from}`).toBeGreaterThan(from + 2);
});

test('End and Home keys', async ({ page }, info) => {
  await openStory(page, '/#step-airlift');
  await page.locator('h1').click();
  // The keys scroll smoothly; what matters is the step once the page has arrived at the end. The sources near the end
  // take their drawn height only as they come into view (content-visibility), so the end can move down while the
  // smooth scroll runs and the scroll stops short of it (about 50 px at 320 wide): a reader presses End again, and so
  // does the test, noting each stop short in the report. Once there, the page is let settle: a fast scroll's step is
  // told when the page slows down or stops.
  for (let press = 1; ; press++) {
    await page.keyboard.press('End');
    const arrived = await page
      .waitForFunction(() => scrollY >= document.documentElement.scrollHeight - innerHeight - 1, undefined, { timeout: 5000 })
      .then(() => true, (e) => (e instanceof errors.TimeoutError ? false : Promise.reject(e)));
    if (arrived) break;
    const at = await page.evaluate(() => `scrollY ${scrollY}, end ${document.documentElement.scrollHeight - innerHeight}`);
    info.annotations.push({ type: 'End stopped short', description: `press ${press}: ${at}` });
    expect(press, `End pressed ${press} times and the page is not at its end (${at})`).toBeLessThan(3);
  }
  await scrollSettled(page);
  await frames(page);
  let v = await judge(page);
  expect(v.actual).toBe(v.expected);
  expect(v.actual).toBe('none');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  await page.keyboard.press('Home');
  await page.waitForFunction(() => scrollY === 0);
  await scrollSettled(page);
  await frames(page);
  v = await judge(page);
  expect(v).toMatchObject({ y: 0, actual: 'none', expected: 'none' });
});

test('an anchor jump from the chapter list lands on the chapter in its state', async ({ page }) => {
  await openStory(page);
  await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /troops arrive/ }).click();
  await expect(page).toHaveURL(/#step-appeal$/);
  await scrollSettled(page);
  await frames(page);
  const v = await judge(page);
  expect(v).toMatchObject({ actual: 'step-appeal', expected: 'step-appeal' });
  await expect(page.locator('#step-appeal').locator('xpath=ancestor::*[@data-run]').locator('scene-graphic')).toHaveAttribute('data-state', 'appeal');
});

// The hash follows the active step, so a reload comes back to the step being read (Chromium scrolls to the hash
// rather than restoring the exact pixel), with its graphic in that step's state.
test('a reload half-way down keeps the step', async ({ page }) => {
  await openStory(page);
  await page.locator('#step-morgue-count').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('#step-morgue-count')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.mouse.wheel(0, 60);
  await scrollSettled(page);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#step-morgue-count');
  const before = await page.evaluate(() => scrollY);
  await page.reload();
  await expect(page.locator('scroll-story')).toHaveAttribute('data-ready', 'true');
  await scrollSettled(page);
  await frames(page);
  expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(page.viewportSize()!.height);
  const v = await judge(page);
  expect(v).toMatchObject({ actual: 'step-morgue-count', expected: 'step-morgue-count' });
  await expect(page.locator('#step-morgue-count').locator('xpath=ancestor::*[@data-run]').locator('scene-graphic')).toHaveAttribute('data-state', 'january');
});

test('resizing from 1280 to 390 wide keeps the reader on the same step', async ({ page }, info) => {
  test.skip(!info.project.name.startsWith('desktop'), 'starts from the desktop layout');
  await openStory(page, '/#step-detentions');
  await frames(page);
  expect((await judge(page)).actual).toBe('step-detentions');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-detentions');
  await scrollSettled(page);
  await frames(page);
  const v = await judge(page);
  expect(v).toMatchObject({ actual: 'step-detentions', expected: 'step-detentions' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('an orientation flip keeps the reader on the same step', async ({ page }, info) => {
  test.skip(info.project.name.startsWith('desktop'), 'phones turn; desktops are covered by the resize test');
  const { width, height } = page.viewportSize()!;
  await openStory(page, '/#step-guarded-sites');
  for (const size of [{ width: height, height: width }, { width, height }]) {
    await page.setViewportSize(size);
    await scrollSettled(page);
    await frames(page);
    const v = await judge(page);
    expect(v).toMatchObject({ actual: 'step-guarded-sites', expected: 'step-guarded-sites' });
  }
});

test('a 15% change of height (the address bar) changes nothing', async ({ page }) => {
  await openStory(page, '/#step-armour-on-the-square');
  await scrollSettled(page);
  await page.mouse.wheel(0, 40);
  await scrollSettled(page);
  await frames(page);
  const { width, height } = page.viewportSize()!;
  const before = await page.evaluate(() => ({ y: scrollY, svh: getComputedStyle(document.querySelector('.step')!).getPropertyValue('--svh'), events: 0 }));
  expect(parseFloat(before.svh)).toBeCloseTo(height / 100);
  // Written to the passages that use it, not the root: a change to the root's custom properties restyles every element.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--svh'))).toBe('');
  await page.evaluate(() => document.addEventListener('story:step', () => ((window as unknown as { late: number }).late = 1)));
  const active = (await judge(page)).actual;
  for (const h of [Math.round(height * 0.85), height, Math.round(height * 1.15)]) {
    await page.setViewportSize({ width, height: h });
    await frames(page);
    const now = await page.evaluate(() => ({ y: scrollY, svh: getComputedStyle(document.querySelector('.step')!).getPropertyValue('--svh') }));
    expect(now).toEqual({ y: before.y, svh: before.svh });
    const v = await judge(page, height);
    expect(v).toMatchObject({ actual: active, expected: active });
  }
  expect(await page.evaluate(() => (window as unknown as { late?: number }).late)).toBeUndefined();
});
