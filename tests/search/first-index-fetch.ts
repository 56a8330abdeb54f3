/**
 * The search page's fetch of the first-pass index (`/pagefind/first/…`), served from the index
 * folder a test wrote (writeFirstIndex into `dir`): what first-pass.js reads in a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { FIRST_DIR, FIRST_DIRNAME } from '../../public/search/first-index.js';

export function serveFirstIndex(dir: string): void {
  vi.stubGlobal('fetch', async (url: string) => {
    try {
      const text = readFileSync(join(dir, FIRST_DIRNAME, url.slice(FIRST_DIR.length)), 'utf8');
      return { ok: true, json: async () => JSON.parse(text) };
    } catch {
      return { ok: false, json: async () => null };
    }
  });
}
