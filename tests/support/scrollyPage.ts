import { expect, type Page } from '@playwright/test';
import { DESKTOP_QUERY, TRIGGER_SHARE } from '../../src/scrolly/trigger';

/** Opens the story at `path` and waits for fonts and for the story's scripts to be ready. */
export async function openStory(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  await expect(page.locator('scroll-story')).toHaveAttribute('data-ready', 'true');
}

/** Resolves after two animation frames: scroll events, observers and the engine's frame callback have all run. */
export async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Waits until scrolling (a key, a fling, smooth scrolling) has stopped: the same scrollY for ten frames and 300 ms. */
export async function scrollSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const y = scrollY;
        const start = performance.now();
        let n = 0;
        const tick = () => {
          if (scrollY !== y) return resolve(false);
          if (++n >= 10 && performance.now() - start >= 300) return resolve(true);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    undefined,
    { polling: 50 },
  );
}

/** The engine's answer and the oracle's, for the current scroll position. */
export interface Verdict {
  y: number;
  actual: string;
  expected: string;
}

/**
 * The oracle: from getBoundingClientRect alone, which step's box crosses the trigger line (the last step above
 * it in a gap; none above the first or below the last). `stableHeight` is the viewport height the page laid
 * itself out for (it ignores small height-only changes).
 */
export async function judge(page: Page, stableHeight?: number): Promise<Verdict> {
  return page.evaluate(
    ({ share, query, stableHeight }) => {
      const h = stableHeight ?? innerHeight;
      const line = Math.round(h * (matchMedia(query).matches ? share.desktop : share.phone));
      const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
      const boxes = steps.map((s) => s.getBoundingClientRect());
      let expected = 'none';
      if (boxes.length && line >= boxes[0]!.top && line < boxes.at(-1)!.bottom) {
        for (let i = 0; i < boxes.length; i++) if (boxes[i]!.top <= line) expected = steps[i]!.id;
      }
      const actual = document.querySelector('[aria-current="step"]')?.id ?? 'none';
      return { y: Math.round(scrollY), actual, expected };
    },
    { share: TRIGGER_SHARE, query: DESKTOP_QUERY, stableHeight },
  );
}

/** Every step's id, state and graphic, in order. */
export async function stepList(page: Page): Promise<{ id: string; graphic: string; state: string }[]> {
  return page.locator('[data-step]').evaluateAll((els) =>
    els.map((e) => ({ id: e.id, graphic: (e as HTMLElement).dataset.graphic!, state: (e as HTMLElement).dataset.state! })),
  );
}

/** Records every story:step event and every change of a live graphic's data-state, from the first script on. */
export async function recordSteps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { stepEvents: unknown[]; stateChanges: string[] };
    w.stepEvents = [];
    w.stateChanges = [];
    document.addEventListener('story:step', (e) => w.stepEvents.push((e as CustomEvent).detail));
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (el.localName === 'scene-graphic') w.stateChanges.push(`${el.closest('[data-run]')?.id}:${el.dataset.state}`);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
}

/** What recordSteps has seen so far. */
export async function recorded(page: Page): Promise<{ stepEvents: { graphic: string; state: string; index: number; instant: boolean }[]; stateChanges: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { stepEvents: never[]; stateChanges: string[] };
    return { stepEvents: w.stepEvents, stateChanges: w.stateChanges };
  });
}

/** A repeatable sequence of numbers in [0, 1): the same scroll positions on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
