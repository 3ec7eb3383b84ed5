// @ts-check
import { defineConfig } from 'astro/config';
import { embedFragmentScript } from './src/lib/embedFragmentScript';
import { cspHash } from './src/integrations/cspHash.mjs';
import { siteUrlCheck } from './src/integrations/siteUrlCheck.mjs';
import { standaloneScripts } from './src/integrations/standaloneScripts.mjs';
import { staticHostHeaders } from './src/integrations/staticHostHeaders.mjs';
import { styleHashes } from './src/integrations/styleHashes.mjs';
import { subsetFonts } from './src/integrations/subsetFonts.mjs';

// The public URL the explainer is deployed at: canonical links, social cards and embed snippets use it.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Stylesheets inline: the first paint waits for the page alone, not for a second round of requests.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Never inline a script or an asset: every script is a file from the site, so the policy needs no 'unsafe-inline'
  // (the one inline script, which must run before the first paint, is allowed by its hash below).
  vite: { build: { assetsInlineLimit: 0 } },
  // Astro writes the policy into each page's <head>; dist/_headers repeats it for static hosts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [cspHash(embedFragmentScript)] },
    },
  },
  // The prose has no code blocks, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // In this order: the font cut rewrites the stylesheets, then they are hashed, then the policy is copied to _headers.
  integrations: [
    subsetFonts(),
    styleHashes(),
    staticHostHeaders(),
    // The embed pages' scripts, each on its own and async (see the integration for why).
    standaloneScripts([
      { entry: 'src/embed/stepPage.ts', path: '/embed/step.js' },
      { entry: 'src/embed/stepThroughPage.ts', path: '/embed/step-through.js' },
    ]),
    siteUrlCheck(site),
  ],
  devToolbar: { enabled: false },
  prefetch: false,
});
