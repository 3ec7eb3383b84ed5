import { expect, type Frame, type Page } from '@playwright/test';

// Counts, in the host, every message that carries a height, with the time it arrived.
const HEIGHT_LOG = `<script>
window.heightLog = [];
addEventListener('message', function (e) {
  var d = e.data, s = typeof d === 'string' ? d : '';
  if ((d && d.sentinel === 'amp' && d.type === 'embed-size') || s.indexOf('xPYMxheightxPYMx') > 0 || s.indexOf('"iframe.resize"') > 0) {
    heightLog.push(performance.now());
  }
});
</script>`;

const hostPage = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${title}</title><style>body{margin:0;font-family:sans-serif}</style>${HEIGHT_LOG}</head><body>${body}</body></html>`;

/** A host page that frames `embedUrl` with the real pym.js Parent (the npm package). */
export const pymHost = (embedUrl: string): string =>
  hostPage('pym.js host', `<div id="graphic"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent('graphic', ${JSON.stringify(embedUrl)}, {});</script>`);

/** A host page holding our snippet (or any other markup) as an embedder pastes it. */
export const snippetHost = (html: string): string => hostPage('our loader host', html);

/** The embed's frame inside a host page. */
export async function embedFrame(p: Page): Promise<Frame> {
  await expect.poll(() => p.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
  return p.frames().find((f) => f.url().includes('/embed/'))!;
}

/** What the host and the embed each say about the frame's size. */
export async function measure(p: Page, frame: Frame) {
  const iframe = await p.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    document: document.documentElement.getBoundingClientRect().height,
    overflow: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    scrollbar: innerWidth - document.documentElement.clientWidth,
  }));
  return { iframe, ...inner };
}

/** Waits until the host has sized the frame to the embed's document, within 2 px, with nothing to scroll inside. */
export async function expectSized(p: Page, frame: Frame): Promise<void> {
  await frame.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect
    .poll(async () => {
      const m = await measure(p, frame);
      return Math.abs(m.iframe - m.document) <= 2 && m.overflow <= 1 && m.scrollbar === 0;
    })
    .toBe(true);
}

/** The height messages the host receives in the two seconds (page time) after this call. */
export async function messagesInNextTwoSeconds(p: Page): Promise<number> {
  const t0 = await p.evaluate(() => performance.now());
  await p.waitForFunction((start) => performance.now() - start >= 2000, t0, { polling: 100 });
  return p.evaluate((start) => (window as unknown as { heightLog: number[] }).heightLog.filter((t) => t >= start).length, t0);
}
