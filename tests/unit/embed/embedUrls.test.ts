import { describe, expect, it } from 'vitest';
import { embedMarkup, embedSnippet, STATIC_HEIGHT } from '../../../src/lib/embedSnippet';
import { embedFragment, embedFragments, embedUrl } from '../../../src/lib/embedUrls';

const site = 'https://graphics.example/';
const states = ['jan-02', 'jan-04', 'jan-05'];

describe('embedUrl', () => {
  it('gives the step-through page, or the step page of a state, with plain and theme as a fragment', () => {
    expect(embedUrl(site, { graphic: 'unrest-map' }, states)).toBe('https://graphics.example/embed/unrest-map/');
    expect(embedUrl(site, { graphic: 'unrest-map', step: 'jan-04' }, states)).toBe('https://graphics.example/embed/unrest-map/step/jan-04/');
    expect(embedUrl(site, { graphic: 'unrest-map', step: 'jan-04', plain: true, theme: 'dark' }, states)).toBe(
      'https://graphics.example/embed/unrest-map/step/jan-04/#plain-dark',
    );
    expect(embedUrl(site, { graphic: 'unrest-map', plain: true }, states)).toBe('https://graphics.example/embed/unrest-map/#plain');
    expect(embedUrl(site, { graphic: 'unrest-map', theme: 'auto', plain: false }, states)).toBe('https://graphics.example/embed/unrest-map/');
  });

  it('gives a static embed the still page of its state, options in the fragment', () => {
    expect(embedUrl(site, { graphic: 'unrest-map', step: 'jan-05', static: true }, states)).toBe('https://graphics.example/embed/unrest-map/jan-05/');
    expect(embedUrl(site, { graphic: 'unrest-map', step: 'jan-05', static: true, plain: true, theme: 'dark' }, states)).toBe(
      'https://graphics.example/embed/unrest-map/jan-05/#plain-dark',
    );
    expect(embedUrl(site, { graphic: 'unrest-map', static: true, theme: 'light' }, states)).toBe('https://graphics.example/embed/unrest-map/jan-02/#light');
  });

  it('only ever writes fragments an embed page answers to', () => {
    for (const isStatic of [false, true]) {
      for (const plain of [false, true]) {
        for (const theme of ['light', 'dark'] as const) {
          const hash = new URL(embedUrl(site, { graphic: 'g', static: isStatic, plain, theme }, states)).hash.slice(1);
          expect(embedFragments).toContain(hash);
        }
      }
    }
    expect(embedFragment(true)).toBe('plain');
    expect(embedFragment(false, 'auto')).toBe('');
  });

  it('drops an unknown state rather than linking to a page that does not exist', () => {
    expect(embedUrl(site, { graphic: 'unrest-map', step: 'jan-99' }, states)).toBe('https://graphics.example/embed/unrest-map/');
    expect(embedUrl(site, { graphic: 'unrest-map', step: 'jan-99', static: true }, states)).toBe('https://graphics.example/embed/unrest-map/jan-02/');
  });
});

describe('embedSnippet', () => {
  const input = { src: 'https://graphics.example/embed/unrest-map/step/jan-04/', title: 'The spread of unrest: 4 Jan "so far"', href: 'https://graphics.example/#step-x', loader: 'https://graphics.example/embed/loader.js' };

  it('holds a hidden iframe for the loader, a plain link for readers without script, and the loader', () => {
    const html = embedSnippet(input);
    expect(html).toContain('<iframe data-kz-embed data-src="https://graphics.example/embed/unrest-map/step/jan-04/"');
    expect(html).toMatch(/<iframe[^>]* hidden /);
    expect(html).toContain('<a class="kz-embed-fallback" href="https://graphics.example/#step-x">');
    expect(html).toContain('<script async src="https://graphics.example/embed/loader.js"></script>');
    expect(embedMarkup(input)).not.toContain('<script');
  });

  it('can leave out inline styles, for a page of ours whose policy forbids them', () => {
    expect(embedMarkup({ ...input, static: true, image: { src: '/x.png', alt: 'A map', width: 1, height: 1 } }, { inlineStyle: false })).not.toContain('style=');
  });

  it('escapes what it quotes', () => {
    expect(embedSnippet(input)).toContain('title="The spread of unrest: 4 Jan &quot;so far&quot;"');
  });

  it('puts a still image in the link when there is one, and a fixed height on a static embed', () => {
    const html = embedSnippet({ ...input, static: true, image: { src: '/x.svg', alt: 'A map', width: 720, height: 540 } });
    expect(html).toContain('<img src="/x.svg" alt="A map" width="720" height="540"');
    expect(html).toContain(`height:${STATIC_HEIGHT}px`);
  });
});
