import { expect, test } from '@playwright/test';
import { focusWalk } from '../support/focusWalk';
import { projectWidth } from '../support/projectViewport';
import { sitePages } from '../support/sitePages';

// A keyboard reader tabs through each page from the top: every control is reached, in reading order,
// visibly focused and never hidden under the sticky graphic, and focus always moves on (no trap).
for (const { path, kind } of sitePages()) {
  test(`Tab walks ${path}`, async ({ page }, info) => {
    const width = projectWidth(info);
    // The story and the gallery (an editor's page) at a phone and the desktop; other pages at the phone size, where
    // space is tightest.
    const walkedAt = kind === 'story' || kind === 'gallery' ? [390, 1280] : [390];
    test.skip(!walkedAt.includes(width), `walked at ${walkedAt.join(' and ')} px`);
    test.setTimeout(300_000);
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const { stops, missed, trapped, lostAfter } = await focusWalk(page);
    expect(stops.length).toBeGreaterThan(0);
    expect(lostAfter, 'focus fell back to the page with controls still ahead').toBeUndefined();
    expect(trapped, `focus came back round without leaving the page, after ${stops.length} stops: … ${stops.slice(-8).map((s) => s.name).join(' → ')}`).toBe(false);
    expect(missed, 'controls Tab never reached').toEqual([]);
    expect(stops.filter((s) => !s.inOrder).map((s) => s.name), 'focus went back up the page').toEqual([]);
    expect(stops.filter((s) => !s.visible).map((s) => `${s.name}: ${s.why}`), 'focused but not visible').toEqual([]);
  });
}

test('the walk catches a trap, a jump back up, a hidden focus and a missing indicator', async ({ page }, info) => {
  // Once, in the phone project (this file does not run at 320); the check sets its own viewport.
  test.skip(projectWidth(info) !== 390, 'a check of the checker: once is enough');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.setContent(`
    <style>a:focus { outline: 2px solid blue } .bare:focus { outline: none } .cover { position: fixed; inset: 0 0 auto 0; height: 100px; background: #fff }</style>
    <div class="cover"></div>
    <a href="#a" id="hidden">under the cover</a>
    <p><a href="#b" id="late" tabindex="2">positive tabindex</a> <a href="#c" id="early" tabindex="1">first</a></p>
    <p style="margin-top: 300px"><a href="#d" class="bare" id="bare">no ring</a></p>`);
  const walk = await focusWalk(page);
  expect(walk.trapped).toBe(false);
  expect(walk.stops.filter((s) => !s.inOrder).map((s) => s.name)).toEqual([expect.stringContaining('a#late'), expect.stringContaining('a#hidden')]);
  const unseen = walk.stops.filter((s) => !s.visible).map((s) => s.why).join(' | ');
  expect(unseen).toMatch(/hidden under div/);
  expect(unseen).toMatch(/no focus indicator/);

  await page.setContent(`<a href="#x" id="x">one</a> <a href="#y" id="y">two</a>
    <script>document.getElementById('y').addEventListener('keydown', (e) => { if (e.key === 'Tab') { e.preventDefault(); document.getElementById('x').focus(); } });</script>`);
  expect((await focusWalk(page)).trapped).toBe(true);

  await page.setContent(`<a href="#x" id="x">one</a> <a href="#s" id="skipped">two</a> <a href="#z" id="z">three</a>
    <script>document.getElementById('x').addEventListener('keydown', (e) => { if (e.key === 'Tab') { e.preventDefault(); document.getElementById('z').focus(); } });</script>`);
  expect((await focusWalk(page)).missed).toEqual([expect.stringContaining('a#skipped')]);
});
