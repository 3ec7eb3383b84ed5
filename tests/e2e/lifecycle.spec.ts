import { expect, test, type Page } from '@playwright/test';
import { HASH_DELAY_MS } from '../../src/scrolly/hashSync';
import { openStory } from '../support/scrollyPage';

/** Counts live listeners on window, document and visualViewport, and live observers, from the first script on. */
function trackListeners() {
  const live = new Map<string, number>();
  const key = (t: EventTarget, type: string) => `${t === window ? 'window' : t === document ? 'document' : t === window.visualViewport ? 'visualViewport' : 'other'}:${type}`;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const seen = new WeakMap<object, Set<string>>();
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    const k = key(this, type);
    const capture = typeof opts === 'boolean' ? opts : !!opts?.capture;
    if (fn && !k.startsWith('other')) {
      const set = seen.get(fn) ?? new Set();
      if (!set.has(`${k}:${capture}`)) live.set(k, (live.get(k) ?? 0) + 1);
      set.add(`${k}:${capture}`);
      seen.set(fn, set);
    }
    return add.call(this, type, fn, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, opts) {
    const k = key(this, type);
    const capture = typeof opts === 'boolean' ? opts : !!opts?.capture;
    if (fn && seen.get(fn)?.delete(`${k}:${capture}`)) live.set(k, (live.get(k) ?? 0) - 1);
    return remove.call(this, type, fn, opts);
  };
  let observers = 0;
  for (const name of ['IntersectionObserver', 'ResizeObserver'] as const) {
    const Original = window[name] as unknown as new (...a: unknown[]) => { observe(...a: unknown[]): void; disconnect(): void };
    (window as unknown as Record<string, unknown>)[name] = class extends Original {
      #on = false;
      override observe(...a: unknown[]) {
        if (!this.#on) observers++;
        this.#on = true;
        super.observe(...a);
      }
      override disconnect() {
        if (this.#on) observers--;
        this.#on = false;
        super.disconnect();
      }
    };
  }
  (window as unknown as { liveCounts: () => unknown }).liveCounts = () => ({
    listeners: Object.fromEntries([...live].filter(([, n]) => n > 0).sort()),
    observers,
  });
}

/** The page's live counts, and the story element taken out of the page and put back. */
async function storyInAndOut(page: Page) {
  const story = await page.evaluateHandle(() => document.querySelector('scroll-story')!);
  return {
    counts: () => page.evaluate(() => (window as unknown as { liveCounts: () => { listeners: Record<string, number>; observers: number } }).liveCounts()),
    leave: () => page.evaluate((s) => s.remove(), story),
    comeBack: async () => {
      await page.evaluate((s) => document.body.append(s), story);
      await expect(page.locator('scroll-story')).toHaveAttribute('data-ready', 'true');
    },
  };
}

test('leaving the page removes every listener and observer the story added', async ({ page }) => {
  await page.addInitScript(trackListeners);
  await openStory(page, '/?debug#step-airlift');
  await expect(page.locator('[data-debug-overlay]')).toHaveCount(1);
  const { counts, leave, comeBack } = await storyInAndOut(page);
  await leave();
  const away = await counts();
  expect(away).toMatchObject({ observers: 0 });
  // Connect again, then leave again: whatever connecting adds, leaving takes away.
  await comeBack();
  await expect(page.locator('[data-debug-overlay]')).toHaveCount(1);
  expect(await counts()).not.toEqual(away);
  await leave();
  expect(await counts()).toEqual(away);
  await expect(page.locator('[data-debug-overlay]')).toHaveCount(0);
  // Nothing left reacts to scrolling or resizing.
  const hash = await page.evaluate(() => location.hash);
  await page.evaluate(() => document.addEventListener('story:step', () => ((window as unknown as { late: number }).late = 1)));
  // The resize is seen to arrive; then, since this checks that nothing happens, the page gets the longest delay the
  // story ever defers a reaction by (the hash's) before it is read.
  const delivered = page.evaluate(() => new Promise((r) => addEventListener('resize', r, { once: true })));
  await page.mouse.wheel(0, 3000);
  await page.setViewportSize({ width: 500, height: 700 });
  await delivered;
  await page.evaluate((ms) => new Promise((r) => requestAnimationFrame(() => setTimeout(r, ms))), HASH_DELAY_MS);
  expect(await page.evaluate(() => [(window as unknown as { late?: number }).late, location.hash, document.documentElement.style.cssText])).toEqual([undefined, hash, '']);
});

test('leaving step-through while it keeps a step in place removes that watch too', async ({ page }) => {
  await page.addInitScript(trackListeners);
  await openStory(page, '/?mode=step#step-airlift');
  const { counts, leave, comeBack } = await storyInAndOut(page);
  // Leaving at rest gives the count to return to.
  await leave();
  const away = await counts();
  expect(away).toMatchObject({ observers: 0 });
  // Back, and a move: the new step is watched (an observer on its run, listeners for the reader's input) for a
  // while; leaving at once must end the watch with everything else.
  await comeBack();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-contingents');
  expect((await counts()).observers).toBeGreaterThan(0);
  await leave();
  expect(await counts()).toEqual(away);
});

test('the debug overlay loads only with ?debug, and shows the engine', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => r.url().includes('debugOverlay') && chunks.push(r.url()));
  await openStory(page, '/#step-airlift');
  await expect(page.locator('[data-debug-overlay]')).toHaveCount(0);
  expect(chunks).toEqual([]);
  await openStory(page, '/?debug#step-airlift');
  const overlay = page.locator('[data-debug-overlay]');
  await expect(overlay).toContainText(/active 14\b/);
  await expect(overlay).toContainText(/trigger \d+px/);
  await expect(overlay).toContainText(/visualViewport\.height \d+px/);
  expect(chunks.length).toBe(1);
});
