/**
 * `npm test`: makes sure a browser is there, type-checks (astro check), then runs every
 * vitest project (unit tests, then browser tests against a fresh build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.ts';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

let browser = findBrowser();
if (!browser && process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. Point it at a Chromium or Chrome binary.`);
  process.exit(1);
}
if (!browser) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('No Chromium found: installing Debian packages chromium and fonts-noto-cjk …');
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk']);
    browser = findBrowser();
  }
}
if (!browser) {
  console.error(
    'The browser tests need Chromium or Chrome and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk\n' +
      '  or set CHROMIUM_PATH=/path/to/chrome and run npm test again.',
  );
  process.exit(1);
}

const env = { ...process.env, CHROMIUM_PATH: browser };
run('npx', ['astro', 'check'], env);
run('npx', ['vitest', 'run', ...process.argv.slice(2)], env);
