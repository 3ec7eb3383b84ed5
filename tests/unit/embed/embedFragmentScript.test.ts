import { describe, expect, it } from 'vitest';
import { embedFragmentScript } from '../../../src/lib/embedFragmentScript';
import { parseEmbedParams } from '../../../src/lib/embedParams';
import { embedFragments } from '../../../src/lib/embedUrls';

/**
 * Runs the script as a page would at the top of its head, with `hash` as its URL fragment; gives the root's
 * attributes, and a way to change the fragment as a host would (the hashchange the script listens for).
 */
function run(hash: string): { attrs: Record<string, string>; go: (next: string) => Record<string, string> } {
  const attrs: Record<string, string> = {};
  const location = { hash };
  const root = { setAttribute: (k: string, v: string) => (attrs[k] = String(v)), removeAttribute: (k: string) => delete attrs[k] };
  const listeners: Record<string, () => void> = {};
  new Function('location', 'document', 'addEventListener', embedFragmentScript)(location, { documentElement: root }, (type: string, fn: () => void) => (listeners[type] = fn));
  const go = (next: string) => {
    location.hash = next;
    listeners.hashchange?.();
    return { ...attrs };
  };
  return { attrs: { ...attrs }, go };
}

/** The attributes the page's own script sets for a fragment, but for the theme it writes when none is asked for. */
const expected = (hash: string) => {
  const p = parseEmbedParams('', [], hash);
  return { ...(p.plain ? { 'data-plain': '' } : {}), ...(p.theme !== 'auto' ? { 'data-theme': p.theme } : {}) };
};

describe('the embed pages’ fragment script', () => {
  it('marks the root with what each fragment asks for, as the page’s own script reads it', () => {
    for (const f of embedFragments) expect(run(`#${f}`).attrs, f).toEqual(expected(`#${f}`));
    expect(run('#plain-dark').attrs).toEqual({ 'data-plain': '', 'data-theme': 'dark' });
  });

  it('marks nothing for no fragment or one it does not know, inherited names included', () => {
    for (const hash of ['', '#', '#PLAIN', '#plain-sepia', '#dark-plain', '#constructor', '#__proto__', '#toString', '#hasOwnProperty', '#plain%2Ddark']) expect(run(hash).attrs, hash).toEqual({});
  });

  it('follows a change of fragment, taking back what the new one does not ask for', () => {
    const page = run('#plain-dark');
    expect(page.go('#light')).toEqual({ 'data-theme': 'light' });
    expect(page.go('#plain')).toEqual({ 'data-plain': '' });
    expect(page.go('#nonsense')).toEqual({});
    for (const f of embedFragments) expect(page.go(`#${f}`), f).toEqual(expected(`#${f}`));
  });

  it('is one expression in old syntax, so any browser that runs scripts runs it', () => {
    expect(embedFragmentScript).not.toMatch(/=>|\bconst\b|\blet\b|`|\?\.|\?\?/);
    expect(() => new Function(embedFragmentScript)).not.toThrow();
  });
});
