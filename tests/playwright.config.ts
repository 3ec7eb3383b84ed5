import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { systemChromium } from './support/browserPath.mjs';

// E2E_PORT lets several checkouts test side by side; 4321 is the site's usual port.
const port = Number(process.env.E2E_PORT ?? 4321);
const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = systemChromium();
const chromium = devices['Desktop Chrome'];
const spec = (names: string[]) => names.map((n) => new RegExp(`/${n}\\.spec\\.ts$`));
const everySize = spec(['stepEngine', 'layout', 'keyboard', 'noJs']);
const narrowOnly = spec(['accessibilityNarrow']);
const phoneAndDesktop = spec(['deepLinks', 'readingModes', 'accessibility', 'graphicStates', 'page', 'lifecycle', 'static', 'keyboardWalk']);

/** Playwright against the built site (`npx astro build` first): two phone sizes and a desktop. */
export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // On CI one retry absorbs a timeout caused by load on a two-core machine; locally a failure shows at once.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
  },
  // The step engine and the reading layout are checked at every size; whole-page gates (accessibility, deep links,
  // reading modes, the static edition) at a phone and the desktop, with one shorter axe pass of the story at 320 px; the policy, tab order, print, downloads and embeds
  // (which set their own widths) once, at the desktop. Running every spec at every size would triple the suite and test nothing more.
  projects: [
    { name: 'phone-320', testMatch: [...everySize, ...narrowOnly], use: { ...chromium, viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
    { name: 'phone-390', testMatch: [...everySize, ...phoneAndDesktop], use: { ...chromium, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 } },
    { name: 'desktop-1280', testIgnore: narrowOnly, use: { ...chromium, viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
