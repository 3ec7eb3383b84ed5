import type { Frame, Page } from '@playwright/test';
import { graphics } from '../../src/graphics/index';
import { embedSnippet } from '../../src/lib/embedSnippet';
import { embedUrl } from '../../src/lib/embedUrls';
import { embedFrame, expectSized, measure, messagesInNextTwoSeconds, pymHost, snippetHost } from '../support/embedHost';
import { expect, test, type HostServer } from '../support/hostServer';

// Each width with a different graphic: every graphic gets sized, without multiplying the runs.
const CASES = [
  { width: 320, graphic: 'unrest-map' },
  { width: 600, graphic: 'troop-arrivals' },
  { width: 1000, graphic: 'casualty-tally' },
];

const ourSnippet = (baseURL: string, graphic = 'unrest-map') =>
  embedSnippet({ src: new URL(`/embed/${graphic}/`, baseURL).href, title: 'A graphic', href: baseURL, loader: new URL('/embed/loader.js', baseURL).href });

const hosts = {
  'the real pym.js Parent': (baseURL: string, graphic = 'unrest-map') => pymHost(new URL(`/embed/${graphic}/`, baseURL).href),
  'our loader': (baseURL: string, graphic = 'unrest-map') => snippetHost(ourSnippet(baseURL, graphic)),
};

/** Steps the embed forward with its own Next button and waits for the graphic to settle. */
async function stepForward(frame: Frame) {
  const before = await frame.locator('scene-graphic').getAttribute('data-state');
  await frame.getByRole('button', { name: 'Next' }).click();
  await expect(frame.locator('scene-graphic')).not.toHaveAttribute('data-state', before ?? '');
  await expect(frame.locator('scene-graphic')).toHaveAttribute('data-settled', 'true');
}

async function open(page: Page, host: HostServer, html: string, width: number) {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(host.serve('/host.html', html));
  const frame = await embedFrame(page);
  expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
  return frame;
}

for (const [name, html] of Object.entries(hosts)) {
  test.describe(`a host page using ${name}, on another origin`, () => {
    for (const { width, graphic } of CASES) {
      test(`sizes the iframe to the ${graphic} embed at ${width} px, and again after the embed changes state`, async ({ page, baseURL, host }) => {
        const frame = await open(page, host, html(baseURL!, graphic), width);
        await expect(frame.locator('scene-graphic svg:visible')).toHaveCount(1);
        await expectSized(page, frame);
        expect(await messagesInNextTwoSeconds(page)).toBeLessThanOrEqual(10);
        await stepForward(frame);
        await expectSized(page, frame);
        await stepForward(frame);
        await expectSized(page, frame);
      });
    }
  });
}

// What a step's snippet loads, with the host's own title: pym.js builds its address with the fragment kept at the end.
test('a step page with its options in the fragment is sized by the real pym.js Parent and by our loader', async ({ page, baseURL, host }) => {
  const src = embedUrl(baseURL!, { graphic: 'troop-arrivals', step: 'withdrawal', plain: true }, graphics['troop-arrivals'].states);
  const snippet = embedSnippet({ src, title: 'A graphic', href: baseURL!, loader: new URL('/embed/loader.js', baseURL).href });
  for (const html of [pymHost(src), snippetHost(snippet)]) {
    const frame = await open(page, host, html, 390);
    expect(new URL(frame.url()).hash).toBe('#plain');
    expect(await frame.locator('.embed-header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    await expectSized(page, frame);
  }
});

// A snippet pasted before each state had a page of its own: our loader takes it to the state's page.
test('our loader takes an older snippet for one step to that step’s page, which it sizes', async ({ page, baseURL, host }) => {
  const src = new URL('/embed/troop-arrivals/?step=withdrawal&plain=1', baseURL).href;
  const snippet = embedSnippet({ src, title: 'A graphic', href: baseURL!, loader: new URL('/embed/loader.js', baseURL).href });
  const frame = await open(page, host, snippetHost(snippet), 390);
  expect(new URL(frame.url()).pathname + new URL(frame.url()).hash).toBe('/embed/troop-arrivals/step/withdrawal/#plain');
  await expectSized(page, frame);
});

// A ?step= query (what a step's snippet named before each state had a page of its own) makes the step-through a still,
// cut to its state's foot and with no controls: the first height it sends must already be the still's.
test('a step-through asked for one state by query never reports the taller step-through height', async ({ page, baseURL, host }) => {
  await page.addInitScript(() => {
    const heights: number[] = ((window as unknown as { heights: number[] }).heights = []);
    addEventListener('message', (e) => {
      const h = typeof e.data === 'string' && e.data.includes('xPYMxheightxPYMx') ? Number(e.data.split('xPYMx')[3]) : NaN;
      if (h) heights.push(h);
    });
  });
  const frame = await open(page, host, pymHost(new URL('/embed/casualty-tally/?step=categories', baseURL).href), 390);
  await expect(frame.locator('html[data-still] scene-graphic')).toHaveAttribute('data-state', 'categories');
  await expectSized(page, frame);
  const final = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
  expect(heights.length).toBeGreaterThan(0);
  // Within a line of text (a face arriving late); the step-through's room for its controls alone is 76 px.
  expect(Math.max(...heights) - final, heights.join(', ')).toBeLessThanOrEqual(20);
});

test('the embed sends no height message once its height has settled', async ({ page, baseURL, host }) => {
  const frame = await open(page, host, hosts['our loader'](baseURL!), 600);
  await expectSized(page, frame);
  expect(await messagesInNextTwoSeconds(page)).toBe(0);
});

test.describe('our loader', () => {
  test('ignores a height from a window that is not the iframe, or from another origin', async ({ page, baseURL, host }) => {
    const frame = await open(page, host, hosts['our loader'](baseURL!), 600);
    await expectSized(page, frame);
    const sized = (await measure(page, frame)).iframe;
    const fake = { sentinel: 'amp', type: 'embed-size', height: 37 };
    // From the host window itself, and from a second frame on the host's origin.
    await page.evaluate((m) => window.postMessage(m, '*'), fake);
    await page.evaluate((m) => {
      const other = document.createElement('iframe');
      other.srcdoc = `<script>parent.postMessage(${JSON.stringify(m)}, '*'); parent.postMessage('pymxPYMxgraphicxPYMxheightxPYMx37', '*')<\/script>`;
      document.body.append(other);
    }, fake);
    // From the embed's own window once it has been navigated to another origin.
    const impostor = host.serve('/impostor.html', `<script>parent.postMessage(${JSON.stringify(JSON.stringify({ context: 'iframe.resize', height: 37 }))}, '*')</script>`);
    await frame.evaluate((url) => (location.href = url), impostor);
    await expect.poll(() => page.evaluate(() => (window as unknown as { heightLog: number[] }).heightLog.length)).toBeGreaterThanOrEqual(4);
    expect(await page.locator('iframe[data-kz-embed]').evaluate((el) => el.getBoundingClientRect().height)).toBe(sized);
  });

  test('loads an off-screen iframe only when it comes near, and gives it a title when it has none', async ({ page, baseURL, host }) => {
    const markup = ourSnippet(baseURL!).replace(/ title="[^"]*"/, '');
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(host.serve('/long.html', snippetHost(`<div style="height:4000px">Story text</div>${markup}`)));
    const iframe = page.locator('iframe[data-kz-embed]');
    await expect(iframe).toHaveAttribute('title', /.+/);
    expect(await iframe.getAttribute('src')).toBeNull();
    await page.locator('.kz-embed-fallback').scrollIntoViewIfNeeded();
    await expect(iframe).toHaveAttribute('src', /\/embed\/unrest-map\//);
    await expect(page.locator('.kz-embed-fallback')).toBeHidden();
    await expectSized(page, await embedFrame(page));
  });

  test('leaves the plain link when scripts are off', async ({ browser, baseURL, host }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(host.serve('/no-script.html', snippetHost(ourSnippet(baseURL!))));
    await expect(page.locator('.kz-embed-fallback')).toBeVisible();
    await expect(page.locator('iframe')).toBeHidden();
    await context.close();
  });
});

test('the snippet copied from the story, pasted into a blank page on another origin, shows the graphic at the right height', async ({ browser, baseURL, host }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const story = await context.newPage();
  await story.goto('/');
  // The first passage's embed code, where a reader finds it (the stage beside the passages shows none of its own).
  const embed = story.locator('.step details.embed-code').first();
  await embed.locator('summary').click();
  await embed.getByRole('button', { name: 'Copy code' }).first().click();
  await expect(embed.getByRole('status')).toHaveText('Embed code copied.');
  const snippet = await story.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toContain('data-kz-embed');
  // The snippet names the site's public address: the build's SITE_URL must be where the tests find it.
  expect(snippet).toContain(new URL('/embed/', baseURL).href);
  for (const width of [390, 1280]) {
    const blank = await context.newPage();
    await blank.setViewportSize({ width, height: 844 });
    await blank.goto(host.serve('/blank.html', `<!doctype html><title>Blank</title>${snippet}`));
    await expectSized(blank, await embedFrame(blank));
    await blank.close();
  }
  await context.close();
});
