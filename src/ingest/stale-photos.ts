/**
 * Photo files a re-ingest left behind: a report's photos live in `photos/<report name>/`; when
 * a new conversion of its source gives fewer photos (a photo removed from the Word file, a
 * page saved again without one), the old `03.jpg` would stay on disk, named by nothing. After
 * the reports are written, each written report's folder is checked: a file the report does not
 * name is removed, unless another report in the output folder names it (a staff edit may point
 * at another report's photo). Folders left empty are removed too.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The photo folder of a report, inside the output folder (`photos/<report name>`). */
export const photoFolderOf = (reportTarget: string): string => `photos/${basename(reportTarget).replace(/\.md$/, '')}`;

/** Files in the photo folders of `reports` (report target → its text as written) that no report names; returns them. */
export function staleFiles(out: string, reports: { target: string; text: string }[]): string[] {
  const candidates: string[] = [];
  for (const { target, text } of reports) {
    const folder = photoFolderOf(target);
    const dir = join(out, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const path = `${folder}/${name}`;
      if (statSync(join(dir, name)).isFile() && !text.includes(`./${path}`)) candidates.push(path);
    }
  }
  if (!candidates.length) return [];
  // Rare (a source gave fewer photos): only then is every report read, for a name elsewhere.
  const others = readdirSync(out)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(out, f), 'utf8'));
  return candidates.filter((path) => !others.some((text) => text.includes(path)));
}

/** Removes the stale files (paths inside `out`), and their folders when left empty. */
export function removeStale(out: string, paths: string[]): void {
  for (const path of paths) unlinkSync(join(out, path));
  for (const dir of new Set(paths.map((p) => join(out, p.replace(/\/[^/]+$/, ''))))) {
    if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  }
}
