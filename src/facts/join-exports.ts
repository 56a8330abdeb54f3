/**
 * The all-years exports (/achievements.csv, /achievements.json) joined from the per-year ones
 * (/chengguo/<year>/achievements.*), newest year first and undated last: the order of
 * `allAchievements`, so the bytes are what one route rendering every fact would write. Joined
 * on disk, a year at a time, because at 10,000 reports the files are 100+ MB and Astro's
 * prerender copies a route's body several times in memory.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { achievementsCsvPieces } from './achievements.ts';
import { UNDATED_YEAR } from './chengguo-data.ts';

/** The per-year export files' name (in /chengguo/<year>/) and the joined files' (at the site root). */
export const EXPORT_NAME = 'achievements';

/** The year folders of `<dist>/chengguo/` that hold an export, in the exports' order. */
export async function exportYears(dist: string): Promise<string[]> {
  const base = join(dist, 'chengguo');
  if (!existsSync(base)) return [];
  const years = (await readdir(base, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && existsSync(join(base, e.name, `${EXPORT_NAME}.csv`)))
    .map((e) => e.name);
  return years.sort((a, b) => (a === UNDATED_YEAR ? 1 : b === UNDATED_YEAR ? -1 : b.localeCompare(a)));
}

/** Everything after the first line (the CSV's header row, after its BOM). */
function csvRecords(text: string): string {
  const end = text.indexOf('\r\n');
  return end < 0 ? '' : text.slice(end + 2);
}

/** The rows of a JSON array file without its brackets ("" for an empty array). */
function jsonRows(text: string): string {
  return text.trim().slice(1, -1);
}

/** Writes `chunks` to `file` through a temporary file (readers never see half a file). */
async function writeAtomically(file: string, chunks: AsyncIterable<string>): Promise<void> {
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp);
  try {
    for await (const chunk of chunks) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    out.end();
    await finished(out);
    await rename(tmp, file);
  } catch (e) {
    out.destroy();
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Joins the per-year exports of the built site into `<dist>/achievements.csv` and `.json`. Returns the years joined. */
export async function joinExports(dist: string, site: URL | string): Promise<string[]> {
  const years = await exportYears(dist);
  const file = (year: string, ext: string) => join(dist, 'chengguo', year, `${EXPORT_NAME}.${ext}`);
  await writeAtomically(join(dist, `${EXPORT_NAME}.csv`), (async function* () {
    // The BOM and header row, as an export without rows has them.
    yield [...achievementsCsvPieces([], site)].join('');
    for (const y of years) yield csvRecords(await readFile(file(y, 'csv'), 'utf8'));
  })());
  await writeAtomically(join(dist, `${EXPORT_NAME}.json`), (async function* () {
    yield '[';
    let first = true;
    for (const y of years) {
      const rows = jsonRows(await readFile(file(y, 'json'), 'utf8'));
      if (!rows) continue;
      yield first ? rows : `,${rows}`;
      first = false;
    }
    yield ']';
  })());
  return years;
}
