import type { Frame, Page } from '@playwright/test';
import { embedSnippet } from '../../src/lib/embedSnippet';
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
