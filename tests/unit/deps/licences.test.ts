import { expect, test } from 'vitest';
import { runtimePackages, type RuntimePackage } from '../../support/runtimePackages';

const ALLOWED = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Apache-2.0']);

/** The build tools: they run on the build machine, and nothing they pull in alone reaches a reader. */
const BUILD_TOOLS = new Set(['astro', 'subset-font']);

// Each exception names the packages and the exact licence, so a licence change or a new package fails again.
const SHIPPED_EXCEPTIONS = [
  { name: /^@fontsource\//, license: 'OFL-1.1', why: 'font files: the SIL Open Font License is the standard for fonts and allows serving them with the site' },
  { name: /^gsap$/, license: "Standard 'no charge' license: https://gsap.com/standard-license.", why: 'the tweening library the architecture chose; free for any site, but not an OSI licence: kept under review' },
];
const BUILD_ONLY_EXCEPTIONS = [
  { name: /^lightningcss/, license: 'MPL-2.0', why: 'CSS minifier run at build time; file-level copyleft applies to its own files, which are not shipped' },
  { name: /^@img\/sharp-(libvips-|wasm32|win32)/, license: /LGPL-3\.0-or-later/, why: "optional prebuilt binaries of Astro's image service, unused by this site and never shipped" },
  { name: /^argparse$/, license: 'Python-2.0', why: 'permissive; used by a build-time YAML parser' },
  { name: /^(lru-cache|sax|common-ancestor-path)$/, license: 'BlueOak-1.0.0', why: 'permissive (Blue Oak Model License); build time only' },
  { name: /^pako$/, license: '(MIT AND Zlib)', why: 'permissive (zlib licence); writes the cut WOFF fonts at build time' },
  { name: /^mdn-data$/, license: 'CC0-1.0', why: 'public-domain data used by the CSS tooling at build time' },
];

/** True when an SPDX expression (A OR B, A AND B, parentheses) is satisfied by the allowed licences. */
function allowed(expr: string): boolean {
  const e = expr.trim().replace(/^\((.*)\)$/, '$1');
  if (/\sOR\s/.test(e)) return e.split(/\s+OR\s+/).some(allowed);
  if (/\sAND\s/.test(e)) return e.split(/\s+AND\s+/).every(allowed);
  return ALLOWED.has(e);
}

type Exception = { name: RegExp; license: string | RegExp; why: string };
const matches = (x: Exception, p: RuntimePackage) =>
  x.name.test(p.name) && (typeof x.license === 'string' ? x.license === p.license : x.license.test(p.license));
const offenders = (pkgs: RuntimePackage[], exceptions: Exception[]) =>
  pkgs.filter((p) => !allowed(p.license) && !exceptions.some((x) => matches(x, p))).map((p) => `${p.path}@${p.version}: ${p.license}`);

const all = runtimePackages();
const shipped = runtimePackages('.', (dep) => !BUILD_TOOLS.has(dep));
const shippedPaths = new Set(shipped.map((p) => p.path));
const buildOnly = all.filter((p) => !shippedPaths.has(p.path));

test('the walk finds the dependencies and their own dependencies', () => {
  const names = new Set(all.map((p) => p.name));
  for (const n of ['astro', 'd3-geo', 'd3-array', 'internmap', 'gsap', 'topojson-client']) expect(names).toContain(n);
  expect(all.some((p) => p.license === 'UNKNOWN')).toBe(false);
});

test('everything a reader downloads or the site bundles is MIT, ISC, BSD, 0BSD or Apache-2.0', () => {
  expect(offenders(shipped, SHIPPED_EXCEPTIONS)).toEqual([]);
});

test("the build tool's own dependencies are permissive too, with named build-time exceptions", () => {
  expect(offenders(buildOnly, BUILD_ONLY_EXCEPTIONS)).toEqual([]);
});

test('every exception still applies to a package in the tree', () => {
  const stale = [
    ...SHIPPED_EXCEPTIONS.filter((x) => !shipped.some((p) => matches(x, p))),
    ...BUILD_ONLY_EXCEPTIONS.filter((x) => !buildOnly.some((p) => matches(x, p))),
  ].map((x) => String(x.name));
  expect(stale).toEqual([]);
});

test('SPDX expressions are read as the licence they state', () => {
  expect(allowed('MIT')).toBe(true);
  expect(allowed('(MIT OR GPL-3.0)')).toBe(true);
  expect(allowed('Apache-2.0 AND LGPL-3.0-or-later')).toBe(false);
  expect(allowed('GPL-3.0')).toBe(false);
});
