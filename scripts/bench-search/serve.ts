/**
 * A small static file server for the benchmark (the built site, with Pagefind's file types).
 * Text is sent gzip-compressed when the browser asks for it, as any static host does, and
 * every response is counted (`traffic`), so a first search is measured at the server: what
 * the page and its workers fetched, not what the browser's events happen to report.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.avif': 'image/avif',
};
/** Compressed on the fly; Pagefind's own files (.pf_*, .pagefind) are gzip already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);
/** Response headers, roughly, added to each response's count. */
const HEADER_BYTES = 250;

/** `t`: when the request arrived (Date.now()), to count what was asked for before a moment the page notes. */
export interface Traffic { requests: number; bytes: number; urls: { url: string; bytes: number; t: number }[] }

/** `gate`: a request whose URL it is given waits for the promise it returns (tests hold back files with it); `port`: 0 for any free one. */
export function serve(root: string, gate?: (url: string) => Promise<void> | undefined, port = 0): Promise<{ server: Server; url: string; traffic: Traffic; resetTraffic: () => void }> {
  const traffic: Traffic = { requests: 0, bytes: 0, urls: [] };
  const gz = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const t = Date.now();
    await gate?.(req.url ?? '');
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      count(req.url ?? '', 40, t);
      res.writeHead(404).end('not found');
      return;
    }
    const ext = extname(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gz.get(file) ?? gz.set(file, gzipSync(body)).get(file)!;
      headers['content-encoding'] = 'gzip';
    }
    count(req.url ?? '', body.length, t);
    res.writeHead(200, headers).end(body);
  });
  function count(url: string, bytes: number, t: number): void {
    traffic.requests++;
    traffic.bytes += bytes + HEADER_BYTES;
    traffic.urls.push({ url, bytes: bytes + HEADER_BYTES, t });
  }
  const resetTraffic = () => {
    traffic.requests = 0;
    traffic.bytes = 0;
    traffic.urls = [];
  };
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
    const addr = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`, traffic, resetTraffic });
  }));
}
