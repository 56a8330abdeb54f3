/**
 * Input edge: expands the CLI's files and folders into source files and reads them, refusing
 * what cannot be a source (missing path, not a regular file, too big) with a one-line error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { INPUT_LIMITS } from './patterns.ts';
import { IngestInputError } from './state.ts';

/** Folders are read for `*.txt` files (sorted by name so runs are repeatable). */
const SOURCE_EXT = /\.txt$/i;

export function listSources(args: readonly string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch {
      errors.push(`${arg}: 找不到该文件或文件夹；请检查路径。`);
      continue;
    }
    if (st.isDirectory()) {
      const inside = readdirSync(arg)
        .filter((n) => SOURCE_EXT.test(n))
        .sort()
        .map((n) => join(arg, n))
        .filter((p) => statSync(p).isFile());
      if (!inside.length) errors.push(`${arg}: 文件夹里没有 .txt 原文文件；请把报道原文存为 .txt 放进去。`);
      files.push(...inside);
    } else if (st.isFile()) files.push(arg);
    else errors.push(`${arg}: 不是普通文件；请给出 .txt 原文文件或文件夹。`);
  }
  return { files: [...new Set(files)], errors };
}

export function readSource(path: string): Uint8Array {
  const size = statSync(path).size;
  if (size > INPUT_LIMITS.maxBytes) {
    throw new IngestInputError(
      `${basename(path)}: 文件过大（${(size / 1024 / 1024).toFixed(1)} MB，上限 ${INPUT_LIMITS.maxBytes / 1024 / 1024} MB），不像一篇报道的原文；请只保留报道正文后再导入。`,
    );
  }
  return readFileSync(path);
}
