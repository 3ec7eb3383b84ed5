/**
 * Warns at build time when SITE_URL is not set: a build for a public host would then ship canonical links, social
 * cards and embed snippets that point at `fallback`, an address on this machine.
 * @param {string} fallback the address the build uses instead
 * @returns {import('astro').AstroIntegration}
 */
export function siteUrlCheck(fallback) {
  return {
    name: 'site-url-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!process.env.SITE_URL) logger.warn(`SITE_URL is not set: canonical links, social cards and embed snippets point at ${fallback}. Set it to the public address before deploying.`);
      },
    },
  };
}
