// A static host for dist/: compression, cache headers and the _headers file, as Netlify or Cloudflare Pages serve it.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2', '.woff': 'font/woff', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.ico': 'image/x-icon', '.pdf': 'application/pdf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** The headers a `_headers` file gives every path (only its `/*` block, which is all this site writes). */
export function parseHeaders(text) {
  const headers = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inAll = line.trim() === '/*';
    else if (inAll && line.includes(':')) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

/** The file a URL path is served from: directories serve their index.html. */
async function resolveFile(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(root, path), join(root, path, 'index.html')]) {
    const s = await stat(candidate).catch(() => null);
    if (s?.isFile()) return candidate;
  }
  return null;
}

/** Compresses once per file and encoding, as a CDN caches its compressed copies. */
function encoder() {
  const cache = new Map();
  return (file, body, encoding) => {
    const key = `${encoding}:${file}`;
    if (!cache.has(key)) {
      cache.set(key, encoding === 'br'
        ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }));
    }
    return cache.get(key);
  };
}

/** Every file under `dir`. */
async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  return (await Promise.all(entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])))).flat();
}

/** Serves `root` on 127.0.0.1:`port`; resolves to the running server once it listens. */
export async function serveStatic(root, port) {
  const extra = parseHeaders(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const compress = encoder();
  // Compressed before the first request, so no measurement includes the server compressing a large page.
  for (const file of await files(root)) {
    if (!COMPRESSIBLE.test(TYPES[extname(file)] ?? '')) continue;
    const body = await readFile(file);
    for (const encoding of ['br', 'gzip']) compress(file, body, encoding);
  }
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = await resolveFile(root, url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    if (!url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('.html')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Hashed build assets never change; pages are revalidated.
    const cache = url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
    let body = await readFile(file);
    const headers = { ...extra, 'Content-Type': type, 'Cache-Control': cache, Vary: 'Accept-Encoding' };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.test(type) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (encoding) {
      body = compress(file, body, encoding);
      headers['Content-Encoding'] = encoding;
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve(undefined)));
  return server;
}
