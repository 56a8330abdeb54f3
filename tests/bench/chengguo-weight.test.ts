import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { chengguoWeight, formatChengguoWeight } from '../../scripts/bench/chengguo-weight.ts';

function site(): string {
  const dist = mkdtempSync(join(tmpdir(), 'chengguo-weight-'));
  mkdirSync(join(dist, 'chengguo', '2023'), { recursive: true });
  mkdirSync(join(dist, 'chengguo', '2024'), { recursive: true });
  mkdirSync(join(dist, '_astro'), { recursive: true });
  writeFileSync(join(dist, '_astro', 'site.css'), 'body{color:#111}'.repeat(50));
  const page = '<html><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/chengguo/chengguo.js"></script></html>';
  writeFileSync(join(dist, 'chengguo', 'chengguo.js'), 'console.log(1);'.repeat(20));
  writeFileSync(join(dist, 'chengguo', 'index.html'), page);
  writeFileSync(join(dist, 'chengguo', '2023', 'index.html'), page);
  writeFileSync(join(dist, 'chengguo', '2023', 'data.json'), JSON.stringify({ rows: [1, 2, 3] }));
  writeFileSync(join(dist, 'chengguo', '2024', 'index.html'), page);
  // The heavier year: a data.json of incompressible-ish rows.
  writeFileSync(join(dist, 'chengguo', '2024', 'data.json'), JSON.stringify(Array.from({ length: 2000 }, (_, i) => `${i * 7919}甲${(i * 104729) % 9973}`)));
  return dist;
}

describe('chengguoWeight', () => {
  test('measures the overview and picks the heaviest year, page + linked assets + data.json', () => {
    const dist = site();
    const w = chengguoWeight(dist)!;
    expect(w.years).toBe(2);
    expect(w.heaviest?.path).toBe('/chengguo/2024/');
    const data = gzipSync(readFileSync(join(dist, 'chengguo', '2024', 'data.json'))).length / 1024;
    expect(w.heaviest!.dataKb).toBeCloseTo(data, 5);
    expect(w.heaviest!.totalKb).toBeCloseTo(w.heaviest!.pageKb + w.heaviest!.dataKb, 5);
    expect(w.overviewKb).toBeCloseTo(w.heaviest!.pageKb, 5);
    expect(w.buildMs).toBeNull();
  });

  test('sums the generation times Astro logged for 成果库 outputs only', () => {
    const dist = site();
    const log = join(dist, 'build.log');
    writeFileSync(log, ['  ├─ /chengguo/index.html (+12ms)', '  ├─ /chengguo/2024/index.html (+1.5s)', '  ├─ /reports/x/index.html (+99ms)'].join('\n'));
    expect(chengguoWeight(dist, log)!.buildMs).toBe(1512);
    expect(formatChengguoWeight(chengguoWeight(dist, log))).toContain('1.5 s');
  });

  test('says so when the site has no 成果库', () => {
    expect(chengguoWeight(mkdtempSync(join(tmpdir(), 'empty-')))).toBeNull();
    expect(formatChengguoWeight(null)).toMatch(/not built/);
  });
});
