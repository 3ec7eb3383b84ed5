import { test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** A news site's page server on another port: what the embed is framed by in the tests. */
export interface HostServer {
  origin: string;
  /** Serves `html` at `path`; returns its URL. */
  serve(path: string, html: string): string;
}

// One server per worker, each on its own port of the range set aside for embed hosts (EMBED_HOST_PORT, then up).
const BASE_PORT = Number(process.env.EMBED_HOST_PORT ?? 4451);
const pym = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');

/** Playwright's test with a `host` fixture: a tiny HTTP server on another origin from the site under test. */
export const test = base.extend<object, { host: HostServer }>({
  host: [
    async ({}, use, workerInfo) => {
      const pages = new Map<string, string>([['/pym.v1.min.js', pym]]);
      const server = createServer((req, res) => {
        const body = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
        res.writeHead(body === undefined ? 404 : 200, { 'content-type': req.url?.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
        res.end(body ?? 'not found');
      });
      const port = BASE_PORT + workerInfo.parallelIndex;
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
      const origin = `http://127.0.0.1:${port}`;
      await use({ origin, serve: (path, html) => (pages.set(path, html), `${origin}${path}`) });
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
});

/** Playwright's expect, so specs import both from here. */
export { expect } from '@playwright/test';
