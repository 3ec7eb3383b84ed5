import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { heightMessages } from '../../../src/lib/embedMessages';

const source = readFileSync('public/embed/loader.js', 'utf8');

interface FakeFrame {
  src: string;
  title: string;
  hidden: boolean;
  style: Record<string, string>;
  contentWindow: object;
  nextElementSibling: FakeFallback | null;
  parentNode: object;
  focused: boolean;
  getAttribute(name: string): string | null;
  focus(): void;
}

interface FakeFallback { className: string; hidden: boolean; offsetHeight: number; contains(el: unknown): boolean }

/** Runs the loader against a fake page holding one of our iframes; returns the page's message handler. */
function loadInto(frameSrc: string, { fallbackHasFocus = null as boolean | null } = {}) {
  const attrs: Record<string, string> = { 'data-src': frameSrc };
  const link = {};
  const fallback: FakeFallback | null = fallbackHasFocus === null ? null : { className: 'kz-embed-fallback', hidden: false, offsetHeight: 320, contains: (el) => el === link };
  const frame: FakeFrame = {
    src: '',
    title: '',
    hidden: true,
    style: {},
    contentWindow: {},
    nextElementSibling: fallback,
    parentNode: {},
    focused: false,
    getAttribute: (name) => (name === 'src' ? frame.src || null : (attrs[name] ?? null)),
    focus: () => (frame.focused = true),
  };
  const listeners: Record<string, (e: unknown) => void> = {};
  const window: Record<string, unknown> = { addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] = fn) };
  const document = { readyState: 'complete', baseURI: 'https://host.example/story/', activeElement: fallbackHasFocus ? link : {}, querySelectorAll: () => [frame] };
  runInNewContext(source, { window, document, URL });
  return { frame, window, send: (data: unknown, from: { source: object; origin: string }) => listeners.message!({ data, ...from }) };
}

describe('the parent loader', () => {
  it('is small: under 2 KB gzipped', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(source, { level: 9 }).length).toBeLessThan(2048);
  });

  it('shows the iframe, gives it a title and reads the height in every format our embeds send', () => {
    const { frame, window, send } = loadInto('https://graphics.example/embed/unrest-map/');
    expect(frame.src).toBe('https://graphics.example/embed/unrest-map/');
    expect(frame.hidden).toBe(false);
    expect(frame.title).not.toBe('');
    const heightOf = (window.kzEmbed as { heightOf(d: unknown): number }).heightOf;
    for (const m of heightMessages(733, { childId: 'x', src: frame.src })) expect(heightOf(m)).toBe(733);
    send(heightMessages(733, { childId: null, src: frame.src })[0], { source: frame.contentWindow, origin: 'https://graphics.example' });
    expect(frame.style.height).toBe('733px');
  });

  it('hides the still fallback and moves focus to the frame only when the fallback held it', () => {
    for (const held of [true, false]) {
      const { frame } = loadInto('https://graphics.example/embed/unrest-map/', { fallbackHasFocus: held });
      expect(frame.nextElementSibling?.hidden).toBe(true);
      expect(frame.style.height).toBe('320px');
      expect(frame.focused).toBe(held);
    }
  });

  it('takes an older snippet\'s address for one step to that step\'s own page, options to the fragment', () => {
    const base = 'https://graphics.example/embed/unrest-map/';
    const cases: [string, string][] = [
      [`${base}?step=jan-05`, `${base}step/jan-05/`],
      [`${base}?step=Jan-05&plain=1&theme=dark`, `${base}step/jan-05/#plain-dark`],
      [`${base}?theme=light&step=jan-05`, `${base}step/jan-05/#light`],
      [`${base}?step=jan-05&plain=0&theme=sepia`, `${base}step/jan-05/`],
    ];
    for (const [from, to] of cases) expect(loadInto(from).frame.src, from).toBe(to);
  });

  it('leaves every other address as it is', () => {
    for (const src of [
      'https://graphics.example/embed/unrest-map/',
      'https://graphics.example/embed/unrest-map/?plain=1',
      'https://graphics.example/embed/unrest-map/?step=jan-05&static=1',
      'https://graphics.example/embed/unrest-map/?step=jan-05&childId=g',
      'https://graphics.example/embed/unrest-map/?step=jan-05#dark',
      'https://graphics.example/embed/unrest-map/?step=..%2Fx',
      'https://graphics.example/embed/unrest-map/?step=',
      'https://graphics.example/embed/unrest-map/step/jan-05/#plain',
      'https://graphics.example/embed/unrest-map/jan-05/',
    ]) {
      expect(loadInto(src).frame.src, src).toBe(src);
    }
  });

  it('ignores a height from another window, even one on the embed origin', () => {
    const { frame, send } = loadInto('https://graphics.example/embed/unrest-map/');
    send({ sentinel: 'amp', type: 'embed-size', height: 999 }, { source: {}, origin: 'https://graphics.example' });
    expect(frame.style.height).not.toBe('999px');
  });

  it('ignores a height from the right window when its origin is not the embed origin', () => {
    const { frame, send } = loadInto('https://graphics.example/embed/unrest-map/');
    send({ sentinel: 'amp', type: 'embed-size', height: 999 }, { source: frame.contentWindow, origin: 'https://evil.example' });
    expect(frame.style.height).not.toBe('999px');
  });

  it('runs once when the snippet is pasted twice', () => {
    const { window } = loadInto('https://graphics.example/embed/unrest-map/');
    const first = window.kzEmbed;
    runInNewContext(source, { window, document: { readyState: 'complete', querySelectorAll: () => [] }, URL });
    expect(window.kzEmbed).toBe(first);
  });
});
