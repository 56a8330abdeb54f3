/**
 * Writes a file whole or not at all: the text goes to a temp file beside the target, which is
 * then renamed over it, so a reader (the site, a concurrent build, staff's editor) never sees
 * half a file. One helper for ingest's reports, photos and manifests and the loader's report parts.
 *
 * Callback fs, not fs/promises: for 10,000 small parts files its FileHandle machinery cost
 * more main-thread time than the callbacks (measured in the loader). The temp name ends in
 * `.tmp`, which the parts clean-up (cleanStaleParts) removes when a build was stopped mid-write.
 */
import { rename, rm, writeFile } from 'node:fs';

export function writeAtomic(target: string, text: string | Uint8Array): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => rm(tmp, { force: true }, () => reject(err));
    writeFile(tmp, text, (err) => (err ? fail(err) : rename(tmp, target, (err2) => (err2 ? fail(err2) : resolve()))));
  });
}
