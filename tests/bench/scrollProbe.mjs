// Scrolls the story on a throttled phone and records what a reader would feel: long tasks and dropped frames.
import { chromium } from '@playwright/test';
import { systemChromium } from '../support/browserPath.mjs';
import { summarizeFrames } from './summarize.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Runs in the page before any of its scripts: every frame's time and every long task, kept from the start.
function recorder() {
  const probe = { frames: [], longTasks: [] };
  Object.defineProperty(window, '__probe', { value: probe });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const tick = (t) => {
    probe.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The samples recorded between two page times. */
async function samples(page, from, to) {
  return page.evaluate(([a, b]) => {
    const p = window.__probe;
    return {
      frameTimes: p.frames.filter((t) => t >= a && t <= b),
      longTasks: p.longTasks.filter((l) => l.start + l.duration >= a && l.start <= b).map((l) => l.duration),
      durationMs: b - a,
    };
  }, [from, to]);
}

// Waits for the last frame to be drawn after the scroll stops, so work it triggered is counted.
const settle = (page) => page.evaluate(() => new Promise((resolve) => {
  let last = scrollY;
  let still = 0;
  const check = () => {
    still = scrollY === last ? still + 1 : 0;
    last = scrollY;
    const stages = [...document.querySelectorAll('[data-settled]')];
    if (still >= 30 && stages.every((s) => s.getAttribute('data-settled') !== 'false')) resolve(undefined);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}));

/**
 * The page doing nothing for 120 frames (two seconds at 60 fps): frames dropped here are the machine's, not the
 * page's. Counted in frames, so a slow machine is watched for as many frames as a fast one.
 */
async function idle(page) {
  const from = await page.evaluate(() => performance.now());
  const to = await page.evaluate(() => new Promise((resolve) => {
    let left = 120;
    const tick = (t) => (--left > 0 ? requestAnimationFrame(tick) : resolve(t));
    requestAnimationFrame(tick);
  }));
  return samples(page, from, to);
}

/** Scrolls top to bottom, `stepPx` per frame. */
async function stepScroll(page, stepPx) {
  const from = await page.evaluate(() => performance.now());
  await page.evaluate(async (step) => {
    const max = () => document.documentElement.scrollHeight - innerHeight;
    while (scrollY < max() - 1) {
      scrollBy({ top: step, behavior: 'instant' });
      await new Promise((r) => requestAnimationFrame(r));
    }
  }, stepPx);
  await settle(page);
  return samples(page, from, await page.evaluate(() => performance.now()));
}

/** One fast fling from the top to the bottom of the story: a compositor-driven wheel gesture (headless Chromium ignores synthetic touch scrolls). */
async function fling(page, cdp, speed) {
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  await settle(page);
  const from = await page.evaluate(() => performance.now());
  const distance = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  await cdp.send('Input.synthesizeScrollGesture', { x: 195, y: 700, yDistance: -distance, speed, gestureSourceType: 'mouse' });
  await settle(page);
  return samples(page, from, await page.evaluate(() => performance.now()));
}

/** Loads `url` at 390x844 with the CPU slowed `cpuRate` times, watches it idle, then scrolls it in small steps and by a fling. */
export async function scrollProbe(url, { cpuRate = 4, stepPx = 40, flingSpeed = 12000 } = {}) {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.addInitScript(recorder);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await settle(page);
    const still = summarizeFrames(await idle(page));
    const steps = summarizeFrames(await stepScroll(page, stepPx));
    const flung = summarizeFrames(await fling(page, cdp, flingSpeed));
    const reachedEnd = await page.evaluate(() => scrollY >= document.documentElement.scrollHeight - innerHeight - 2);
    return { idle: still, steps, fling: { ...flung, reachedEnd } };
  } finally {
    await browser.close();
  }
}
