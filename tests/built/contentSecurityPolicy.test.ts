import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { graphicIds, graphics } from '../../src/graphics/index';
import { embedFragmentScript } from '../../src/lib/embedFragmentScript';
import { embedPath, stepPath } from '../../src/lib/embedUrls';
import { cspHash } from '../../src/integrations/cspHash.mjs';
import { metaPolicy } from '../../src/integrations/staticHostHeaders.mjs';
import { styleHashesOf } from '../../src/integrations/styleHashes.mjs';
import { builtPages, DIST, readPage } from '../support/builtPages';

const pages = builtPages();
// The step-through and step pages: the embeds with a script, which read their fragment before their body is parsed.
const scriptedEmbeds = new Set(graphicIds.flatMap((g) => [embedPath(g), ...graphics[g].states.map((s) => stepPath(g, s))]));
const fragmentScriptHash = `'${cspHash(embedFragmentScript)}'`;

/** The sources a directive allows, falling back to default-src as browsers do. */
function sources(policy: string, directive: string): string[] {
  const all = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...v]) => [name!, v]));
  return all.get(directive) ?? all.get('default-src') ?? [];
}

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  const html = readPage(page);
  const policy = metaPolicy(html) ?? '';

  test('carries a policy that allows only the site own scripts', () => {
    expect(policy).not.toBe('');
    const scripts = sources(policy, 'script-src');
    expect(scripts).toContain("'self'");
    expect(scripts.filter((s) => /unsafe-(inline|eval|hashes)|^\*$|^https?:$|^data:$/.test(s))).toEqual([]);
    expect(sources(policy, 'object-src')).toEqual(["'none'"]);
    expect(sources(policy, 'default-src')).toEqual(["'self'"]);
  });

  test('allows each of its inline stylesheets by hash, and styles nothing through attributes', () => {
    // A stylesheet whose hash the policy lacks is dropped by the browser: the page would draw unstyled.
    const styles = sources(policy, 'style-src');
    expect(styles.filter((s) => /unsafe-(inline|eval|hashes)/.test(s))).toEqual([]);
    const hashes = styleHashesOf(html);
    expect(hashes.length).toBeGreaterThan(0);
    expect(hashes.filter((h) => !styles.includes(h))).toEqual([]);
    expect(html.match(/<[^>]+\sstyle\s*=/gi) ?? []).toEqual([]);
  });

  test('has no inline script but a scripted embed’s fragment script, in its head and allowed by hash', () => {
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\ssrc=/.test(attrs!) && !/type="application\/(ld\+)?json"/.test(attrs!) && body!.trim());
    const scripted = scriptedEmbeds.has(page.path);
    expect(inline.map(([, , body]) => body!)).toEqual(scripted ? [embedFragmentScript] : []);
    if (scripted) {
      expect(sources(policy, 'script-src')).toContain(fragmentScriptHash);
      // In the head, a parser-blocking script: it has run before any of the body is parsed, so before any paint.
      const at = html.indexOf(`<script>${embedFragmentScript}`);
      expect(at).toBeGreaterThan(-1);
      for (const later of ['<script type="module"', '<body']) expect(at, later).toBeLessThan(html.indexOf(later));
    }
  });

  test('has no event handler attribute or javascript: URL', () => {
    expect(html.match(/<[^>]+\son[a-z]+\s*=/gi) ?? []).toEqual([]);
    expect(html.match(/(href|src)="\s*javascript:/gi) ?? []).toEqual([]);
  });
});

test('dist/_headers sends static hosts the same policy the pages carry', () => {
  const headers = readFileSync(`${DIST}/_headers`, 'utf8');
  const sent = headers.match(/^\s+Content-Security-Policy:\s*(.+)$/m)?.[1];
  expect(sent).toBe(metaPolicy(readPage(pages[0]!)));
  expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
});
