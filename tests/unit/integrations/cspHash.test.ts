import { expect, test } from 'vitest';
import { cspHash } from '../../../src/integrations/cspHash.mjs';

test('gives the hash source the CSP specification gives for its example script, and for nothing', () => {
  // The example of CSP Level 3, "hash-source": <script>alert('Hello, world.');</script>.
  expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
});
