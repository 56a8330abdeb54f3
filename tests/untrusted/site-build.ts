/**
 * Helpers of the untrusted-input matrix (issue 13): write a report from a plain object (the
 * YAML made by the `yaml` package, so a hostile string is still valid YAML), make photos, and
 * build a small site with the benchmark's config in a temporary Astro root (as
 * tests/site/drafts-build.test.ts does), so a build shares neither dist/ nor caches with others.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** A valid report's front matter; `over` replaces fields. */
export function frontMatter(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '测试报道',
    date: '2024-03-01',
    datePrecision: 'day',
    dateStated: true,
    topics: ['测试专题'],
    summary: '一篇测试报道。',
    source: { file: 'test.txt', sha256: 'ab'.repeat(32) },
    ...over,
  };
}

/** The report file's text: front matter + body. */
export function reportText(data: Record<string, unknown>, body = '第一段，共有120名学生参加。\n'): string {
  return `---\n${stringify(data, { aliasDuplicateObjects: false, lineWidth: 0 })}---\n${body}`;
}

/** A small JPEG/PNG/WebP/AVIF photo (a coloured rectangle). */
export async function photo(file: string, format: 'jpeg' | 'png' | 'webp' | 'avif' = 'jpeg', width = 640, height = 400, colour = '#2c5aa0'): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  await sharp({ create: { width, height, channels: 3, background: colour } })
    .toFormat(format)
    .toFile(file);
}

export interface BuiltSite {
  tmp: string;
  reports: string;
  dist: string;
  /** Runs `astro build` (incremental: same dist/ and caches every time); `env` adds or overrides variables. */
  build(env?: Record<string, string>): { status: number | null; out: string };
  cleanup(): void;
}

/** A temporary site: `reports/` to fill, `dist/` after build(). */
export function tempSite(prefix: string): BuiltSite {
  const tmp = mkdtempSync(path.join(tmpdir(), prefix));
  const astroRoot = path.join(tmp, 'astro-root');
  mkdirSync(astroRoot);
  for (const f of ['src', 'public', 'node_modules', 'package.json', 'package-lock.json', 'tsconfig.json']) symlinkSync(path.join(ROOT, f), path.join(astroRoot, f));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'));
  const reports = path.join(tmp, 'reports');
  mkdirSync(reports);
  const dist = path.join(tmp, 'dist');
  return {
    tmp,
    reports,
    dist,
    build(extra = {}) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', path.relative(astroRoot, path.join(ROOT, 'scripts/bench/astro.config.bench.mjs')), '--root', astroRoot], {
        cwd: tmp,
        env: { ...process.env, REPORTS_DIR: 'reports', BENCH_OUT_DIR: dist, BENCH_CACHE_DIR: path.join(tmp, 'cache'), BENCH_ASTRO_ROOT: astroRoot, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', SEARCH_INDEX_JOBS: '1', ...extra },
        encoding: 'utf8',
        timeout: 240_000,
      });
      return { status: r.status, out: `${r.stdout}${r.stderr}` };
    },
    cleanup: () => rmSync(tmp, { recursive: true, force: true }),
  };
}

/** Every file under `dir`, relative and `/`-separated. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

export const write = (file: string, text: string | Uint8Array) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
export const read = (file: string) => readFileSync(file, 'utf8');
