// Where Chromium is: an explicit path, the system package, or Playwright's own download.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** A Chromium executable path, or undefined when Playwright's bundled browser should be used (or none exists). */
export function systemChromium() {
  return candidates.find((p) => p && existsSync(p));
}

/** True when Playwright's own Chromium has been downloaded (`npx playwright install chromium`). */
export async function bundledChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    return existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

export const HOW_TO_GET_A_BROWSER = `No Chromium found for the browser tests. Either:
  - on Debian/Ubuntu: sudo apt-get install chromium      (found at /usr/bin/chromium)
  - anywhere Playwright can download: npx playwright install chromium
  - or point CHROMIUM_PATH at an existing Chromium or Chrome executable.`;
