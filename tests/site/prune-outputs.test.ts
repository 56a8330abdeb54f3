/** Which outputs a build prunes from dist/ when dist/ is kept between builds. */
import { describe, expect, test } from 'vitest';
import { keptOutputs, staleFiles } from '../../src/lib/prune-outputs.ts';

const START = 1_000_000;
const manifest = {
  routes: {
    'src/pages/reports/[slug].astro': { paths: { '/reports/a/': { outputFile: 'reports/a/index.html' }, '/reports/b/': { outputFile: 'reports/b/index.html' } } },
    'src/pages/topics/[topic]/[...page].astro': { paths: { '/topics/t/': { outputFile: 'topics/t/index.html' } } },
  },
};

describe('prune outputs', () => {
  test('kept outputs are the incremental manifest’s output files', () => {
    expect([...keptOutputs(manifest)].sort()).toEqual(['reports/a/index.html', 'reports/b/index.html', 'topics/t/index.html']);
    expect(keptOutputs({})).toEqual(new Set());
  });

  test('a file neither written by this build nor kept is stale; assets and the index are left alone', () => {
    const old = START - 5000;
    const files = [
      { path: 'reports/a/index.html', mtimeMs: old }, // cached page: kept
      { path: 'reports/gone/index.html', mtimeMs: old }, // deleted report
      { path: 'reports/gone/facts.json', mtimeMs: old },
      { path: 'topics/t/2/index.html', mtimeMs: old }, // listing got shorter
      { path: 'index.html', mtimeMs: START + 10 }, // rendered this build
      { path: 'sitemap-0.xml', mtimeMs: old }, // rewritten later by its integration
      { path: '_astro/photo.abc.webp', mtimeMs: old }, // image written only when missing
      { path: 'pagefind/pagefind.js', mtimeMs: old }, // rebuilt by the index integration
    ];
    expect(staleFiles(files, keptOutputs(manifest), START)).toEqual(['reports/gone/index.html', 'reports/gone/facts.json', 'topics/t/2/index.html', 'sitemap-0.xml']);
  });
});
