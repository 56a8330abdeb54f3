/**
 * Input edge: expands the CLI's files and folders into source files and reads them, refusing
 * what cannot be a source (missing path, not a regular file, too big) with a one-line error.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { INPUT_LIMITS } from './patterns.ts';
import { DOCUMENT_LIMITS } from './patterns-document.ts';
import { IngestInputError } from './state.ts';

/**
 * Folders are read for text, Word and saved-page files (sorted by name so runs are
 * repeatable; an old `.doc` is listed so that it is refused with what to do); Word's lock
 * files (`~$报道.docx`) are not sources.
 */
const SOURCE_EXT = /\.(txt|docx?|html?)$/i;
const LOCK_FILE = /^~\$/;

/** The size limit of a source by its name: a Word file carries its photos, a saved page its scripts. */
function maxBytesOf(path: string): number {
  if (/\.docx$/i.test(path)) return DOCUMENT_LIMITS.docxMaxBytes;
  if (/\.html?$/i.test(path)) return DOCUMENT_LIMITS.htmlMaxBytes;
  return INPUT_LIMITS.maxBytes;
}

/**
 * Why a folder's entry is not read, or null: links are resolved before any read, and one that
 * leads nowhere or out of the folder (to /etc/passwd, another user's files) is one line, not a
 * crash or a read. A file named on the command line is read where it is: the user chose it.
 */
function entryProblem(folder: string, p: string): string | null {
  if (!lstatSync(p).isSymbolicLink()) return null;
  let target: string;
  try {
    target = realpathSync(p);
  } catch {
    return `${p}: 是指向不存在文件的链接；请删除该链接或恢复它指向的文件。`;
  }
  const rel = relative(realpathSync(folder), target);
  if (rel.startsWith('..') || isAbsolute(rel)) return `${p}: 是指向文件夹外（${target}）的链接，未读取；请把原文复制进文件夹后再导入。`;
  return null;
}

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
        .filter((n) => SOURCE_EXT.test(n) && !LOCK_FILE.test(n))
        .sort()
        .map((n) => join(arg, n))
        .filter((p) => {
          const problem = entryProblem(arg, p);
          if (problem) errors.push(problem);
          return !problem && statSync(p).isFile();
        });
      if (!inside.length) errors.push(`${arg}: 文件夹里没有原文文件（.txt、.docx、.html）；请把报道原文放进去。`);
      files.push(...inside);
    } else if (st.isFile()) files.push(arg);
    else errors.push(`${arg}: 不是普通文件；请给出原文文件（.txt、.docx、.html）或文件夹。`);
  }
  return { files: [...new Set(files)], errors };
}

export function readSource(path: string): Uint8Array {
  const size = statSync(path).size;
  const max = maxBytesOf(path);
  if (size > max) {
    throw new IngestInputError(
      `${basename(path)}: 文件过大（${(size / 1024 / 1024).toFixed(1)} MB，上限 ${max / 1024 / 1024} MB），不像一篇报道的原文；请只保留报道正文后再导入。`,
    );
  }
  return readFileSync(path);
}
