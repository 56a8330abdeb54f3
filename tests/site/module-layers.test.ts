/**
 * The layers depend in one direction: src/facts (the extractor and the corrections) knows
 * nothing of the site, and the site applies corrections in one place only (src/lib/fact-view.ts),
 * whose result the loader stores for every page, export and the 成果库 to read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeImports } from '../../src/lib/code-stamp.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');
const sources = (dir: string) =>
  readdirSync(path.join(SRC, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro|js)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));

describe('module layers', () => {
  it('src/facts imports only src/facts, src/schema and src/text', () => {
    const outside = sources('facts').flatMap((file) =>
      relativeImports(readFileSync(file, 'utf8'))
        .map((spec) => path.relative(SRC, path.resolve(path.dirname(file), spec)))
        .filter((target) => !/^(facts|schema|text)\//.test(target))
        .map((target) => `${path.relative(SRC, file)} → ${target}`),
    );
    expect(outside).toEqual([]);
  });

  it('the site applies corrections in src/lib/fact-view.ts only', () => {
    const site = ['lib', 'pages', 'components', 'layouts', 'search', 'integrations'].flatMap(sources);
    const callers = site.filter((f) => /\bapplyCorrections\b/.test(readFileSync(f, 'utf8'))).map((f) => path.relative(SRC, f));
    expect(callers).toEqual(['lib/fact-view.ts']);
  });
});
