import { afterEach, expect, test, vi } from 'vitest';
import { siteUrlCheck } from '../../../src/integrations/siteUrlCheck.mjs';

// Runs the build-start hook with a logger that records its warnings.
function warningsWith(siteUrl: string | undefined): string[] {
  vi.stubEnv('SITE_URL', siteUrl);
  const warnings: string[] = [];
  const hook = siteUrlCheck('http://127.0.0.1:4321').hooks['astro:build:start'] as (o: unknown) => void;
  hook({ logger: { warn: (m: string) => warnings.push(m) } });
  return warnings;
}

afterEach(() => vi.unstubAllEnvs());

test('a build without SITE_URL (or with it empty) warns, naming the address its links will point at', () => {
  for (const unset of [undefined, '']) {
    const warnings = warningsWith(unset);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^SITE_URL is not set: .*http:\/\/127\.0\.0\.1:4321/);
  }
});

test('a build with SITE_URL is silent', () => {
  expect(warningsWith('https://example.org/')).toEqual([]);
});
