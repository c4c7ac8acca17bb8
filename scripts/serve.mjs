#!/usr/bin/env node
// Serves a built Gloss site on 127.0.0.1, as any static host would. Used by `npm start`,
// the browser tests and the benchmark. Usage:
//   node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import compression from 'compression';
import sirv from 'sirv';
import { securityHeaders } from './security-headers.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});

const root = resolve(values.dir);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html. Run "npm run build" first, or pass --dir <built site>.`);
  process.exit(1);
}
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const files = sirv(root, {
  dev: false,
  etag: true,
  setHeaders(res, pathname) {
    // The service worker and HTML must revalidate; hashed assets can be cached for a year.
    if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else res.setHeader('Cache-Control', 'no-cache');
    for (const [name, value] of Object.entries(securityHeaders(pageHtml(pathname)))) res.setHeader(name, value);
  },
});

/** @type {Map<string, string | undefined>} */
const pages = new Map();
/**
 * The HTML of the page sirv serves for `pathname` (`/a/` is `/a/index.html`, `/a` may be
 * `/a.html`), read once, so its own CSP can be sent as a header; undefined for other files.
 * @param {string} pathname
 * @returns {string | undefined}
 */
function pageHtml(pathname) {
  if (!pages.has(pathname)) {
    const file = [pathname, `${pathname}.html`, join(pathname, 'index.html')]
      .map((p) => join(root, p))
      .find((p) => p.startsWith(root) && p.endsWith('.html') && existsSync(p) && statSync(p).isFile());
    pages.set(pathname, file === undefined ? undefined : readFileSync(file, 'utf8'));
  }
  return pages.get(pathname);
}
// Every real static host compresses text; without it, Lighthouse in the benchmark would time a
// 200 KB HTML download that no reader ever makes. Brotli is used when the browser offers it, at
// quality 6 (the usual static-host setting) rather than the package's 4, which is tuned for dynamic
// responses: on the lesson page it saves about 3 KB and costs no measurable time.
const compress = compression({ threshold: 1024, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } } });
const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : Buffer.from('Not found');

const server = createServer((req, res) => compress(req, res, () => handle(req, res)));

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function handle(req, res) {
  const url = req.url ?? '/';
  if (!url.startsWith(base)) {
    if (url === '/' || url === base.slice(0, -1)) {
      res.writeHead(302, { Location: base });
      res.end();
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...securityHeaders(notFound.toString()) });
    res.end(notFound);
    return;
  }
  req.url = `/${url.slice(base.length)}`;
  files(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...securityHeaders(notFound.toString()) });
    res.end(notFound);
  });
}

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Gloss is being served at http://127.0.0.1:${values.port}${base} (Ctrl+C to stop)`);
});
