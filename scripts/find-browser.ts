/**
 * Finds a Chromium/Chrome for the browser tests. Order: $CHROMIUM_PATH, then the usual
 * system locations. Test tools' own browser downloads are never used: the machines this
 * project runs on reach only the npm registry and Debian's packages.
 */
import { existsSync } from 'node:fs';

export const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** Flags every headless launch uses: no sandbox (root in CI), no background network (closed network). */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  const named = env.CHROMIUM_PATH;
  if (named) return existsSync(named) ? named : null;
  return BROWSER_CANDIDATES.find((p) => existsSync(p)) ?? null;
}
