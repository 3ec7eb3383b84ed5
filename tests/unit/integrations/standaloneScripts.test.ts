import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../../src/integrations/standaloneScripts.mjs';

describe('bundle', () => {
  it('makes the step page script one self-contained file, well inside its budget', async () => {
    const code = await bundle('src/embed/stepPage.ts');
    // Nothing left to fetch: no static or dynamic import.
    expect(code).not.toMatch(/\bimport\s*[\s({"'`]/);
    // What it must carry: the fragments it reads and the pym.js height message it sends.
    expect(code).toContain('plain-dark');
    expect(code).toContain('xPYMx');
    // The README says about 1 KB gzipped; the browser test holds each step page to 1.5 KiB.
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(1200);
  });

  it('makes the step-through page script one file, its dynamic imports inlined, within its budget', async () => {
    const code = await bundle('src/embed/stepThroughPage.ts');
    expect(code).not.toMatch(/\bimport\s*[\s("'`]/);
    expect(code).toContain('scene-graphic');
    expect(code).toContain('embed-controls');
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(25 * 1024);
  });

  it('inlines a dynamic import rather than write a script that would fetch a second file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'standalone-'));
    writeFileSync(join(dir, 'late.ts'), 'export const late = 1;\n');
    writeFileSync(join(dir, 'entry.ts'), "void import('./late').then((m) => console.log(m.late));\n");
    const code = await bundle(join(dir, 'entry.ts'));
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).toContain('console.log');
  });
});
