/**
 * Every setting the build reads from the environment, checked before Astro reads its config:
 * each wrong one is a line naming the variable, what was expected and what to set, all of them
 * together, then exit 1 (astro.config.mjs). `SITE_URL=javascript:alert(1)` crashed the build
 * with a stack trace, and a SITE_URL without a scheme gave Astro's bare `Invalid URL`.
 */
import { statSync } from 'node:fs';

export const PLACEHOLDER_SITE = 'https://edu.cqgxq.example';

type Env = Record<string, string | undefined>;

/** `NAME="value"` as the messages show it (long values cut). */
const shown = (name: string, value: string) => `${name}=${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value)}`;

/** The site's origin from SITE_URL (unset: the placeholder), or null when it is not an absolute http(s) origin. */
export function siteOrigin(value: string | undefined): string | null {
  if (value === undefined) return PLACEHOLDER_SITE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const origin = /^https?:$/.test(url.protocol) && url.hostname && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  return origin ? url.origin : null;
}

/** A whole number of at least `min`, as a variable's text. */
const wholeNumber = (min: number) => (v: string) => /^\d+$/.test(v) && Number(v) >= min;

/** The search settings: name → [check, what it expects]. */
const SEARCH_SETTINGS: Record<string, [(v: string) => boolean, string]> = {
  SEARCH_SEGMENTATION: [(v) => v === 'icu' || v === 'pagefind', '"icu" or "pagefind"'],
  SEARCH_INDEX_CACHE: [(v) => v === 'off', '"off" (or unset, to keep the index cache)'],
  SEARCH_INDEX_JOBS: [wholeNumber(1), 'a whole number of processes, at least 1'],
  SEARCH_MIN_SHARD_PAGES: [wholeNumber(0), 'a whole number of pages, 0 or more'],
  PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: [wholeNumber(1), 'a whole number, at least 1'],
};

/** One line per wrong setting (empty when all are right). */
export function settingsProblems(env: Env): string[] {
  const problems: string[] = [];
  if (siteOrigin(env.SITE_URL) === null) {
    problems.push(`${shown('SITE_URL', env.SITE_URL!)}: expected the site's absolute http(s) origin, e.g. SITE_URL=https://edu.example.gov.cn (scheme and host, no path); set SITE_URL to the published address, or unset it for a local build.`);
  }
  for (const [name, [ok, expected]] of Object.entries(SEARCH_SETTINGS)) {
    const v = env[name];
    if (v !== undefined && !ok(v)) problems.push(`${shown(name, v)}: expected ${expected}; correct it or unset it.`);
  }
  const dir = env.REPORTS_DIR;
  if (dir !== undefined && !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    problems.push(`${shown('REPORTS_DIR', dir)}: expected the folder of the reports, found ${statSync(dir, { throwIfNoEntry: false }) ? 'a file' : 'nothing there'}; set it to the reports folder (default content/reports).`);
  }
  return problems;
}

/** The site's origin; when a setting is wrong, prints every problem (one line each) and exits 1. */
export function checkedSettings(env: Env = process.env): { site: string } {
  const problems = settingsProblems(env);
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exit(1);
  }
  return { site: siteOrigin(env.SITE_URL)! };
}
