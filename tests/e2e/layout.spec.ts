import { expect, test, type Page } from '@playwright/test';
import { frames, openStory, scrollSettled, seeded } from '../support/scrollyPage';
import { safeLineIn } from '../../src/scrolly/viewportMetrics';

// These tests restyle the page (200% text, no scroll-driven animation) with an injected stylesheet, which the
// site's strict policy rightly refuses; they measure layout, and lockedDown.spec.ts tests the policy itself.
test.use({ bypassCSP: true });

for (const mode of ['scroll', 'step', 'plain']) {
  test(`no horizontal scrolling in the ${mode} mode`, async ({ page }) => {
    await openStory(page, `/?mode=${mode}`);
    for (const y of [0, 0.2, 0.5, 0.8, 1]) {
      await page.evaluate((f) => window.scrollTo({ top: f * document.documentElement.scrollHeight, behavior: 'instant' }), y);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    }
  });
}

test('at 200% text size nothing is clipped and nothing scrolls sideways', async ({ page }) => {
  await openStory(page, '/?mode=scroll#step-contingents');
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  await frames(page);
  await page.evaluate(() => document.getElementById('step-contingents')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await frames(page);
  const clipped = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('scroll-story *')) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || el.closest('.visually-hidden, .sprite, svg, .table-scroll')) continue;
      // Paint containment (a stage's frame, a passage figure's content-visibility) clips as overflow does.
      const contained = /paint|strict|content/.test(cs.contain) || cs.contentVisibility === 'auto';
      const clips = (v: string) => contained || v === 'hidden' || v === 'clip';
      if ((clips(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(cs.overflowY) && el.scrollHeight > el.clientHeight + 1)) out.push(el.className);
    }
    return out;
  });
  expect(clipped).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  // The stage still fits the screen, and a link to the passage still lands on it.
  const stage = await page.locator('[data-run]:has(#step-contingents) .stage').boundingBox();
  expect(stage!.height).toBeLessThanOrEqual(page.viewportSize()!.height + 1);
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-contingents');
});

type Cut = 'CSS' | 'the script fallback';

/** Opens the story in scroll mode with the cards cut by `how`. */
async function openCutStory(page: Page, how: Cut) {
  if (how !== 'CSS') {
    // A browser without scroll-driven animations: the script cuts the cards instead.
    await page.addInitScript(() => {
      const supports = CSS.supports.bind(CSS);
      CSS.supports = ((...a: [string]) => (String(a[0]).includes('animation-timeline') ? false : supports(...a))) as typeof CSS.supports;
    });
  }
  await openStory(page, '/?mode=scroll');
  // This browser has them, so its stylesheet's cut is turned off by hand.
  if (how !== 'CSS') await page.addStyleTag({ content: '.step-card { animation: none !important; }' });
}

for (const how of ['CSS', 'the script fallback'] as const) {
  test(`passage cards never cover the graphic above the safe line (cut by ${how})`, async ({ page }, info) => {
    test.skip(info.project.name.startsWith('desktop'), 'on desktops passages sit beside the graphic');
    await openCutStory(page, how);
    const max = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    const random = seeded(7);
    let checked = 0;
    for (let i = 0; i < 40; i++) {
      await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), Math.round(random() * max));
      await frames(page);
      const result = await page.evaluate(() => {
        const line = parseFloat(getComputedStyle(document.querySelector('.step-card')!).getPropertyValue('--safe-line'));
        const stage = [...document.querySelectorAll('.stage')].find((s) => {
          const r = s.getBoundingClientRect();
          return r.top <= 1 && r.bottom >= innerHeight - 1;
        });
        const svg = stage?.querySelector('[data-frame="phone"] svg')?.getBoundingClientRect();
        if (!svg) return { points: 0, covered: [] as string[] };
        const covered: string[] = [];
        let points = 0;
        // A grid over the graphic down to the safe line: what is there must be the stage, never a card.
        for (let y = Math.max(svg.top, 5) + 2; y < Math.min(line, svg.bottom) - 1; y += 12) {
          for (let x = svg.left + 4; x < svg.right - 2; x += 24) {
            points++;
            const hit = document.elementFromPoint(x, y);
            if (hit?.closest('.step-card')) covered.push(`${Math.round(x)},${Math.round(y)} at scroll ${scrollY}`);
          }
        }
        return { points, covered };
      });
      checked += result.points;
      expect(result.covered).toEqual([]);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  test(`a card passing the safe line leaves nothing of itself drawn above it (cut by ${how})`, async ({ page }, info) => {
    test.skip(info.project.name.startsWith('desktop'), 'on desktops passages sit beside the graphic');
    await openCutStory(page, how);
    const width = page.viewportSize()!.width;
    const ids = await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.id));
    // Every fourth card, with a third, then two thirds, of its height gone past the line: what is drawn above the line
    // must be exactly what is drawn there with the card hidden (its text, background, border and shadow). Taps find
    // the cut with the test above; this one looks at the pixels.
    for (const [n, id] of ids.filter((_, i) => i % 4 === 1).entries()) {
      const share = n % 2 ? 2 / 3 : 1 / 3;
      const line = await page.evaluate(([id, share]) => {
        const card = document.querySelector(`#${id} .step-card`)!;
        const line = parseFloat(getComputedStyle(card).getPropertyValue('--safe-line'));
        const box = card.getBoundingClientRect();
        window.scrollBy({ top: box.top - line + box.height * share, behavior: 'instant' });
        return line;
      }, [id, share] as const);
      await frames(page);
      // The step it lands on may change the graphic and the progress bar: both must have come to rest first.
      await expect(page.locator('scene-graphic[data-settled="false"]')).toHaveCount(0);
      await page.waitForFunction(() => document.getAnimations().every((a) => a.timeline !== document.timeline || a.playState !== 'running'));
      const clip = { x: 0, y: 0, width, height: Math.floor(line) - 1 };
      const withCard = await page.screenshot({ clip });
      const hidden = await page.addStyleTag({ content: `#${id} .step-card { visibility: hidden !important; }` });
      await frames(page);
      const without = await page.screenshot({ clip });
      await hidden.evaluate((el) => (el as Element).remove());
      expect(withCard.equals(without), `${id}, ${Math.round(share * 100)}% past the line`).toBe(true);
    }
  });
}

test('the safe line matches the stages as they are drawn once the page has loaded', async ({ page }, info) => {
  test.skip(info.project.name.startsWith('desktop'), 'desktops have no safe line');
  await openStory(page, '/?mode=scroll');
  await page.evaluate(() => document.fonts.ready);
  await frames(page);
  const { used, boxes } = await page.evaluate(() => ({
    used: parseFloat(getComputedStyle(document.querySelector('.step-card')!).getPropertyValue('--safe-line')),
    boxes: [...document.querySelectorAll('.stage')].map((stage) => {
      const s = stage.querySelector('[data-frame="phone"] svg')!.getBoundingClientRect();
      return { top: s.top - stage.getBoundingClientRect().top, width: s.width, height: s.height };
    }),
  }));
  // The lowest line of any stage, as the story takes it; measured too early (before the fonts), it would be off.
  expect(used).toBe(Math.max(...boxes.map((b) => Math.ceil(safeLineIn(b)))));
});

test('a step link lands its card under the whole drawing, legend included, and above the trigger line', async ({ page }, info) => {
  test.skip(info.project.name.startsWith('desktop'), 'on desktops passages sit beside the graphic');
  await openStory(page, '/?mode=scroll#step-final-toll');
  await scrollSettled(page);
  const { cardTop, drawingEnd, legendBottom, trigger } = await page.evaluate(() => {
    const step = document.getElementById('step-final-toll')!;
    const svg = document.querySelector('[data-run]:has(#step-final-toll) .stage [data-frame="phone"] svg')!;
    const legend = [...svg.querySelectorAll('[data-key^="legend-"]')].map((m) => m.getBoundingClientRect().bottom);
    return {
      cardTop: step.querySelector('.step-card')!.getBoundingClientRect().top,
      drawingEnd: parseFloat(getComputedStyle(step).getPropertyValue('--drawing-end')),
      legendBottom: Math.max(...legend),
      trigger: innerHeight * 0.7,
    };
  });
  expect(cardTop).toBeLessThan(trigger);
  // Where the screen allows it, the card starts below the drawing, so no legend row is cut at rest.
  if (drawingEnd + 8 < trigger - 16) {
    expect(cardTop).toBeGreaterThanOrEqual(drawingEnd);
    expect(cardTop).toBeGreaterThan(legendBottom);
  } else expect(cardTop).toBeGreaterThan(trigger - 20);
});

test('the sources reserve about their drawn height before they are drawn, and never less', async ({ page }) => {
  await openStory(page, '/?mode=scroll');
  // Runs of entries far below are not laid out yet (content-visibility): each holds its estimated height.
  const heights = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.sources ol')].reduce((sum, ol) => sum + ol.getBoundingClientRect().height, 0));
  const reserved = await heights();
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('.sources ol').forEach((ol) => { ol.style.contentVisibility = 'visible'; }));
  const drawn = await heights();
  expect(drawn).toBeLessThanOrEqual(reserved);
  expect(drawn).toBeGreaterThan(reserved * 0.85);
});

// On a desktop the figure hangs from the top of the stage: a state whose title or source line is longer must not
// move the drawing up or down under the reader.
test('on a desktop the drawing stays at one height on the screen from step to step', async ({ page }, info) => {
  test.skip(!info.project.name.startsWith('desktop'), 'on phones the stage is laid out around the passage cards');
  await openStory(page, '/?mode=scroll');
  const ids = await page.locator('[data-step]').evaluateAll((steps) => steps.map((s) => s.id));
  const tops = new Set<number>();
  for (const id of ids) {
    await page.evaluate((s) => document.getElementById(s)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
    await expect(page.locator('[aria-current="step"]')).toHaveId(id);
    await expect(page.locator(`[data-run]:has(#${id}) scene-graphic`)).toHaveAttribute('data-settled', 'true');
    tops.add(await page.locator(`[data-run]:has(#${id}) .stage`).evaluate((stage) => {
      const svg = [...stage.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().height > 0)!;
      return Math.round(svg.getBoundingClientRect().top);
    }));
  }
  expect([...tops]).toHaveLength(1);
});

// The phone frame is designed 360 units wide: drawn across the screen but for 0.5rem each side, it is drawn at its
// design size or larger from 376 px up, so its smallest labels (9.5 to 10 units) stay near 10 px on a 390 px phone.
for (const mode of ['scroll', 'step']) {
  test(`on phones a stage draws its graphic across the screen but for 0.5rem each side, in the ${mode} mode`, async ({ page }, info) => {
    test.skip(info.project.name.startsWith('desktop'), 'on desktops the drawing sits in its column beside the passages');
    await openStory(page, `/?mode=${mode}`);
    const width = page.viewportSize()!.width;
    const spans = await page.locator('.stage [data-frame="phone"] svg').evaluateAll((svgs) =>
      svgs.map((s) => s.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => ({ left: Math.round(r.left), right: Math.round(r.right) })),
    );
    expect(spans.length).toBeGreaterThanOrEqual(mode === 'scroll' ? 3 : 1);
    for (const span of spans) expect(span).toEqual({ left: 8, right: width - 8 });
  });
}

// The 70svh cap on a phone's drawing in step-through holds for what is seen: a chart whose empty foot is cropped
// is drawn across the screen on a short phone (at 320x568 it was drawn 275 px wide, its labels under 9 px).
test('in step-through on phones a chart with an empty foot is drawn across the screen and its frame within 70svh', async ({ page }, info) => {
  test.skip(info.project.name.startsWith('desktop'), 'on desktops the drawing sits in its column beside the passage');
  await openStory(page, '/?mode=step#step-final-toll');
  await expect(page.locator('.run[data-current] scene-graphic')).toHaveAttribute('data-state', 'final');
  const { width, height } = page.viewportSize()!;
  const seen = await page.locator('.run[data-current] .stage [data-frame="phone"] svg').evaluate((svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
    return { drawn: scale * svg.viewBox.baseVal.width, frame: svg.parentElement!.getBoundingClientRect().height };
  });
  expect(seen.drawn).toBeGreaterThan(width - 17);
  expect(seen.frame).toBeLessThanOrEqual(height * 0.7 + 1);
});
