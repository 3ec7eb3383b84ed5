import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { graphicIds, graphics } from '../../src/graphics/index';
import { cspHash } from '../../src/integrations/cspHash.mjs';
import { embedFragmentScript } from '../../src/lib/embedFragmentScript';
import { embedPath, embedUrl } from '../../src/lib/embedUrls';
import { sitePages } from '../support/sitePages';
import { openStory } from '../support/scrollyPage';
import { scrollToStep, stepSlugs } from '../support/storyDriver';

// Every page, under its own Content-Security-Policy (it is in the HTML), with every other host blocked. The policy
// and the network do not depend on the viewport, so tests/playwright.config.ts runs this file in one project.

/** Collects policy violations the page reports and requests that try to leave the site. */
async function watch(page: Page, origin: string) {
  const offSite: string[] = [];
  const problems: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) {
      offSite.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  return { offSite, problems, violations };
}

for (const { path, kind } of sitePages()) {
  test(`${path}: no request leaves the site and nothing breaks the policy`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const { offSite, problems, violations } = await watch(page, origin);
    if (kind === 'story') await openStory(page, path);
    else await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    if (kind === 'story') {
      // The story still works under the policy: scrolling makes steps current and the graphics follow.
      const slugs = await stepSlugs(page);
      for (const slug of [slugs[1]!, slugs[Math.floor(slugs.length / 2)]!, slugs.at(-1)!]) {
        await scrollToStep(page, slug);
        // The live graphic of the step's own run (each chapter has its stage) shows the step's state.
        const step = page.locator(`#step-${slug}`);
        const state = await step.getAttribute('data-state');
        await expect(page.locator(`[data-run]:has(#step-${slug}) scene-graphic`)).toHaveAttribute('data-state', state!);
      }
    } else {
      await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    }
    await page.waitForLoadState('networkidle');
    expect(offSite).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('the policy is enforced and a violation would be seen', async ({ page, baseURL }) => {
  const { violations } = await watch(page, new URL(baseURL!).origin);
  await page.goto('/');
  // An injected inline script must be refused, and reported to the listener the tests rely on.
  await page.addScriptTag({ content: 'window.__inlineRan = true;' }).catch(() => undefined);
  expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
});

// The embed pages' fragment script comes before the policy's <meta>, which governs only what follows it: a static host
// that sends dist/_headers is where its hash is enforced. Served so here, with the right hash and without it, and with
// the page's own script kept away, as when it fails to load.
test('the embed pages’ fragment script runs under the policy a static host sends, and only by its hash', async ({ page, baseURL }) => {
  const policy = readFileSync('dist/_headers', 'utf8').match(/^\s+Content-Security-Policy:\s*(.+)$/m)?.[1] ?? '';
  const hash = `'${cspHash(embedFragmentScript)}'`;
  expect(policy).toContain(hash);
  const graphic = graphicIds[0]!;
  const url = embedUrl(baseURL!, { graphic, plain: true, theme: 'dark' }, graphics[graphic].states);
  const { violations } = await watch(page, new URL(baseURL!).origin);
  for (const [sent, runs] of [[policy, true], [policy.replace(hash, ''), false]] as const) {
    await page.route((u) => u.pathname === embedPath(graphic), async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': sent } });
    });
    // The page's own script is kept away: the root's attributes can come only from the fragment script.
    await page.route(/\.m?js(\?|$)/, (route) => route.abort());
    await page.goto('about:blank');
    await page.goto(url);
    const marked = await page.evaluate(() => [document.documentElement.hasAttribute('data-plain'), document.documentElement.getAttribute('data-theme')]);
    expect(marked, runs ? 'with its hash' : 'without its hash').toEqual(runs ? [true, 'dark'] : [false, null]);
    if (runs) {
      // With the page's own script gone, a host's change of fragment is still followed.
      await page.evaluate(() => (location.hash = 'light'));
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await expect(page.locator('html')).not.toHaveAttribute('data-plain', /.*/);
      await expect(page.locator('.embed-header h1')).toBeVisible();
      expect(await violations()).toEqual([]);
    } else await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? blocked inline/));
    await page.unrouteAll();
  }
});

test.describe('with the policy bypassed', () => {
  // The policy would refuse the request first; the blocker must catch it on its own too.
  test.use({ bypassCSP: true });

  test('a request to another host is caught', async ({ page, baseURL }) => {
    const { offSite } = await watch(page, new URL(baseURL!).origin);
    await page.goto('/');
    await page.evaluate(() => fetch('https://example.org/x').catch(() => undefined));
    expect(offSite).toEqual(['https://example.org/x']);
  });
});
