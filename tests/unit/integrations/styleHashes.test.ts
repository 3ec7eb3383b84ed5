import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { styleHashesOf, withStyleSources } from '../../../src/integrations/styleHashes.mjs';

// The hash a browser checks an inline stylesheet against: SHA-256 of its exact text, base64.
const hashOf = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
const page = (policy: string, body = '') => `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;

describe('styleHashesOf', () => {
  test('hashes each inline stylesheet over its exact text, whitespace and all', () => {
    const html = '<style>a{color:red}</style><p>x</p><style media="print">\n b { margin: 0 }\n</style>';
    expect(styleHashesOf(html)).toEqual([hashOf('a{color:red}'), hashOf('\n b { margin: 0 }\n')]);
  });

  test('finds none in a page without inline stylesheets', () => {
    expect(styleHashesOf('<link rel="stylesheet" href="/a.css"><p style-like="x">')).toEqual([]);
  });
});

describe('withStyleSources', () => {
  const policy = "default-src 'self';script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-stale=';";

  test('replaces the stale style hashes and keeps every other directive as it was', () => {
    const out = withStyleSources(page(policy), ["'sha256-new='"]);
    const content = out.match(/content="([^"]*)"/)?.[1] ?? '';
    expect(content).toBe("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-new=';");
    expect(content).not.toContain('stale');
  });

  test('adds style-src when the policy had none', () => {
    expect(withStyleSources(page("default-src 'self'"), [])).toContain("default-src 'self'; style-src 'self';");
  });

  test('fails, naming the file, when a page carries no policy', () => {
    expect(() => withStyleSources('<html><head></head></html>', [], 'dist/x/index.html')).toThrow(/dist\/x\/index\.html has no Content-Security-Policy/);
  });
});
