/** The report pages' QR codes encoded ahead in a worker thread are the codes a page would encode itself. */
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import qrCodes from '../../src/integrations/qr-codes.ts';
import { qrPath, qrSvg, qrTable } from '../../src/lib/qr-svg.ts';

let dir = '';
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

type Hooks = Record<string, (o: unknown) => unknown>;

/** Runs the integration's config hook as `astro <command>` would, on `reportsDir` and `site`. */
async function configure(command: string, reportsDir: string, site: string): Promise<Hooks> {
  const before = process.env.REPORTS_DIR;
  process.env.REPORTS_DIR = reportsDir;
  const hooks = qrCodes().hooks as unknown as Hooks;
  try {
    await hooks['astro:config:setup']!({ command, config: { site, outDir: pathToFileURL(join(reportsDir, 'dist/')) }, logger: { warn: () => {} } });
  } finally {
    if (before === undefined) delete process.env.REPORTS_DIR;
    else process.env.REPORTS_DIR = before;
  }
  return hooks;
}

/** Hang guard only: the worker posts its batch when done. */
async function encoded(texts: string[]): Promise<void> {
  for (let i = 0; i < 600 && !texts.every((t) => qrTable().has(t)); i++) await new Promise((r) => setTimeout(r, 50));
}

test('astro build encodes every report page address ahead; the table holds the same codes', async () => {
  dir = await mkdtemp(join(tmpdir(), 'qr-codes-'));
  const slugs = ['2024-01-02-a', '2024-03-04-b', '2025-05-06-c'];
  for (const s of slugs) await writeFile(join(dir, `${s}.md`), '---\ntitle: x\n---\n');
  const hooks = await configure('build', dir, 'https://edu.example.org');
  const texts = slugs.map((s) => `https://edu.example.org/reports/${s}/`);
  await encoded(texts);
  for (const t of texts) expect(qrTable().get(t)).toEqual(qrPath(t));
  await hooks['astro:build:done']!({});
  // The page's SVG is the same whether its code came from the table or not.
  const withTable = qrSvg(texts[0]!, '本文二维码');
  qrTable().delete(texts[0]!);
  expect(qrSvg(texts[0]!, '本文二维码')).toBe(withTable);
}, 60_000);

test('a page written after its report file changed is not encoded again (an incremental build will not render it)', async () => {
  const work = await mkdtemp(join(tmpdir(), 'qr-codes-inc-'));
  try {
    await writeFile(join(work, '2024-01-02-kept.md'), '---\ntitle: x\n---\n');
    await writeFile(join(work, '2024-01-03-edited.md'), '---\ntitle: y\n---\n');
    await mkdir(join(work, 'dist/reports/2024-01-02-kept'), { recursive: true });
    await writeFile(join(work, 'dist/reports/2024-01-02-kept/index.html'), '<p>page</p>');
    const old = new Date(Date.now() - 60_000);
    await utimes(join(work, '2024-01-02-kept.md'), old, old);
    const hooks = await configure('build', work, 'https://inc.example.org');
    const edited = 'https://inc.example.org/reports/2024-01-03-edited/';
    await encoded([edited]);
    expect(qrTable().has(edited)).toBe(true);
    expect(qrTable().has('https://inc.example.org/reports/2024-01-02-kept/')).toBe(false);
    await hooks['astro:build:done']!({});
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test('only astro build encodes ahead (the dev server renders a page at a time)', async () => {
  const size = qrTable().size;
  await configure('dev', join(tmpdir(), 'none'), 'https://edu.example.org');
  await new Promise((r) => setTimeout(r, 200));
  expect(qrTable().size).toBe(size);
});
