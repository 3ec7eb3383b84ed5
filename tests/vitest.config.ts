import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Layouts, schemas and renderers run in node: proof that none of them touches the DOM.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/{unit,render,content}/**/*.test.ts'],
    // A different zone from Almaty's: dates must not depend on the machine's clock zone.
    env: { TZ: 'America/Los_Angeles' },
  },
});
