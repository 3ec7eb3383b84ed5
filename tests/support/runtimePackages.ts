import { readFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** One installed package reached from package.json `dependencies`. */
export interface RuntimePackage {
  name: string;
  version: string;
  license: string;
  /** Its path in package-lock.json, e.g. node_modules/astro/node_modules/semver. */
  path: string;
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Where node would find `dep` when required from the package at `from`: the nearest node_modules up the tree. */
function resolve(packages: Record<string, LockEntry>, from: string, dep: string): string | undefined {
  for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
    const candidate = dir ? `${dir}/node_modules/${dep}` : `node_modules/${dep}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
  }
}

/**
 * Every package the production dependencies pull in, transitively, as package-lock.json resolves them.
 * `only` limits the walk to some of package.json's dependencies (by default all of them).
 */
export function runtimePackages(root = '.', only?: (dep: string) => boolean): RuntimePackage[] {
  const lock = JSON.parse(readFileSync(`${root}/package-lock.json`, 'utf8')) as { packages: Record<string, LockEntry> };
  const manifest = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { dependencies?: Record<string, string> };
  const seen = new Set<string>();
  const queue = Object.keys(manifest.dependencies ?? {}).filter(only ?? (() => true)).map((d) => ({ from: '', dep: d, optional: false }));
  while (queue.length) {
    const { from, dep, optional } = queue.shift()!;
    const path = resolve(lock.packages, from, dep);
    if (!path) {
      // Optional and peer dependencies may be absent from the lock (another platform's binary, an unused peer).
      if (optional) continue;
      throw new Error(`${from || 'package.json'} needs ${dep}, which package-lock.json does not hold`);
    }
    if (seen.has(path)) continue;
    seen.add(path);
    const e = lock.packages[path]!;
    for (const d of Object.keys(e.dependencies ?? {})) queue.push({ from: path, dep: d, optional: false });
    for (const d of Object.keys({ ...e.optionalDependencies, ...e.peerDependencies })) queue.push({ from: path, dep: d, optional: true });
  }
  return [...seen].sort().map((path) => {
    const e = lock.packages[path]!;
    return { name: nameOf(path), version: e.version ?? '?', license: e.license ?? 'UNKNOWN', path };
  });
}
