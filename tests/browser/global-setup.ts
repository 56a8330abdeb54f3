/**
 * Browser tests' global setup: builds the site once into a temp folder from the real
 * content/reports plus the site fixtures (tests/fixtures/site-reports), with photos
 * generated here by sharp, extra short reports for pagination and a report ingested from a
 * generated Word document with three photos (issue 11) and the text sources of
 * tests/fixtures/site-sources (issue 23), then serves it on
 * 127.0.0.1 with a tiny static server. Tests get `baseUrl`, `distDir` and `reportsDir`
 * through vitest's inject().
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { TestProject } from 'vitest/node';
import { runIngest } from '../../src/ingest/run-ingest.ts';
import { wordArticle } from '../ingest/documents/make-fixtures.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    reportsDir: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/site-reports');
/** Photos the photo fixture references; each gets its own colours so the files differ. */
const PHOTOS = [
  { name: 'robot-class.jpg', bg: '#2c5aa0', fg: '#f5a623' },
  { name: 'robot-debug.jpg', bg: '#7a3e9d', fg: '#50e3c2' },
];
/** Enough short reports in one year to need a second archive page. */
const PAGINATION_REPORTS = 23;

export async function makePhoto(file: string, bg: string, fg: string, width = 1600, height = 1000): Promise<void> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${bg}"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="${fg}"/></svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(file);
}

function paginationReport(i: number): string {
  const n = String(i + 1).padStart(2, '0');
  return `---
title: 分页测试报道第${n}篇
date: "2022-03-${n}"
datePrecision: day
dateStated: true
topics: [分页测试]
summary: 用于检验年份归档分页的短报道。
source:
  file: pagination-${n}.txt
  sha256: ${'ab'.repeat(32)}
---
这是第${n}篇用于分页测试的短报道。
`;
}

/** A correspondent's Word article with three photos, through the real ingest into the reports folder. */
async function ingestWordArticle(dir: string, tmp: string): Promise<void> {
  const docx = await wordArticle(path.join(tmp, 'word-source'), 'word-article.docx');
  const errors: string[] = [];
  const code = await runIngest(['--quiet', '--out', dir, docx], { out: () => {}, err: (t) => errors.push(t), tty: false });
  if (code !== 0) throw new Error(`ingest of the Word fixture failed (exit ${code}): ${errors.join('')}`);
}

/**
 * Sources ingested by the real ingest at setup (tests/fixtures/site-sources, our own words): a
 * school-construction story and an enrolment story, so the site shows where the topic rules put
 * them (issue 23: such a story landed in 其他).
 */
const SITE_SOURCES = path.join(ROOT, 'tests/fixtures/site-sources');
async function ingestSiteSources(dir: string): Promise<void> {
  const files = (await readdir(SITE_SOURCES)).filter((f) => f.endsWith('.txt')).map((f) => path.join(SITE_SOURCES, f));
  const errors: string[] = [];
  const code = await runIngest(['--quiet', '--out', dir, ...files], { out: () => {}, err: (t) => errors.push(t), tty: false });
  if (code !== 0) throw new Error(`ingest of the site sources failed (exit ${code}): ${errors.join('')}`);
}

async function prepareReports(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'photos'), { recursive: true });
  const real = path.join(ROOT, 'content/reports');
  if (existsSync(real)) await cp(real, dir, { recursive: true });
  for (const f of await readdir(FIXTURES)) await cp(path.join(FIXTURES, f), path.join(dir, f));
  for (const p of PHOTOS) await makePhoto(path.join(dir, 'photos', p.name), p.bg, p.fg);
  for (let i = 0; i < PAGINATION_REPORTS; i++) {
    await writeFile(path.join(dir, `2022-03-${String(i + 1).padStart(2, '0')}-fen-ye-ce-shi.md`), paginationReport(i));
  }
}

function build(reportsDir: string, outDir: string, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, REPORTS_DIR: reportsDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => out.push(d));
    child.on('close', async (code) => {
      const text = Buffer.concat(out).toString();
      await writeFile(log, text);
      if (code === 0) resolve();
      else reject(new Error(`astro build failed (exit ${code}); log ${log}:\n${text.slice(-3000)}`));
    });
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** Serves `dist` like a static host: /x/ → /x/index.html, unknown paths → 404.html with status 404. */
export function serveStatic(dist: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dist, pathname);
    if (!file.startsWith(dist)) file = path.join(dist, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(dist, '404.html');
    }
    res.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

export default async function setup(project: TestProject) {
  const tmp = await mkdtemp(path.join(tmpdir(), 'site-browser-'));
  const reportsDir = path.join(tmp, 'reports');
  const distDir = path.join(tmp, 'dist');
  await prepareReports(reportsDir);
  await ingestWordArticle(reportsDir, tmp);
  await ingestSiteSources(reportsDir);
  await build(reportsDir, distDir, path.join(tmp, 'build.log'));
  const { server, url } = await serveStatic(distDir);
  project.provide('baseUrl', url);
  project.provide('distDir', distDir);
  project.provide('reportsDir', reportsDir);
  return async () => {
    await new Promise((r) => server.close(r));
    if (!process.env.KEEP_SITE_BUILD) await rm(tmp, { recursive: true, force: true });
    else console.log(`site build kept in ${tmp}`);
  };
}
