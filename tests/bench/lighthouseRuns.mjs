// Lighthouse through its Node API, against the Chromium the browser tests use.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { bundledChromium, HOW_TO_GET_A_BROWSER, systemChromium } from '../support/browserPath.mjs';
import { summarizeLhr } from './summarize.mjs';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts one Chromium for all the Lighthouse runs (each run opens a fresh tab with a cold cache). */
export async function launchChrome() {
  const chromePath = systemChromium() ?? (await bundledChromium());
  if (!chromePath) throw new Error(HOW_TO_GET_A_BROWSER);
  return launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
}

/** One Lighthouse run of `url` in the 'mobile' (default) or 'desktop' preset; returns the full result. */
export async function lighthouseRun(url, preset, port) {
  // No full-page screenshot: on a story tens of thousands of pixels long it takes minutes and measures nothing.
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'], disableFullPageScreenshot: true };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

/**
 * `runs` Lighthouse runs of one URL and preset, summarized; `onRun` hears each (with its full result) as it finishes.
 * Returns the summaries of the runs that finished and the errors of those that did not.
 */
export async function lighthouseRuns(url, preset, port, runs, onRun = () => {}) {
  const out = [];
  const failures = [];
  for (let i = 0; i < runs; i++) {
    let lhr = await lighthouseRun(url, preset, port);
    // A run Lighthouse itself could not finish (a protocol timeout on a busy machine) is run again, twice at most.
    for (let retry = 0; lhr.runtimeError && retry < 2; retry++) {
      process.stderr.write(`  ${url} ${preset}: ${lhr.runtimeError.code}, running it again\n`);
      lhr = await lighthouseRun(url, preset, port);
    }
    if (lhr.runtimeError) {
      failures.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      continue;
    }
    const row = summarizeLhr(lhr);
    onRun(row, i, lhr);
    out.push(row);
  }
  return { runs: out, failures };
}
