import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { figureCarriers } from '../../src/lib/print/figureCarriers';
import { letters, markdownParagraphs, pdfPages, withoutFolio } from '../support/pdfText';
import { storyFiles } from '../support/storyFiles';

const OUT = 'tests/.output/print';
const steps = storyFiles()
  .filter((f) => !f.path.endsWith('methodology.md'))
  .sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
  .map((f) => ({ ...f, chapter: f.path.split('/')[2]!, graphic: f.fields.graphic!, state: f.fields.state! }));
const figureCount = figureCarriers(steps).filter(Boolean).length;

// An A4 page of 11 pt serif within these margins holds about 500 words of running text (the sources, in two
// columns of 8 pt, far more); 350 leaves room for headings. A figure with its caption fills at most about two
// thirds of a page, and may push the next text over a page break: at most one page each. So the print may use
// one page per figure plus one per 350 words set outside figures.
const WORDS_PER_PAGE = 350;

interface Figure {
  title: string;
  desc: string;
}

/** Prints the story as Chromium does (print media, the page's own @page size) and reads the PDF back. */
async function printStory(page: Page) {
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  // A passage's drawing is built when print layout shows it; print once every printed figure has its drawing.
  await expect.poll(() => page.locator('.step[data-figure="own"] figure.graphic').evaluateAll((els) =>
    els.filter((f) => ![...f.querySelectorAll('.graphic-frame svg')].some((svg) => svg.getBoundingClientRect().height > 0)).length)).toBe(0);
  mkdirSync(OUT, { recursive: true });
  await page.pdf({ path: `${OUT}/story.pdf`, preferCSSPageSize: true });
  const figures: Figure[] = await page.locator('.step[data-figure="own"] figure.graphic').evaluateAll((els) =>
    els.map((f) => ({ title: f.querySelector('.graphic-title')!.textContent!, desc: f.querySelector('.graphic-desc')!.textContent! })),
  );
  // Words printed outside figures: what print media shows of the page, less what its figures show.
  const textWords = await page.evaluate(() => {
    const words = (el: HTMLElement) => el.innerText.split(/\s+/).filter(Boolean).length;
    const figures = [...document.querySelectorAll<HTMLElement>('figure.graphic')].filter((f) => f.getClientRects().length > 0);
    return words(document.body) - figures.reduce((n, f) => n + words(f), 0);
  });
  const raw = pdfPages(`${OUT}/story.pdf`);
  return { raw, pages: raw.map(withoutFolio), figures, textWords };
}

test.describe('printing the story', () => {
  test.describe.configure({ mode: 'serial' });
  let printed: Awaited<ReturnType<typeof printStory>>;

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    printed = await printStory(page);
    await page.close();
  });

  test('contains every passage, in reading order', () => {
    const all = letters(printed.pages.join('\n'));
    let from = 0;
    for (const step of steps) {
      for (const para of markdownParagraphs(step.body)) {
        const at = all.indexOf(letters(para), from);
        expect(at, `${step.path}: "${para.slice(0, 60)}…"`).toBeGreaterThanOrEqual(0);
        from = at;
      }
    }
  });

  test('shares one figure between consecutive steps in the same state, and prints each whole on one page', () => {
    expect(printed.figures).toHaveLength(figureCount);
    expect(figureCount).toBeLessThan(steps.length);
    const pages = printed.pages.map(letters);
    for (const f of printed.figures) {
      const page = pages.findIndex((p) => p.includes(letters(f.title)) && p.includes(letters(f.desc)));
      expect(page, `figure "${f.title}" with its description on one page`).toBeGreaterThanOrEqual(0);
    }
  });

  test('stays within one page per figure plus the pages its words need, numbered, with no empty page', () => {
    const bound = figureCount + Math.ceil(printed.textWords / WORDS_PER_PAGE);
    test.info().annotations.push({ type: 'pages', description: `${printed.pages.length} pages; ${figureCount} figures, ${printed.textWords} words of text; bound ${bound}` });
    expect(printed.pages.length).toBeLessThanOrEqual(bound);
    printed.pages.forEach((text, i) => expect(text.split(/\s+/).filter(Boolean).length, `page ${i + 1}`).toBeGreaterThan(5));
    printed.raw.forEach((text, i) => expect(text, `folio of page ${i + 1}`).toContain(`${i + 1} / ${printed.raw.length}`));
  });

  test('prints the address of every source after its title', async ({ page }) => {
    await page.goto('/');
    const urls = await page.locator('#sources a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(urls.length).toBeGreaterThan(0);
    const all = letters(printed.pages.join(''));
    for (const url of urls) expect(all, url).toContain(letters(url));
  });
});

test('a reader printing from the browser gets every passage drawing, built before the print layout', async ({ page }) => {
  await page.goto('/');
  // The browser's print command fires beforeprint and lays the page out for print straight after, in one task.
  const undrawn = await page.evaluate(() => {
    dispatchEvent(new Event('beforeprint'));
    return [...document.querySelectorAll('.step[data-figure="own"] .graphic-frame')].filter((f) => !f.querySelector('svg')).length;
  });
  expect(undrawn).toBe(0);
});

test.describe('the print-emulated page', () => {

  test('has no sticky or fixed element, no visible stage or control, and black text on white', async ({ page }) => {
    await page.goto('/');
    // Mid-story, where a scrolling reader has the stage pinned, then printed.
    const step = page.locator('.step').nth(Math.floor(steps.length / 2));
    await step.scrollIntoViewIfNeeded();
    // A reader whose system is dark still gets black on white.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await step.scrollIntoViewIfNeeded();
    const pinned = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position) && el.getClientRects().length > 0)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(pinned).toEqual([]);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.stage, button, input, select, .downloads, .skip-link')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(shown).toEqual([]);
    const colours = await page.evaluate(() => {
      const p = document.querySelector('.step p')!;
      return { text: getComputedStyle(p).color, paper: getComputedStyle(document.body).backgroundColor };
    });
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' });
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: `${OUT}/print-emulated.png` });
  });
});
