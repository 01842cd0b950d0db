// A static host for the benchmarks (bench.mjs, peer.mjs) and the build's first-screen snapshot
// (xtask/prerender/snapshot.mjs): precompressed brotli 11 / gzip 9 by Accept-Encoding, as a real
// static host serves them (`compress: false` sends files as they are), no caching, nothing outside
// `root`. `index` replaces the page at / (bench.mjs' static copy); everything else comes from `root`.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.md': 'text/markdown; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2' };
const compressed = new Map();
export function encodings(file, body) {
  const key = `${file}:${body.length}`;
  if (!compressed.has(key)) {
    compressed.set(key, {
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gzip: gzipSync(body, { level: 9 }),
    });
  }
  return compressed.get(key);
}
export function serve(root, index, { compress = true } = {}) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      // A request line no URL parser takes (`//`, a broken escape) is refused, not a crash.
      return res.writeHead(400).end();
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return res.writeHead(403).end();
    let body;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      body = index !== undefined && file === join(root, 'index.html') ? Buffer.from(index) : readFileSync(file);
    } catch {
      return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    const accept = String(req.headers['accept-encoding'] ?? '');
    if (compress && body.length > 256 && !/^image\/(png)|font\//.test(type)) {
      const enc = encodings(file, body);
      if (/\bbr\b/.test(accept)) { body = enc.br; headers['content-encoding'] = 'br'; }
      else if (/\bgzip\b/.test(accept)) { body = enc.gzip; headers['content-encoding'] = 'gzip'; }
      headers.vary = 'Accept-Encoding';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() })));
}

