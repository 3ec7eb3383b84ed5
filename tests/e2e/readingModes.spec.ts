import { expect, test } from '@playwright/test';
import { drawingFoot } from '../support/drawingFoot';
import { frames, openStory } from '../support/scrollyPage';

const story = 'scroll-story';

test('choosing a mode persists it in the URL and in storage, and keeps the step', async ({ page }) => {
  await openStory(page, '/');
  await expect(page.locator(story)).toHaveAttribute('data-mode', 'scroll');
  await page.getByRole('radio', { name: 'Step through' }).check();
  await expect(page.locator(story)).toHaveAttribute('data-mode', 'step');
  await expect(page).toHaveURL(/\?mode=step#step-price-rise$/);
  expect(await page.evaluate(() => localStorage.getItem('kz2022:reading-mode'))).toBe('step');
  await openStory(page, '/#step-appeal');
  await expect(page.locator(story)).toHaveAttribute('data-mode', 'step');
  await expect(page.locator('#step-appeal')).toBeVisible();
  await expect(page.locator('#step-first-landings')).toBeHidden();
  // In step-through the header is a short way up: switching from there keeps the reader on the same step.
  await page.getByRole('radio', { name: 'Scroll story' }).check();
  await expect(page.locator(story)).toHaveAttribute('data-mode', 'scroll');
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-appeal');
  await expect(page.locator('#step-appeal .step-text')).toBeInViewport();
  await expect(page).toHaveURL(/\?mode=scroll#step-appeal$/);
  await page.getByRole('radio', { name: 'Plain article' }).check();
  await expect(page.locator(story)).toHaveAttribute('data-mode', 'plain');
  await expect(page.locator('.stage').first()).toBeHidden();
  await expect(page.locator('[aria-current]')).toHaveCount(0);
  await page.reload();
  await expect(page.locator(story)).toHaveAttribute('data-mode', 'plain');
  await expect(page.locator('#step-appeal figure.graphic svg:visible')).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('kz2022:reading-mode'))).toBe('plain');
});

test('the URL parameter wins over storage, and bad values fall back to the default', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kz2022:reading-mode', 'plain'));
  await openStory(page, '/?mode=step');
  await expect(page.locator(story)).toHaveAttribute('data-mode', 'step');
  await openStory(page, '/?mode=banana');
  await expect(page.locator(story)).toHaveAttribute('data-mode', 'plain');
  await page.addInitScript(() => localStorage.setItem('kz2022:reading-mode', '{"x":1}'));
  await openStory(page, '/?mode=');
  await expect(page.locator(story)).toHaveAttribute('data-mode', 'scroll');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the story opens in step-through unless the reader chose a mode', async ({ page }) => {
    await openStory(page, '/');
    await expect(page.locator(story)).toHaveAttribute('data-mode', 'step');
    await openStory(page, '/?mode=scroll');
    await expect(page.locator(story)).toHaveAttribute('data-mode', 'scroll');
  });

  test('state changes are instant', async ({ page }) => {
    await openStory(page, '/?mode=step#step-appeal');
    await page.getByRole('button', { name: 'Next' }).click();
    const stage = page.locator('[data-run]:has(#step-first-landings) scene-graphic');
    // Settled at once: no tween runs under reduced motion.
    expect(await stage.evaluate((el) => [el.getAttribute('data-state'), el.getAttribute('data-settled')])).toEqual(['landings', 'true']);
  });
});

test('step-through: buttons and arrow keys move one step and focus its text', async ({ page }) => {
  await openStory(page, '/?mode=step');
  const prev = page.getByRole('button', { name: 'Previous' });
  const next = page.getByRole('button', { name: 'Next' });
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-price-rise');
  await expect(prev).toBeDisabled();
  // Opened without a hash, it starts at the top like any article; the first step's hash is written once the page
  // has loaded (written while loading, the browser scrolled to it, past the graphic to the step's text).
  await expect(page).toHaveURL(/\?mode=step#step-price-rise$/);
  await frames(page);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // The first chapter's link names the step already in the URL (no hashchange): its graphic comes into view too.
  await page.locator('a[href="#step-price-rise"]').first().click();
  await expect(page.locator('.run[data-current] .stage svg:visible')).toBeInViewport({ ratio: 0.6 });
  await expect(page.locator('#step-price-rise .step-card')).toBeInViewport();
  await expect(page.locator('#step-price-rise .step-card')).toBeFocused();
  await next.click();
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-zhanaozen-rally');
  await expect(page.locator('#step-zhanaozen-rally .step-card')).toBeFocused();
  await expect(page).toHaveURL(/#step-zhanaozen-rally$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#step-price-cut .step-card')).toBeFocused();
  await expect(page.locator('[data-run]:has(#step-price-cut) scene-graphic')).toHaveAttribute('data-state', 'jan-04');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#step-nights-on-the-square .step-card')).toBeFocused();
  await expect(page.locator('#step-nights-on-the-square .step-card')).toBeInViewport();
  await expect(page.locator('[data-step-counter]')).toHaveText(/^Step 3 of \d+: Nights on the square$/);
});

test('step-through keeps the reader’s step across a reload', async ({ page }) => {
  await openStory(page, '/?mode=step#step-airlift');
  const here = async () => {
    await expect(page.locator('scroll-story')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[aria-current="step"]')).toHaveId('step-airlift');
    await expect(page.locator('#step-airlift .step-card')).toBeInViewport();
    await expect(page).toHaveURL(/\?mode=step#step-airlift$/);
  };
  // The browser restores the scroll position; which step was shown is in the hash alone.
  await page.reload();
  await here();
});

test('step-through shows the step’s drawing, and the start of its text, after a link and after each move', async ({ page }) => {
  const phone = !test.info().project.name.startsWith('desktop');
  const onScreen = () =>
    page.evaluate(() => {
      const step = document.querySelector('.step[aria-current]')!;
      const svg = [...step.closest('.run')!.querySelectorAll('.stage svg')].find((s) => s.getBoundingClientRect().height > 0)!.getBoundingClientRect();
      const shown = Math.min(svg.bottom, innerHeight) - Math.max(svg.top, 0);
      const { top, bottom } = step.closest('.run')!.querySelector('.stage .graphic-title')!.getBoundingClientRect();
      // Where the step's source line is shown: beside the drawing, or after the passage's text.
      const credits = [...step.closest('.run')!.querySelectorAll('.credit')].filter((c) => c.checkVisibility());
      const credit = credits.map((c) => (c.closest('.stage') ? 'stage' : c.getBoundingClientRect().top > step.querySelector('.step-text')!.getBoundingClientRect().bottom ? 'after text' : 'before text'));
      return { id: step.id, drawing: shown / svg.height, textTop: step.querySelector('.step-card')!.getBoundingClientRect().top, height: innerHeight, title: { top, bottom }, credit };
    });
  // Measured once the stage shows the step's state whole: its title and source line, copied in as it settles, can
  // be longer than the last state's and push the text down.
  const settled = async () => {
    await expect(page.locator('.run[data-current] scene-graphic[data-settled="true"]:visible')).toHaveCount(1);
    // The passage offers the downloads and embed code; the stage beside it shows only its source, not a second set.
    for (const offer of ['.downloads', '.embed-code', '.graphic-table']) {
      await expect(page.locator(`.run[data-current] .run-steps ${offer}:visible`)).toHaveCount(1);
      await expect(page.locator(`.run[data-current] .stage ${offer}:visible`)).toHaveCount(0);
    }
    await frames(page);
    const { foot } = await page.locator('.run[data-current] .stage svg:visible').evaluate(drawingFoot);
    return { ...(await onScreen()), foot };
  };
  await openStory(page, '/?mode=step#step-final-toll');
  const seen = [await settled()];
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('[aria-current="step"] .step-card')).toBeFocused();
    seen.push(await settled());
  }
  // A link followed inside the page, to a step whose stage is hidden until then.
  await page.evaluate(() => (location.hash = 'step-independent-counts'));
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-independent-counts');
  seen.push(await settled());
  expect(seen.map((s) => s.id)).toEqual(['step-final-toll', 'step-injured-count', 'step-detentions', 'step-almaty-toll', 'step-deaths-by-city', 'step-independent-counts']);
  for (const s of seen) {
    // Most of the drawing is on screen, and the text's first line; the graphic's title is whole and clear of the
    // 4 px reading progress bar, or scrolled away.
    expect(s.drawing, s.id).toBeGreaterThan(0.6);
    expect(s.textTop, s.id).toBeLessThan(s.height - 30);
    expect(s.title.top >= 4 || s.title.bottom <= 1, `${s.id} title ${s.title.top}..${s.title.bottom}`).toBe(true);
    // On a phone the frame ends where the drawing does (the foot the scroll story keeps for its cards has nothing
    // over it here) and the source line follows the text; the desktop keeps both beside the text.
    if (phone) {
      expect(s.foot, s.id).toBeGreaterThanOrEqual(-1);
      expect(s.foot, s.id).toBeLessThan(16);
      expect(s.credit, s.id).toEqual(['after text']);
    } else expect(s.credit, s.id).toEqual(['stage']);
  }
});

test('step-through: a step that shares the figure of the step before shows that figure’s table, downloads and embed code', async ({ page }) => {
  await openStory(page, '/?mode=step#step-zhanaozen-rally');
  const steps = page.locator('.run[data-current] .run-steps');
  const offers = async () => {
    for (const offer of ['.downloads', '.embed-code', '.graphic-table']) await expect(steps.locator(`${offer}:visible`), offer).toHaveCount(1);
    // Every step reads alike, whether its figure is its own or carried: text, the link to the step, the figure's parts.
    const tops = await steps.evaluate((el) =>
      ['[aria-current] .step-text', '[aria-current] .copy-link', '.downloads', '.graphic-table', '.embed-code'].map((sel) =>
        Math.round([...el.querySelectorAll(sel)].find((e) => e.checkVisibility())!.getBoundingClientRect().top),
      ),
    );
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    // And the keyboard finds them in that order: from the link to the step, the next stop is the figure's first link.
    await page.locator('[aria-current="step"] .copy-link').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('[aria-current="step"] .step-figure :focus')).toHaveCount(1);
  };
  // The price-rise step carries the figure of the state both steps show: it is shown in the step that shares it.
  await expect(page.locator('#step-zhanaozen-rally')).toHaveAttribute('data-figure', 'shared');
  await offers();
  await expect(page.locator('#step-price-rise')).toBeHidden();
  await page.locator('#step-zhanaozen-rally .graphic-table summary').click();
  await expect(page.locator('#step-zhanaozen-rally .graphic-table tbody tr').first()).toBeVisible();
  // Onwards to a step with a figure of its own: the carried figure goes back to the step it belongs to.
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-price-cut');
  await expect(page.locator('#step-price-cut')).toHaveAttribute('data-figure', 'own');
  await expect(page.locator('#step-price-rise .step-figure')).toHaveCount(1);
  await expect(page.locator('#step-zhanaozen-rally .step-figure')).toHaveCount(0);
  await offers();
  // Back to the sharing step, then to the plain article: the figure follows the step it belongs to again.
  await page.getByRole('button', { name: 'Previous' }).click();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveId('step-zhanaozen-rally');
  await expect(page.locator('#step-zhanaozen-rally .step-figure')).toHaveCount(1);
  await page.getByRole('radio', { name: 'Plain article' }).check();
  await expect(page.locator('#step-price-rise .step-figure figure.graphic')).toBeVisible();
  await expect(page.locator('#step-zhanaozen-rally .step-figure')).toHaveCount(0);
});

test('the scroll story offers a passage’s downloads and embed code once, in the passage', async ({ page }) => {
  await openStory(page, '/#step-final-toll');
  const run = page.locator('[data-run]:has(#step-final-toll)');
  await expect(run.locator('scene-graphic')).toHaveAttribute('data-settled', 'true');
  for (const offer of ['.downloads', '.embed-code']) {
    await expect(page.locator(`#step-final-toll ${offer}`)).toBeVisible();
    await expect(run.locator(`.stage ${offer}:visible`)).toHaveCount(0);
  }
  await expect(run.locator('.stage .credit:visible')).toHaveCount(test.info().project.name.startsWith('desktop') ? 1 : 0);
});

test('the live region announces keyboard changes at most once per 750 ms', async ({ page }) => {
  await openStory(page, '/?mode=step');
  await page.evaluate(() => {
    const w = window as unknown as { spoken: string[]; written: number[] };
    w.spoken = [];
    w.written = [];
    const region = document.querySelector('[data-live]')!;
    // What the region comes to hold, however it is changed.
    new MutationObserver(() => w.spoken.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    // When it is written: an observer's callback waits for the rest of the task that wrote, so its clock says when
    // that task ended, not when the text changed.
    const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
    Object.defineProperty(region, 'textContent', {
      configurable: true,
      get() { return text.get!.call(this); },
      set(value: string) { w.written.push(performance.now()); text.set!.call(this, value); },
    });
  });
  await page.locator('#step-price-rise .step-card').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-live]')).toHaveText(/^Step 2 of \d+: Zhanaozen rallies/);
  // A burst of five presses inside one task: one more announcement, of where the reader landed.
  await page.evaluate(() => {
    for (let i = 0; i < 5; i++) document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  });
  await expect(page.locator('[data-live]')).toHaveText(/^Step 7 of \d+: Emergency and blackout/);
  const { spoken, written } = await page.evaluate(() => {
    const w = window as unknown as { spoken: string[]; written: number[] };
    return { spoken: w.spoken, written: w.written };
  });
  const total = await page.locator('[data-step]').count();
  expect(spoken.map((text) => text.split(':')[0])).toEqual([`Step 2 of ${total}`, `Step 7 of ${total}`]);
  expect(written).toHaveLength(2);
  expect(written[1]! - written[0]!).toBeGreaterThanOrEqual(749);
  await expect(page.locator('[data-live]')).toHaveAttribute('aria-live', 'polite');
});

test('printing from step-through prints a shared figure after the first step of its state, and shows it again after', async ({ page }) => {
  await openStory(page, '/?mode=step#step-zhanaozen-rally');
  await expect(page.locator('#step-zhanaozen-rally .step-figure')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#step-price-rise .step-figure')).toHaveCount(1);
  await expect(page.locator('#step-zhanaozen-rally .step-figure')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#step-zhanaozen-rally .step-figure')).toHaveCount(1);
});
