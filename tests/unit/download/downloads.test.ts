import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { graphicIds, graphics, statePaths } from '../../../src/graphics/index';
import { datasets } from '../../../src/lib/data/readDatasets';
import { downloadFigure, downloadHref, downloadName, downloadSvg, pngSize } from '../../../src/lib/download/downloads';
import { renderPng } from '../../../src/lib/download/renderPng';
import { cardStates, socialCardPng } from '../../../src/lib/download/socialCards';
import { wrapText } from '../../../src/lib/download/wrapText';
import { pngSize as readPngSize } from '../../support/pngSize';

const url = 'https://example.org/kazakhstan/';
const data = datasets();

describe('download files', () => {
  it('has one stable path per graphic and state', () => {
    const paths = statePaths().map((p) => `${p.params.graphic}/${p.params.state}`);
    expect(paths).toHaveLength(graphicIds.reduce((n, g) => n + graphics[g].states.length, 0));
    expect(new Set(paths).size).toBe(paths.length);
    expect(downloadHref('unrest-map', 'jan-05', 'png')).toBe('/downloads/unrest-map/jan-05.png');
    expect(downloadName('unrest-map', 'jan-05', 'csv')).toBe('kazakhstan-2022-unrest-map-jan-05.csv');
  });

  it('draws every state as a standalone SVG with title, description, source line and no unresolved token', { timeout: 30_000 }, () => {
    for (const { params } of statePaths()) {
      const svg = downloadSvg(data, params.graphic, params.state, url);
      const { scene, text } = downloadFigure(data, params.graphic, params.state, url);
      const where = `${params.graphic}/${params.state}`;
      expect(svg, where).toMatch(/^<\?xml[^>]*\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg, where).toContain(`<title id="figure-title">`);
      expect(svg, where).toContain(`<desc id="figure-desc">`);
      expect(svg, where).toContain('<style>');
      expect(svg, where).not.toContain('var(--');
      expect(text.url).toBe(url);
      // resvg parses it as XML and finds the size the page states for its PNG.
      const parsed = new Resvg(svg, { font: { loadSystemFonts: false } });
      expect({ width: parsed.width * 2, height: parsed.height * 2 }, where).toEqual(pngSize({ scene, text }));
    }
  });

  it('renders a PNG at twice the SVG size, as stated', { timeout: 30_000 }, () => {
    for (const graphic of graphicIds) {
      const state = graphics[graphic].states[0]!;
      const png = renderPng(downloadSvg(data, graphic, state, url), 2);
      expect(readPngSize(png)).toEqual(pngSize(downloadFigure(data, graphic, state, url)));
    }
  });

  it('renders each social card at 1200 × 630', { timeout: 30_000 }, () => {
    for (const graphic of graphicIds) {
      expect(graphics[graphic].states as readonly string[]).toContain(cardStates[graphic]);
      expect(readPngSize(socialCardPng(data, graphic, 'How a fuel-price protest shook Kazakhstan', url))).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the limit and keeps an overlong word whole', () => {
    expect(wrapText('Unrest reached 14 cities in three days', 16)).toEqual(['Unrest reached', '14 cities in', 'three days']);
    expect(wrapText('https://example.org/a-very-long-address and more', 10)).toEqual(['https://example.org/a-very-long-address', 'and more']);
    expect(wrapText('   ', 10)).toEqual([]);
  });
});
