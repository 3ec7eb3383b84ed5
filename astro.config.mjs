// @ts-check
import { defineConfig } from 'astro/config';

// The public URL the explainer is deployed at: canonical links, social cards and embed snippets use it.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
});
