/** The report pages' QR codes encoded ahead in a worker thread are the codes a page would encode itself. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { AstroIntegration } from 'astro';
import qrCodes from '../../src/integrations/qr-codes.ts';
import { qrPath, qrSvg, qrTable } from '../../src/lib/qr-svg.ts';

let dir = '';
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('astro build encodes every report page address ahead; the table holds the same codes', async () => {
  dir = await mkdtemp(join(tmpdir(), 'qr-codes-'));
  const slugs = ['2024-01-02-a', '2024-03-04-b', '2025-05-06-c'];
  for (const s of slugs) await writeFile(join(dir, `${s}.md`), '---\ntitle: x\n---\n');
  const before = process.env.REPORTS_DIR;
  process.env.REPORTS_DIR = dir;
  const integration = qrCodes() as AstroIntegration & { hooks: Record<string, (o: unknown) => unknown> };
  try {
    await integration.hooks['astro:config:setup']!({ command: 'build', config: { site: 'https://edu.example.org' }, logger: { warn: () => {} } });
  } finally {
    if (before === undefined) delete process.env.REPORTS_DIR;
    else process.env.REPORTS_DIR = before;
  }
  const texts = slugs.map((s) => `https://edu.example.org/reports/${s}/`);
  // Hang guard only: the worker posts its batch when done.
  for (let i = 0; i < 600 && !texts.every((t) => qrTable().has(t)); i++) await new Promise((r) => setTimeout(r, 50));
  for (const t of texts) expect(qrTable().get(t)).toEqual(qrPath(t));
  await integration.hooks['astro:build:done']!({});
  // The page's SVG is the same whether its code came from the table or not.
  const withTable = qrSvg(texts[0]!, '本文二维码');
  qrTable().delete(texts[0]!);
  expect(qrSvg(texts[0]!, '本文二维码')).toBe(withTable);
}, 60_000);

test('only astro build encodes ahead (the dev server renders a page at a time)', async () => {
  const integration = qrCodes() as AstroIntegration & { hooks: Record<string, (o: unknown) => unknown> };
  const size = qrTable().size;
  await integration.hooks['astro:config:setup']!({ command: 'dev', config: { site: 'https://edu.example.org' }, logger: { warn: () => {} } });
  await new Promise((r) => setTimeout(r, 200));
  expect(qrTable().size).toBe(size);
});
