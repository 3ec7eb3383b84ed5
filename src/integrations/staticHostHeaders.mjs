// @ts-check
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Security headers every response gets besides the policy (they cannot be set from a <meta> tag). */
const EXTRA_HEADERS = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=()',
];

/**
 * The Content-Security-Policy a built page carries in its <meta http-equiv>, or undefined.
 * @param {string} html
 * @returns {string | undefined}
 */
export function metaPolicy(html) {
  return html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i)?.[1];
}

/**
 * Writes dist/_headers (read by Netlify, Cloudflare Pages and the benchmark's server) with the same policy the
 * pages carry in their <meta>, so a static host sends it as a header too. Every page must carry one and the same
 * policy: a page with its own inline script would need its own, and fails the build instead.
 * @returns {import('astro').AstroIntegration}
 */
export function staticHostHeaders() {
  return {
    name: 'static-host-headers',
    hooks: {
      'astro:build:done': async ({ dir, pages }) => {
        const root = fileURLToPath(dir);
        const policies = new Map();
        for (const { pathname } of pages) {
          const file = `${root}${pathname}${pathname === '' || pathname.endsWith('/') ? 'index.html' : ''}`;
          const html = await readFile(file, 'utf8').catch(() => undefined);
          if (html === undefined) continue;
          const policy = metaPolicy(html) ?? '(none)';
          policies.set(policy, [...(policies.get(policy) ?? []), `/${pathname}`]);
        }
        if (policies.size !== 1 || policies.has('(none)')) {
          const detail = [...policies].map(([p, where]) => `  ${where.join(', ')}: ${p}`).join('\n');
          throw new Error(`Every page must carry the same Content-Security-Policy:\n${detail}`);
        }
        const [policy] = policies.keys();
        await writeFile(`${root}_headers`, `/*\n  Content-Security-Policy: ${policy}\n${EXTRA_HEADERS.map((h) => `  ${h}\n`).join('')}`);
      },
    },
  };
}
