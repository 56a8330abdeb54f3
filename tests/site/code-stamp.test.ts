/**
 * Cache stamps cover all the code their output comes from (src/lib/code-stamp.ts). In a copy
 * of the project, one file of each folder is edited in turn and the test checks which caches
 * see it: report parts (the loader's render stamp), search shards (the indexer's files) and
 * the ingest manifest (ingestVersion). The hand-kept lists this replaced missed the schema,
 * the report reader, the front-matter reader, the corrections, the reading time and drafts.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCodeStamp } from '../../src/lib/reports-loader.ts';
import { indexerFiles } from '../../src/search/build-index.ts';
import { ingestVersion } from '../../src/ingest/unchanged-sources.ts';
import { codeStamp, relativeImports } from '../../src/lib/code-stamp.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(path.join(tmpdir(), 'code-stamp-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
cpSync(path.join(ROOT, 'src'), path.join(copy, 'src'), { recursive: true });
cpSync(path.join(ROOT, 'public/search'), path.join(copy, 'public/search'), { recursive: true });
cpSync(path.join(ROOT, 'package-lock.json'), path.join(copy, 'package-lock.json'));
mkdirSync(path.join(copy, 'node_modules/pagefind'), { recursive: true });
cpSync(path.join(ROOT, 'node_modules/pagefind/package.json'), path.join(copy, 'node_modules/pagefind/package.json'));

const stamps = () => ({
  parts: renderCodeStamp(path.join(copy, 'src')),
  shards: codeStamp({ root: copy, files: indexerFiles(copy) }),
  ingest: ingestVersion(copy),
});

/** File → the caches whose stamp must change when it changes (the others must not). */
const CASES: [string, ('parts' | 'shards' | 'ingest')[]][] = [
  ['src/lib/report-file.ts', ['parts', 'shards']],
  ['src/lib/front-matter.ts', ['parts', 'shards', 'ingest']],
  ['src/lib/drafts.ts', ['parts', 'shards']],
  ['src/lib/reading-time.ts', ['parts']],
  ['src/lib/markdown/cjk-text.ts', ['parts']],
  ['src/facts/corrections.ts', ['parts', 'shards', 'ingest']],
  ['src/schema/report.ts', ['parts', 'shards', 'ingest']],
  ['src/search/shards.ts', ['shards']],
  ['src/search/build-shard.ts', ['shards']],
  ['public/search/segment.js', ['shards']],
  ['src/ingest/stages/find-headline.ts', ['ingest']],
  ['src/text/script-fold.ts', ['ingest']],
  ['package-lock.json', ['parts', 'shards', 'ingest']],
];

describe('cache stamps', () => {
  it.each(CASES)('an edit to %s changes exactly the stamps of %j', (file, expected) => {
    const before = stamps();
    appendFileSync(path.join(copy, file), file.endsWith('.json') ? '\n' : '\n// edited\n');
    const after = stamps();
    const changed = (Object.keys(before) as (keyof typeof before)[]).filter((k) => before[k] !== after[k]);
    expect(changed.sort()).toEqual([...expected].sort());
  });

  it('follows every kind of relative module reference but erased type imports', () => {
    const src = `import a from './a.ts';\nimport type { B } from "../b.ts";\nexport { c } from './c.ts';\nimport './d.js';\nawait import('./e.ts');\nnew Worker(new URL('./f.ts', import.meta.url));\nimport x from 'pkg';`;
    expect(relativeImports(src).sort()).toEqual(['./a.ts', './c.ts', './d.js', './e.ts', './f.ts']);
  });
});
