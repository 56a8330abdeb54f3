import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPath } from './src/ingest/ingest.ts';
import { portalPage, jsonLdPage, wordArticle } from './tests/ingest/documents/make-fixtures.ts';
const dir = mkdtempSync(join(tmpdir(), 'probe-'));
for (const p of [await portalPage(dir), await jsonLdPage(dir), await wordArticle(dir)]) {
  const r = await ingestPath(p);
  const { facts, ...j } = r.json;
  console.log('=====', p, r.fileName);
  console.log(JSON.stringify(j, null, 1));
  console.log(r.state.warnings, r.state.photos.map(x => [x.path, x.bytes.length]));
  console.log(r.state.body);
}
