import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Checks over the built site in dist/ (run after `npm run build`): HTML validity, links and anchors, the policy.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/built/**/*.test.ts'],
    // The story page is over a megabyte of HTML: validating it takes seconds on a busy machine.
    testTimeout: 120_000,
  },
});
