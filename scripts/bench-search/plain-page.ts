/**
 * The yardstick's search page: Pagefind's Default UI on the Hugo site of `npm run bench --
 * --compare` (scripts/bench/hugo-compare.ts: Hugo's output indexed by Pagefind's CLI, zh-CN).
 * Hugo's minimal layout has no search page, so one is written into its output before the
 * measurement: the Default UI as Pagefind's documentation sets it up, the query taken from
 * `?q=` (`triggerSearch`), so `/<PLAIN_PAGE>/?q=…` opens like our `/search/?q=…`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page's folder in the Hugo output. */
export const PLAIN_PAGE = 'pagefind-ui-search';

const HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>搜索</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet">
<script src="/pagefind/pagefind-ui.js"></script>
<script src="ui.js" defer></script>
</head>
<body><main><div id="search"></div></main></body>
</html>
`;

const SCRIPT = `window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI({ element: '#search', showSubResults: true });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
});
`;

/** Writes the page into the Hugo output folder `publicDir` (which holds `pagefind/`). */
export function writePlainPage(publicDir: string): void {
  const dir = join(publicDir, PLAIN_PAGE);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), HTML);
  writeFileSync(join(dir, 'ui.js'), SCRIPT);
}
