import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { graphicIds, graphics } from '../../src/graphics/index';
import { embedPath, embedUrl, stepPath, stillPath } from '../../src/lib/embedUrls';
import { drawingFoot } from '../support/drawingFoot';
import { frames } from '../support/scrollyPage';
import { stageParts } from '../support/stageParts';

const JS_BUDGET = 25 * 1024;
const stepThrough = graphicIds.map((g) => `/embed/${g}/`);
const stills = graphicIds.flatMap((g) => graphics[g].states.map((s) => stillPath(g, s)));
const steps = graphicIds.flatMap((g) => graphics[g].states.map((s) => stepPath(g, s)));
const statesOf = (g: (typeof graphicIds)[number]): readonly string[] => graphics[g].states;

/** Every script the page loads, with its size as sent compressed (gzip). */
async function scriptBytes(page: Page, path: string) {
  const scripts: Promise<{ url: string; status: number; raw: number; gzip: number }>[] = [];
  // Bodies are read before the test ends: a read still pending when the page closes fails the test at random.
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return;
    scripts.push(r.body().then((body) => ({ url: r.url(), status: r.status(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length })));
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return Promise.all(scripts);
}

test('an unknown graphic is a 404 page that links to the list of graphics', async ({ page }) => {
  const response = await page.goto('/embed/no-such-graphic/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('a[href="/embed/"]')).toBeVisible();
  expect((await page.request.get('/embed/unrest-map/no-such-state/')).status()).toBe(404);
});

test('bad parameters fall back to the defaults and break nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/embed/unrest-map/?step=jan-99&static=maybe&plain=2&theme=sepia&childId=%3Cb%3E');
  await expect(page.locator('embed-controls')).toBeVisible();
  await expect(page.locator('scene-graphic')).toHaveAttribute('data-state', statesOf('unrest-map')[0]!);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
  await expect(page.locator('html')).not.toHaveAttribute('data-plain', /.*/);
  await expect(page.locator('.embed-header h1')).toBeVisible();
  expect(errors).toEqual([]);
});

test('step shows one state as a still; plain and theme change the look', async ({ page }) => {
  const state = statesOf('unrest-map')[2]!;
  await page.goto(`/embed/unrest-map/?step=${state}&plain=1&theme=dark`);
  await expect(page.locator('scene-graphic')).toHaveAttribute('data-state', state);
  await expect(page.locator('scene-graphic figure')).toHaveAttribute('data-state', state);
  await expect(page.locator('embed-controls')).toBeHidden();
  expect(await page.locator('.embed-header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 22, 24)');
});

/**
 * Opens `url` with every script it asks for held back, as on a slow phone whose first paint comes before its scripts
 * have run, and waits for that paint (with its fonts); returns what lets the scripts through. Module scripts hold back
 * DOMContentLoaded, not the first paint, so the wait is for the paint itself.
 */
async function openBeforeScripts(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.m?js(\?|$)/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0 && document.fonts.status === 'loaded');
  return release;
}

/** Whether the page has loaded any of its scripts (held back by openBeforeScripts until released). */
const scriptsLoaded = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\.m?js$/.test(new URL(e.name).pathname)));

/**
 * Starts recording the page's layout shifts, those since it began included (buffered); the function it returns gives
 * them two frames later, when any shift a change just caused has been reported.
 */
async function recordShifts(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) shifts.push((e as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return async () => {
    await frames(page);
    return page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  };
}

// A step's snippet names the step page with its options in the fragment: the page's first paint is what it settles
// on, so nothing moves when its script starts (the header dropped by ?plain=1 and the state set by ?step= did).
test('a step page paints its state, plain and themed, before any script, and its script moves nothing', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const graphic of graphicIds) {
    const state = statesOf(graphic).at(-1)!;
    const release = await openBeforeScripts(page, embedUrl(baseURL!, { graphic, step: state, plain: true, theme: 'dark' }, statesOf(graphic)));
    const before = await page.evaluate(() => ({
      header: document.querySelector('.embed-header')!.getBoundingClientRect().height,
      background: getComputedStyle(document.body).backgroundColor,
      state: document.querySelector('.embed-main figure')!.getAttribute('data-state'),
      height: document.documentElement.getBoundingClientRect().height,
    }));
    // The page's module script has not run (the fragment script in its head has: it sets the same attributes).
    expect(await scriptsLoaded(page), graphic).toBe(false);
    expect(before, graphic).toMatchObject({ state, background: 'rgb(22, 22, 24)' });
    expect(before.header, graphic).toBeLessThanOrEqual(1);
    const shifts = await recordShifts(page);
    release();
    // An async script holds back the load event: once it has fired, the page's script has run.
    await page.waitForLoadState('load');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-plain', '');
    expect(await shifts(), graphic).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().height), graphic).toBe(before.height);
    await page.unrouteAll();
  }
});

// A host may change the frame's fragment after it has loaded: the page follows, script and CSS alike.
test('a step page follows a change of its fragment', async ({ page, baseURL }) => {
  const graphic = graphicIds[1]!;
  await page.goto(embedUrl(baseURL!, { graphic, step: statesOf(graphic)[0], plain: true }, statesOf(graphic)));
  await expect(page.locator('html')).toHaveAttribute('data-plain', '');
  const header = () => page.locator('.embed-header').evaluate((el) => el.getBoundingClientRect().height);
  expect(await header()).toBeLessThanOrEqual(1);
  await page.evaluate(() => (location.hash = 'dark'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).not.toHaveAttribute('data-plain', /.*/);
  expect(await header()).toBeGreaterThan(10);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 22, 24)');
});

// The step-through's controls appear under its drawing when its script starts: their room is there from the first
// paint, so the source line and footer below them stay where they were; a fragment's options are there too.
test('the step-through keeps its controls’ room from the first paint, so nothing moves when its script shows them', async ({ page, baseURL }) => {
  const graphic = graphicIds[2]!;
  for (const width of [390, 1000]) {
    // Away first: going to the address the page is at, fragment and all, would not load it again.
    await page.goto('about:blank');
    await page.setViewportSize({ width, height: 800 });
    // With a fragment too: the step-through's script loads async, so the document is parsed and the fragment applied
    // before it runs.
    const release = await openBeforeScripts(page, embedUrl(baseURL!, { graphic, plain: true, theme: 'dark' }, statesOf(graphic)));
    const footerTop = () => page.locator('.embed-footer').evaluate((el) => el.getBoundingClientRect().top);
    const before = await footerTop();
    await expect(page.locator('embed-controls'), `${width} px`).toBeHidden();
    expect(await page.locator('.embed-header').evaluate((el) => el.getBoundingClientRect().height), `${width} px`).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), `${width} px`).toBe('rgb(22, 22, 24)');
    const shifts = await recordShifts(page);
    release();
    await expect(page.locator('embed-controls')).toBeVisible();
    expect(await shifts(), `${width} px`).toEqual([]);
    expect(await footerTop(), `${width} px`).toBe(before);
    await page.unrouteAll();
  }
});

// Chromium applies :target only once the document is parsed, and now and then paints a long page before that: the
// fragment script in the head gives the root the fragment's options first, so no frame shows what they hide.
test('a scripted embed page has its fragment’s options from its first frame, before its own script runs', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Every frame until the first contentful paint, from the document's start: what the root carries, and the header's height.
  await page.addInitScript(() => {
    const seen: { plain: boolean; theme: string | null; header: number | null }[] = ((window as unknown as { seen: unknown[] }).seen = []);
    const look = () => {
      const header = document.querySelector('.embed-header');
      seen.push({ plain: document.documentElement.hasAttribute('data-plain'), theme: document.documentElement.getAttribute('data-theme'), header: header && header.getBoundingClientRect().height });
      if (!performance.getEntriesByName('first-contentful-paint').length) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: { plain: boolean; theme: string | null; header: number | null }[] }).seen);
  const graphic = graphicIds[2]!;
  const states = statesOf(graphic);
  for (const [req, plain, theme] of [
    [{ graphic, plain: true, theme: 'dark' }, true, 'dark'],
    [{ graphic, step: states[1], plain: true, theme: 'light' }, true, 'light'],
    [{ graphic, theme: 'dark' }, false, 'dark'],
  ] as const) {
    await page.goto('about:blank');
    const url = embedUrl(baseURL!, req, states);
    const release = await openBeforeScripts(page, url);
    const painted = await seen();
    expect(painted.length, url).toBeGreaterThan(0);
    for (const f of painted) expect({ plain: f.plain, theme: f.theme }, url).toEqual({ plain, theme });
    // Dropped in every frame when plain; shown by the first paint otherwise (a frame may come before its text is parsed).
    if (plain) for (const f of painted) expect(f.header ?? 0, url).toBeLessThanOrEqual(1);
    else expect(painted.at(-1)!.header, url).toBeGreaterThan(10);
    release();
    await page.waitForLoadState('load');
    await page.unrouteAll();
  }
  // An address with no fragment, or one the page does not know, marks nothing.
  for (const hash of ['', '#constructor', '#plain-sepia']) {
    await page.goto('about:blank');
    const release = await openBeforeScripts(page, `${baseURL}${embedPath(graphic)}${hash}`);
    expect(await page.evaluate(() => [document.documentElement.hasAttribute('data-plain'), document.documentElement.getAttribute('data-theme')]), hash).toEqual([false, null]);
    release();
    await page.waitForLoadState('load');
    await page.unrouteAll();
  }
});

// A target with a box is scrolled into view, and on one origin that scrolls the host page to the frame as it loads.
test('an embed URL’s fragment does not scroll the page that frames it', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 600, height: 800 });
  const graphic = graphicIds[0]!;
  const states = statesOf(graphic);
  for (const req of [{ graphic, step: states[1], plain: true }, { graphic, step: states[1], static: true, theme: 'dark' as const }, { graphic, plain: true }]) {
    const src = embedUrl(baseURL!, req, states);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">` +
      `<div style="height:2500px"></div><iframe title="Graphic" style="width:100%;height:640px;border:0"></iframe><div style="height:3000px"></div></body></html>`;
    // Served from the site's own origin, where the browser lets a frame scroll its parent.
    await page.route('**/host-page.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto('/host-page.html');
    // The host is read 1200 px down when the frame starts to load, below the fold.
    await page.evaluate((url) => {
      scrollTo(0, 1200);
      document.querySelector('iframe')!.src = url;
    }, src);
    await expect.poll(() => page.frames().find((f) => f.url() === src)?.evaluate(() => document.readyState)).toBe('complete');
    const frame = page.frames().find((f) => f.url() === src)!;
    expect(await frame.evaluate(() => document.querySelector(':target')?.id), src).toBe(new URL(src).hash.slice(1));
    await frames(page);
    expect(await page.evaluate(() => scrollY), src).toBe(1200);
    await page.unrouteAll();
  }
});

test('static=1 on the step-through page: a still, no controls', async ({ page }) => {
  await page.goto('/embed/troop-arrivals/?static=1');
  await expect(page.locator('scene-graphic')).toHaveAttribute('data-state', statesOf('troop-arrivals')[0]!);
  await expect(page.locator('embed-controls')).toBeHidden();
});

test('the step-through works with buttons and keys, and says where it is', async ({ page }) => {
  const states = statesOf('casualty-tally');
  await page.goto('/embed/casualty-tally/');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('scene-graphic')).toHaveAttribute('data-state', states[1]!);
  await expect(page.locator('[data-live]')).toContainText(`Step 2 of ${states.length}`);
  await page.keyboard.press('End');
  await expect(page.locator('scene-graphic')).toHaveAttribute('data-state', states.at(-1)!);
  await expect(page.locator(`button[data-state="${states.at(-1)}"]`)).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('scene-graphic')).toHaveAttribute('data-state', states.at(-2)!);
  await page.locator(`button[data-state="${states[0]}"]`).click();
  await expect(page.locator('scene-graphic')).toHaveAttribute('data-state', states[0]!);
  await expect(page.getByRole('button', { name: 'Previous' })).toHaveAttribute('aria-disabled', 'true');
});

test('every embed page is noindex, points its canonical link at the explainer and can be framed anywhere', async ({ request }) => {
  // Nothing the site sends may forbid framing: no X-Frame-Options, and no frame-ancestors but *.
  const forbids = (text: string) => /x-frame-options|frame-ancestors\s+(?!\*\s*(;|$))/i.test(text);
  const headersFile = 'dist/_headers';
  if (existsSync(headersFile)) expect(forbids(readFileSync(headersFile, 'utf8'))).toBe(false);
  for (const path of [...stepThrough, ...steps, ...stills]) {
    const response = await request.get(path);
    const html = await response.text();
    expect(html, path).toContain('<meta name="robots" content="noindex">');
    expect(new URL(/<link rel="canonical" href="([^"]+)">/.exec(html)![1]!).pathname, path).toBe('/');
    expect(forbids(JSON.stringify(response.headers())), path).toBe(false);
    expect(forbids(/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? ''), path).toBe(false);
  }
});

/** How far the shown phone drawing runs on below the lowest thing drawn in it (see drawingFoot). */
const phoneFoot = (page: Page) => page.locator('.embed-main .graphic-frame[data-frame="phone"] svg').first().evaluate(drawingFoot);

// No passage card lies over an embed's drawing, so the foot the story's phone frame keeps for them would be an empty
// band under the legend: a still (its own page, its step page or ?step=) ends at its own drawing's foot, the step-through at its
// deepest state's, and keeps that height from state to state so its controls never move.
test('at a phone’s width an embed’s drawing ends where it is drawn, and the step-through keeps one height', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  for (const state of ['final', 'categories', 'first-reports']) {
    for (const path of [stillPath('casualty-tally', state), stepPath('casualty-tally', state), `/embed/casualty-tally/?step=${state}`]) {
      await page.goto(path);
      // A ?step= still fits its drawing as its script shows the state.
      if (path.includes('?')) await expect(page.locator('html[data-still] scene-graphic')).toHaveAttribute('data-state', state);
      const { foot } = await phoneFoot(page);
      expect(foot, path).toBeGreaterThanOrEqual(-1);
      expect(foot, path).toBeLessThan(16);
    }
  }
  await page.goto('/embed/casualty-tally/');
  const seen: { foot: number; height: number }[] = [];
  for (const state of statesOf('casualty-tally')) {
    await page.locator(`button[data-state="${state}"]`).click();
    await expect(page.locator('scene-graphic')).toHaveAttribute('data-state', state);
    // Measured once the tween has ended (the first state is shown from the start and never marked).
    await expect(page.locator('scene-graphic')).not.toHaveAttribute('data-settled', 'false');
    seen.push(await phoneFoot(page));
  }
  expect(new Set(seen.map((s) => Math.round(s.height))).size).toBe(1);
  for (const s of seen) expect(s.foot).toBeGreaterThanOrEqual(-1);
  expect(Math.min(...seen.map((s) => s.foot))).toBeLessThan(16);
});

// An iframe as wide as a page must not blow the drawing up: labels designed at 12 to 13 units would be 17 px or more
// and the figure taller than the screen.
test('in a frame wider than the drawing, it stays at its design width, centred with its header', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of [...stepThrough, stills[0]!, stepPath('casualty-tally', 'categories'), '/embed/casualty-tally/?step=categories', '/embed/unrest-map/?static=1']) {
    await page.goto(path);
    // The desktop drawing alone: a still's crop of the phone drawing must not show it too.
    if (path.includes('?')) await expect(page.locator('html[data-still]')).toHaveCount(1);
    await expect(page.locator('.embed-main .graphic-frame[data-frame="phone"]:visible')).toHaveCount(0);
    const { svg, header } = await page.evaluate(() => {
      const box = (el: Element) => { const r = el.getBoundingClientRect(); return { left: Math.round(r.left), right: Math.round(innerWidth - r.right), width: Math.round(r.width) }; };
      return { svg: box(document.querySelector('.graphic-frame[data-frame="desktop"] svg')!), header: box(document.querySelector('.embed')!) };
    });
    expect(svg.width, path).toBeLessThanOrEqual(720);
    expect(Math.abs(svg.left - svg.right), path).toBeLessThanOrEqual(1);
    expect(Math.abs(header.left - header.right), path).toBeLessThanOrEqual(1);
  }
});

test.describe('script budget', () => {
  for (const path of stepThrough) {
    test(`${path} loads at most 25 KiB of script (gzipped)`, async ({ page }, info) => {
      const scripts = await scriptBytes(page, path);
      const gzip = scripts.reduce((n, s) => n + s.gzip, 0);
      info.annotations.push({ type: 'js-bytes', description: `${path}: ${scripts.reduce((n, s) => n + s.raw, 0)} raw, ${gzip} gzip` });
      expect(scripts.map((s) => s.status)).toEqual(scripts.map(() => 200));
      expect(gzip).toBeLessThanOrEqual(JS_BUDGET);
    });
  }

  // A step page's script only applies the URL's options and reports the height: one file, about a kilobyte.
  test('every step page loads one script of at most 1.5 KiB (gzipped)', async ({ context }) => {
    for (const path of steps) {
      // A page of its own each: every call adds its own listener for responses.
      const page = await context.newPage();
      const scripts = await scriptBytes(page, path);
      await page.close();
      expect(scripts.map((s) => [new URL(s.url).pathname, s.status]), path).toEqual([['/embed/step.js', 200]]);
      expect(scripts[0]!.gzip, path).toBeLessThanOrEqual(1536);
    }
  });

  test('every still page (static=1) has no script at all and shows its figure with JavaScript off', async ({ browser, request }) => {
    for (const path of stills) expect(await (await request.get(path)).text(), path).not.toMatch(/<script/i);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of stills.slice(0, 3)) {
      await page.goto(path);
      await expect(page.locator('figure.graphic svg:visible')).toHaveCount(1);
    }
    await context.close();
  });
});

// A face fetched before the first paint delays it on a slow link: an embed fetches only the families its text is set in.
test('an embed fetches no font family that none of its text is set in', async ({ browser }) => {
  for (const path of [...stepThrough, steps[1]!, `${stepThrough[0]}?step=${statesOf(graphicIds[0]!)[1]}`, stills[0]!]) {
    // A context of its own per page: a face cached by the page before would be used without a request.
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched = new Set<string>();
    page.on('request', (r) => {
      const family = r.url().match(/\/source-(sans-3|serif-4)-/)?.[1];
      if (r.resourceType() === 'font' && family) fetched.add(family === 'sans-3' ? 'Source Sans 3' : 'Source Serif 4');
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    const used = await page.evaluate(() => {
      const families = new Set<string>();
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement;
        if (!n.textContent?.trim() || !el?.checkVisibility()) continue;
        families.add(getComputedStyle(el).fontFamily.split(',')[0]!.replace(/["']/g, '').trim());
      }
      return [...families];
    });
    await context.close();
    expect(used, path).toContain('Source Sans 3');
    expect([...fetched], `${path}: the sans faces are fetched`).toContain('Source Sans 3');
    for (const family of fetched) expect(used, `${path} fetched ${family}`).toContain(family);
  }
});

test.describe('accessibility (axe-core)', () => {
  const pages = [
    ...[320, 1000].flatMap((width) => stepThrough.flatMap((p) => [`${p}?theme=light`, `${p}?theme=dark`].map((path) => ({ path, width })))),
    // A still page holds the same figure, title, description and table as the step-through shows in that state.
    ...stills.map((path) => ({ path, width: 320 })),
    { path: `${stills[0]}#plain-dark`, width: 1000 },
    // A step page holds the still page's figure at its natural height.
    ...graphicIds.map((g) => ({ path: `${stepPath(g, statesOf(g).at(-1)!)}#plain-dark`, width: 320 })),
    { path: '/embed/', width: 1280 },
    { path: '/embed/no-such-graphic/', width: 390 },
  ];
  for (const { path, width } of pages) {
    test(`${path} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).exclude('iframe').analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
});

// A narrow embed shows the phone's drawing, and print lays out the desktop's, which the steps left for later.
test('printing a narrow embed prints the drawing of the state it shows', async ({ page }) => {
  const states = statesOf('casualty-tally');
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto('/embed/casualty-tally/');
  await page.getByRole('button', { name: 'Next' }).click();
  const stage = page.locator('scene-graphic');
  await expect(stage).toHaveAttribute('data-state', states[1]!);
  await expect(stage).toHaveAttribute('data-settled', 'true');
  // The reading the other tests make of a stage against a static figure, as a function in the page, so beforeprint
  // and both readings run in one task and no resize observation comes between them.
  const read = await page.evaluateHandle(`(${stageParts})`);
  const { before, after } = await stage.evaluate(
    (el, [read, state]) => {
      const drawn = () => {
        const desktop = (read as typeof stageParts)(el, state).find((p) => p.part === 'desktop')!;
        return desktop.live === desktop.still;
      };
      const before = drawn();
      dispatchEvent(new Event('beforeprint'));
      return { before, after: drawn() };
    },
    [read, states[1]!] as const,
  );
  expect(before).toBe(false);
  expect(after).toBe(true);
});
