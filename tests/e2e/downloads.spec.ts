import { expect, test, type APIRequestContext } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { graphicIds, graphics } from '../../src/graphics/index';
import { pngSize } from '../support/pngSize';

interface Link {
  href: string;
  type: string;
  download: string;
  width?: number;
  height?: number;
  rows: number;
}

/** Every download link on a page, with the size a PNG link states and the row count of its figure's table. */
async function downloadLinks(page: import('@playwright/test').Page, path: string): Promise<Link[]> {
  await page.goto(path);
  // Open every data table as a reader would, one on screen at a time, and wait for each to be built: the story
  // builds a table when it is opened.
  await page.locator('details.graphic-table').evaluateAll(async (ds) => {
    for (const d of ds as HTMLDetailsElement[]) {
      d.scrollIntoView({ block: 'center', behavior: 'instant' });
      d.open = true;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  await expect.poll(() => page.locator('details.graphic-table').evaluateAll((ds) => ds.filter((d) => !d.querySelector('table tbody tr')).length)).toBe(0);
  // A live stage's links are copies of its passage figure's, and are replaced as the stage settles on a state.
  return page.locator('.downloads a:not(scene-graphic *)').evaluateAll((as) =>
    as.map((a) => ({
      href: a.getAttribute('href')!,
      type: a.getAttribute('type')!,
      download: a.getAttribute('download')!,
      width: a.hasAttribute('data-width') ? Number(a.getAttribute('data-width')) : undefined,
      height: a.hasAttribute('data-height') ? Number(a.getAttribute('data-height')) : undefined,
      rows: a.closest('figure')!.querySelectorAll('.graphic-table tbody tr').length,
    })),
  );
}

async function fetchOk(request: APIRequestContext, href: string, type: string) {
  const res = await request.get(href);
  expect(res.status(), href).toBe(200);
  expect(res.headers()['content-type'], href).toContain(type);
  return res.body();
}

test('every download link on the story and the static edition resolves to the right file', async ({ page, request }) => {
  const links = [...(await downloadLinks(page, '/')), ...(await downloadLinks(page, '/static/'))];
  expect(links.length).toBeGreaterThan(0);
  const unique = [...new Map(links.map((l) => [l.href, l])).values()];
  for (const link of unique) {
    expect(link.download, link.href).toMatch(/^kazakhstan-2022-[a-z-]+-[a-z0-9-]+\.(svg|png|csv)$/);
    const body = await fetchOk(request, link.href, link.type);
    if (link.type === 'image/png') expect(pngSize(body), link.href).toEqual({ width: link.width, height: link.height });
    if (link.type === 'image/svg+xml') expect(body.toString('utf8'), link.href).toMatch(/<svg[^>]*role="img"[\s\S]*<title[^>]*>[^<]+<\/title><desc[^>]*>[^<]+<\/desc>/);
    if (link.type === 'text/csv') {
      const rows = csvParse(body.toString('utf8'));
      expect(rows.columns, link.href).toContain('Sources');
      expect(rows.length, link.href).toBe(link.rows);
    }
  }
});

test('every graphic in every state has its three files', async ({ request }) => {
  for (const g of graphicIds) {
    for (const state of graphics[g].states) {
      await fetchOk(request, `/downloads/${g}/${state}.svg`, 'image/svg+xml');
      const png = await fetchOk(request, `/downloads/${g}/${state}.png`, 'image/png');
      expect(pngSize(png).width).toBe(1440);
      await fetchOk(request, `/downloads/${g}/${state}.csv`, 'text/csv');
    }
  }
});

test('the story and each embed page have their own 1200 × 630 social card', async ({ page, request }) => {
  await page.goto('/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBeTruthy();
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
  const cards = [new URL(image!).pathname];
  for (const g of graphicIds) {
    await page.goto(`/embed/${g}/`);
    const own = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(new URL(own!).pathname, `embed page of ${g}`).toBe(`/social/${g}.png`);
    cards.push(new URL(own!).pathname);
  }
  for (const card of cards) expect(pngSize(await fetchOk(request, card, 'image/png')), card).toEqual({ width: 1200, height: 630 });
});
