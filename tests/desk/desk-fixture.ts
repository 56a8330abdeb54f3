/**
 * A reports folder and a sources folder for the desk's browser tests and screenshots: a draft
 * made by the real ingest from tests/fixtures/desk/desk-draft.txt (no date, a breadcrumb and a
 * page button removed, a script tag in the text) and the seed report with warnings (seed 004,
 * else its site fixture) with its source.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runIngest } from '../../src/ingest/run-ingest.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface DeskFixture {
  reports: string;
  sources: string;
  /** The draft's file name in `reports`. */
  draft: string;
}

export async function deskFixture(): Promise<DeskFixture> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'desk-'));
  const reports = path.join(tmp, 'reports');
  const sources = path.join(tmp, 'sources');
  await mkdir(reports);
  await mkdir(sources);
  await cp(path.join(ROOT, 'tests/fixtures/desk/desk-draft.txt'), path.join(sources, 'desk-draft.txt'));
  const errors: string[] = [];
  const code = await runIngest(['--quiet', '--out', reports, path.join(sources, 'desk-draft.txt')], { out: () => {}, err: (t) => errors.push(t), tty: false });
  if (code !== 0) throw new Error(`ingest of the desk fixture failed (exit ${code}): ${errors.join('')}`);
  const [draft] = await readdir(reports);
  const seeds = path.join(ROOT, 'content/reports');
  const seed = existsSync(seeds) ? (await readdir(seeds)).find((f) => f.startsWith('2021-06-11')) : undefined;
  if (seed) {
    await cp(path.join(seeds, seed), path.join(reports, seed));
    for (const f of await readdir(path.join(ROOT, 'content/sources'))) if (f.startsWith('004_')) await cp(path.join(ROOT, 'content/sources', f), path.join(sources, f));
  } else {
    // Without the seeds, the site fixture modelled on seed 004, given the warning the seed has.
    const text = await readFile(path.join(ROOT, 'tests/fixtures/site-reports/2021-06-11-du-dao-zhen-gong-fu-ce-shi.md'), 'utf8');
    await writeFile(path.join(reports, '2021-06-11-du-dao-zhen-gong-fu-ce-shi.md'), text.replace('warnings: []', 'warnings:\n  - 删除了 12 行广告（第 86 行起），请确认没有误删正文。'));
  }
  return { reports, sources, draft: draft! };
}
