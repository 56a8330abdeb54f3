/**
 * The code part of every cache key: report parts (the content loader), search index shards
 * and the ingest manifest all ask here which source files decide their output, and hash them.
 *
 * Hand-kept file lists went stale: the loader's list missed the schema, the front-matter
 * reader, the corrections and the reading time, so an upgrade that changed one of them kept
 * stale pages and search shards, with no error. Two ways to name the code, both complete by
 * construction:
 * - `entries`: the module graph from those files: every relative `import`/`export … from`,
 *   `import()` and `new URL('./x', import.meta.url)` (worker and child-process scripts; not
 *   `import type`, which is erased),
 *   followed to the end. A new module imported anywhere below is in the stamp at once.
 * - `folders`: every `.ts`/`.js`/`.mjs` file under the folder (ingest's version: safe and cheap).
 * Package code is not followed: name `package-lock.json` (or a package's package.json) in `files`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface CodeInputs {
  /** Paths are shown relative to it in the hash, so a copy of the project gives the same stamp. */
  root: string;
  /** Modules whose whole import graph is hashed (absolute, or relative to root). */
  entries?: readonly string[];
  /** Folders hashed whole (relative to root). */
  folders?: readonly string[];
  /** Other files (relative to root): the lockfile, a package's package.json. A missing one counts as missing. */
  files?: readonly string[];
}

const SPECIFIER = [
  // `import type` / `export type` are erased before the code runs: they do not change output.
  /\b(?:import|export)\s+(?!type\s)[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
  /\bnew URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];
const CODE_FILE = /\.(?:ts|mts|js|mjs|json)$/;

/** Relative module specifiers of a source text (strings in comments count too: harmless, a wider stamp). */
export function relativeImports(source: string): string[] {
  const out = new Set<string>();
  for (const re of SPECIFIER) for (const m of source.matchAll(re)) out.add(m[1]!);
  return [...out];
}

/** Every source file reachable from `entries` through relative imports, sorted. */
export function moduleGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const todo = entries.map((e) => path.resolve(e));
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    const s = statSync(file, { throwIfNoEntry: false });
    if (!s?.isFile()) continue;
    seen.add(file);
    if (!CODE_FILE.test(file) || file.endsWith('.json')) continue;
    for (const spec of relativeImports(readFileSync(file, 'utf8'))) todo.push(path.resolve(path.dirname(file), spec));
  }
  return [...seen].sort();
}

function folderFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:ts|js|mjs)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The files a stamp covers (absolute, sorted, each once). */
export function codeFiles(inputs: CodeInputs): string[] {
  const { root } = inputs;
  const all = new Set<string>([
    ...moduleGraph((inputs.entries ?? []).map((e) => path.resolve(root, e))),
    ...(inputs.folders ?? []).flatMap((f) => folderFiles(path.join(root, f))),
    ...(inputs.files ?? []).map((f) => path.resolve(root, f)),
  ]);
  return [...all].sort();
}

/** sha256 (hex) of the covered files' paths (relative to root) and bytes. */
export function codeStamp(inputs: CodeInputs): string {
  const h = createHash('sha256');
  for (const f of codeFiles(inputs)) {
    h.update(`${path.relative(inputs.root, f)}\u0000`);
    h.update(existsSync(f) ? readFileSync(f) : 'missing');
    h.update('\u0000');
  }
  return h.digest('hex');
}
