/**
 * Issue 13 matrix, ingest: staff corrections survive `ingest --force` however an editor saved
 * the report (BOM, CRLF, both, an edited body); a report ingest cannot read as the site does
 * (YAML that does not parse, invalid UTF-8, factCorrections not a list) is refused with a clear
 * error and nothing is written; a killed ingest's temp files are cleaned on the next run; a
 * full disk or read-only folder is one line naming the folder. In-process (runIngest), one
 * seed source, a fresh output folder per row.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { readReportFile } from '../../src/lib/report-file.ts';
import { fsErrorLine } from '../../src/lib/fs-errors.ts';
import { ROOT } from './site-build.ts';

const SOURCE = path.join(ROOT, 'content/sources/004_4d22831c33528974.txt');
const temp = mkdtempSync(path.join(tmpdir(), 'untrusted-ingest-'));
process.env.INGEST_CACHE_DIR = path.join(temp, 'cache');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Fails the next writes with this code when set (a full disk, a read-only folder). */
let failWrites: string | null = null;
vi.mock('../../src/lib/write-atomic.ts', async (original) => {
  const mod = await original<typeof import('../../src/lib/write-atomic.ts')>();
  return {
    ...mod,
    writeAtomic: (target: string, text: string | Uint8Array) => {
      if (!failWrites) return mod.writeAtomic(target, text);
      return Promise.reject(Object.assign(new Error(`${failWrites}: simulated, open '${target}.1.tmp'`), { code: failWrites }));
    },
  };
});
const { runIngest } = await import('../../src/ingest/run-ingest.ts');

async function ingest(out: string, ...flags: string[]) {
  const out_: string[] = [];
  const err: string[] = [];
  const code = await runIngest(['--quiet', '--out', out, ...flags, SOURCE], { out: (t) => out_.push(t), err: (t) => err.push(t), tty: false });
  return { code, out: out_.join(''), err: err.join('') };
}

let n = 0;
let pristine = '';
let reportName = '';
/** A fresh folder holding the report as ingest wrote it. */
async function freshReport(): Promise<{ dir: string; file: string }> {
  const dir = path.join(temp, `out-${++n}`);
  mkdirSync(dir);
  if (!pristine) {
    const r = await ingest(dir);
    expect(r.code, r.err).toBe(0);
    reportName = readdirSync(dir).find((f) => f.endsWith('.md'))!;
    pristine = readFileSync(path.join(dir, reportName), 'utf8');
  } else writeFileSync(path.join(dir, reportName), pristine);
  return { dir, file: path.join(dir, reportName) };
}

/** The report with a staff correction: the first fact relabelled. */
function withCorrection(text: string): { text: string; subject: string; anchor: string; factText: string } {
  const read = readReportFile('x.md', text);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const f = read.report.facts[0]!;
  const subject = '人工更正的统计对象';
  const entry = `factCorrections:\n  - anchor: ${f.anchor}\n    text: "${f.text}"\n    subject: ${subject}\n`;
  return { text: text.replace(/^factCorrections: \[\]\n/m, entry), subject, anchor: f.anchor, factText: f.text };
}

beforeAll(async () => {
  await freshReport();
}, 120_000);

/** Class E rows: how staff's editor saved the report → corrections must survive --force. */
const SURVIVE: { name: string; save: (text: string) => string | Buffer }[] = [
  { name: 'as written (LF)', save: (t) => t },
  { name: 'with a BOM', save: (t) => `\uFEFF${t}` },
  { name: 'with CRLF line ends', save: (t) => t.replace(/\n/g, '\r\n') },
  { name: 'with a BOM and CRLF', save: (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}` },
  { name: 'with the body edited', save: (t) => `${t}\n编辑加的一段话。\n` },
];

describe('class E: corrections survive ingest --force', () => {
  test.each(SURVIVE)('report saved $name', async ({ save }) => {
    const { dir, file } = await freshReport();
    const c = withCorrection(pristine);
    writeFileSync(file, save(c.text));
    const r = await ingest(dir, '--force');
    expect(r.code, r.err).toBe(0);
    const after = readReportFile('x.md', readFileSync(file, 'utf8'));
    expect(after.ok).toBe(true);
    if (!after.ok) return;
    expect(after.report.factCorrections).toEqual([{ anchor: c.anchor, text: c.factText, subject: c.subject }]);
  });
});

/** Class E rows: reports ingest cannot read → refused with --force, exit 1, nothing written. */
const REFUSE: { name: string; save: (text: string) => string | Buffer; error: RegExp }[] = [
  { name: 'YAML that does not parse', save: (t) => withCorrection(t).text.replace(/^title: (.*)$/m, 'title: [未闭合'), error: /无法读取现有报道，--force 不会覆盖它.*front matter is not valid YAML/ },
  { name: 'no front matter left', save: (t) => t.replace(/^---\n/, ''), error: /无法读取现有报道.*expected YAML front matter/ },
  { name: 'invalid UTF-8 (saved as GBK)', save: (t) => Buffer.concat([Buffer.from(withCorrection(t).text), Buffer.from([0xd6, 0xd0, 0x0a])]), error: /无法读取现有报道.*not valid UTF-8/ },
  { name: 'factCorrections not a list', save: (t) => t.replace(/^factCorrections: \[\]$/m, 'factCorrections:\n  anchor: p-1'), error: /无法读取现有报道.*field "factCorrections": expected a list/ },
  { name: 'YAML aliases', save: (t) => t.replace(/^factCorrections: \[\]$/m, 'factCorrections: &x []\nwarnings2: *x'), error: /无法读取现有报道.*YAML anchors and aliases/ },
];

describe('class E: an unreadable existing report is never overwritten', () => {
  test.each(REFUSE)('$name: --force refuses, writes nothing', async ({ save, error }) => {
    const { dir, file } = await freshReport();
    const saved = save(pristine);
    writeFileSync(file, saved);
    const before = readdirSync(dir).sort();
    const r = await ingest(dir, '--force');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(error);
    expect(r.err).toContain('没有写入任何报道');
    expect(r.err).not.toMatch(/^\s+at /m);
    expect(readFileSync(file)).toEqual(Buffer.from(saved));
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  test('without --force it is skipped, named as unreadable', async () => {
    const { dir, file } = await freshReport();
    writeFileSync(file, REFUSE[0]!.save(pristine));
    const r = await ingest(dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/跳过：.* 无法读取（.*front matter is not valid YAML.*），未覆盖/);
  });
});

describe('class F: no debris, disk errors named', () => {
  test('a killed ingest’s temp files are removed on the next run; a running one’s are kept', async () => {
    const { dir } = await freshReport();
    const dead = 2 ** 22 + 12345; // above Linux's pid_max default: no such process
    const stale = [path.join(dir, `${reportName}.${dead}.tmp`), path.join(dir, 'photos', 'x', `01.jpg.${dead}.tmp`), path.join(process.env.INGEST_CACHE_DIR!, `m.json.${dead}.tmp`)];
    const live = path.join(dir, `${reportName}.1.tmp`); // pid 1 always runs
    for (const f of [...stale, live]) {
      mkdirSync(path.dirname(f), { recursive: true });
      writeFileSync(f, 'half a file');
    }
    const r = await ingest(dir);
    expect(r.code, r.err).toBe(0);
    for (const f of stale) expect(existsSync(f), f).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  test.each(['ENOSPC', 'EACCES', 'EROFS'])('%s while writing: one line naming the folder, exit 1', async (code) => {
    const { dir, file } = await freshReport();
    writeFileSync(file, `${pristine}\n编辑加的一段话。\n`);
    failWrites = code;
    try {
      const r = await ingest(dir, '--force');
      expect(r.code).toBe(1);
      const lines = r.err.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^错误：无法写入 .*${path.basename(dir)}：.*（${code}）`));
    } finally {
      failWrites = null;
    }
  });

  test('the build names the folder the same way', () => {
    const err = Object.assign(new Error('x'), { code: 'ENOSPC' });
    expect(fsErrorLine(err, '/srv/site/node_modules/.astro/report-parts')).toBe('cannot write to /srv/site/node_modules/.astro/report-parts: the disk is full (ENOSPC). Free space or fix the permissions, then build again.');
  });
});
