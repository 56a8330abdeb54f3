/**
 * Writes a file whole or not at all: the text goes to a temp file beside the target, which is
 * then renamed over it, so a reader (the site, a concurrent build, staff's editor) never sees
 * half a file. One helper for ingest's reports, photos and manifests and the loader's report parts.
 *
 * Callback fs, not fs/promises: for 10,000 small parts files its FileHandle machinery cost
 * more main-thread time than the callbacks (measured in the loader). The temp name ends in
 * `.tmp`, which the parts clean-up (cleanStaleParts) removes when a build was stopped mid-write.
 */
import { readdirSync, rename, rm, rmSync, writeFile } from 'node:fs';
import { appendFile, rm as rmAsync } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Test hook: with `WRITE_ATOMIC_TEST_DELAY_MS=n` the temp file is written in 64 KB pieces, `n` ms
 * apart, so a test can kill the process while a large report is half written
 * (tests/untrusted/bounded-ingest.test.ts) and check that no partial report is left. Unset, the
 * file is written in one call, as always.
 */
const TEST_DELAY_MS = Number(process.env.WRITE_ATOMIC_TEST_DELAY_MS) || 0;

async function writeSlowly(tmp: string, text: string | Uint8Array): Promise<void> {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  await rmAsync(tmp, { force: true });
  for (let at = 0; at === 0 || at < bytes.length; at += 64 * 1024) {
    await appendFile(tmp, bytes.subarray(at, at + 64 * 1024));
    await new Promise((r) => setTimeout(r, TEST_DELAY_MS));
  }
}

export function writeAtomic(target: string, text: string | Uint8Array): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => rm(tmp, { force: true }, () => reject(err));
    const done = (err: Error | null) => (err ? fail(err) : rename(tmp, target, (err2) => (err2 ? fail(err2) : resolve())));
    if (TEST_DELAY_MS) writeSlowly(tmp, text).then(() => done(null), done);
    else writeFile(tmp, text, done);
  });
}

/** A temp file of writeAtomic: `<target>.<pid>.tmp`. */
const TEMP = /\.(\d+)\.tmp$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes writeAtomic temp files in `dir` (and, with `depth`, its subfolders that deep) left by
 * a process that no longer runs: an ingest killed mid-write. A live process's temp files are
 * left alone, it may be about to rename them. Returns how many were removed.
 */
export function cleanStaleTemps(dir: string, depth = 0): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory() && depth > 0) removed += cleanStaleTemps(full, depth - 1);
    const pid = TEMP.exec(e.name)?.[1];
    if (e.isFile() && pid && Number(pid) !== process.pid && !alive(Number(pid))) {
      rmSync(full, { force: true });
      removed++;
    }
  }
  return removed;
}
