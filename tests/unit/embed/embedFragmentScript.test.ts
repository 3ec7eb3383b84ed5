import { describe, expect, it } from 'vitest';
import { embedFragmentScript } from '../../../src/lib/embedFragmentScript';
import { parseEmbedParams } from '../../../src/lib/embedParams';
import { embedFragments } from '../../../src/lib/embedUrls';

/** Runs the script as a page would at the top of its head, with `hash` as its URL fragment; gives the root's attributes. */
function run(hash: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const root = { setAttribute: (k: string, v: string) => (attrs[k] = String(v)) };
  new Function('location', 'document', embedFragmentScript)({ hash }, { documentElement: root });
  return attrs;
}

describe('the embed pages’ fragment script', () => {
  it('marks the root with what each fragment asks for, as the page’s own script reads it', () => {
    for (const f of embedFragments) {
      const p = parseEmbedParams('', [], `#${f}`);
      expect(run(`#${f}`), f).toEqual({ ...(p.plain ? { 'data-plain': '' } : {}), ...(p.theme !== 'auto' ? { 'data-theme': p.theme } : {}) });
    }
    expect(run('#plain-dark')).toEqual({ 'data-plain': '', 'data-theme': 'dark' });
  });

  it('marks nothing for no fragment or one it does not know, inherited names included', () => {
    for (const hash of ['', '#', '#PLAIN', '#plain-sepia', '#dark-plain', '#constructor', '#__proto__', '#toString', '#hasOwnProperty', '#plain%2Ddark']) expect(run(hash), hash).toEqual({});
  });

  it('is one expression in old syntax, so any browser that runs scripts runs it', () => {
    expect(embedFragmentScript).not.toMatch(/=>|\bconst\b|\blet\b|`|\?\.|\?\?/);
    expect(() => new Function(embedFragmentScript)).not.toThrow();
  });
});
