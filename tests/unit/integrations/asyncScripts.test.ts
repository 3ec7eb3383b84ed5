import { describe, expect, it } from 'vitest';
import { withAsyncScripts } from '../../../src/integrations/asyncScripts.mjs';

describe('withAsyncScripts', () => {
  it('marks each external module script async and leaves everything else as it was', () => {
    const html = '<head><script type="module" src="/_astro/a.js"></script><link rel="stylesheet" href="/x.css"></head><body><script type="module" src="/_astro/b.js"></script></body>';
    expect(withAsyncScripts(html)).toBe(
      '<head><script type="module" async src="/_astro/a.js"></script><link rel="stylesheet" href="/x.css"></head><body><script type="module" async src="/_astro/b.js"></script></body>',
    );
  });

  it('does not touch a classic script or a page with none', () => {
    expect(withAsyncScripts('<script async src="/embed/loader.js"></script>')).toBe('<script async src="/embed/loader.js"></script>');
    expect(withAsyncScripts('<p>no script</p>')).toBe('<p>no script</p>');
  });
});
