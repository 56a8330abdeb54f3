/**
 * Each shape of issue 20 through the command exactly as the README tells staff to run it: the
 * real `npm run ingest -- content/sources/<file>`, from the project's root, on a project folder
 * of its own (its package.json, the repository's src and node_modules linked in), then the
 * reports it wrote read back. The same sources typed from inside `content/sources` and through a
 * symlinked folder give the same reports and photos.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers.ts';
import { PAGE_CAPTIONS, portalPhotoTable, WPS_CAPTIONS, wpsReport } from './documents/real-shapes.ts';
import { bylineDocs, NAMES, OPEN_CAPTIONS, ownSourcePage, schoolSitePage, SITE_FURNITURE, STAFF_LINE, staffLineDoc, openShapesDoc } from './documents/issue-shapes.ts';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const temp = mkdtempSync(join(tmpdir(), 'ingest-readme-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A project folder as staff have it: package.json, the code, node_modules, content/sources. */
function project(name: string): string {
  const dir = join(temp, name);
  mkdirSync(join(dir, 'content/sources'), { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, f), join(dir, f));
  for (const f of ['src', 'node_modules']) symlinkSync(join(ROOT, f), join(dir, f), 'dir');
  return dir;
}

/** `npm run ingest -- …paths`, typed in `cwd`. */
function npmIngest(cwd: string, ...paths: string[]) {
  const r = spawnSync('npm', ['run', 'ingest', '--', ...paths], { cwd, encoding: 'utf8', env: { ...process.env, INGEST_CACHE_DIR: join(temp, 'cache') } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Written {
  file: string;
  data: Record<string, unknown> & { title: string; authors: string[]; figures?: { caption: string; image: string | null }[]; draft?: boolean };
  body: string;
}
/** The reports a project's content/reports holds, by title. */
function reports(dir: string): Map<string, Written> {
  const out = new Map<string, Written>();
  const folder = join(dir, 'content/reports');
  for (const f of readdirSync(folder).filter((n) => n.endsWith('.md'))) {
    const { data, content } = matter(readFileSync(join(folder, f), 'utf8'));
    out.set(String(data.title), { file: f, data: data as Written['data'], body: content });
  }
  return out;
}
/** Every file under `dir` → its bytes (base64). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[relative(dir, join(e.parentPath, e.name))] = readFileSync(join(e.parentPath, e.name)).toString('base64');
  }
  return out;
}

let root = '';
let written = new Map<string, Written>();
const files: Record<string, string> = {};
beforeAll(async () => {
  root = project('root');
  const sources = join(root, 'content/sources');
  await portalPhotoTable(sources);
  await wpsReport(sources);
  Object.assign(files, bylineDocs(sources), { staff: staffLineDoc(sources), school: await schoolSitePage(sources), own: ownSourcePage(sources), open: await openShapesDoc(sources) });
  for (const f of ['gallery.html', 'wps-report.docx', ...Object.values(files)]) {
    const r = npmIngest(root, `content/sources/${f}`);
    expect(r.code, `${f}: ${r.stderr}`).toBe(0);
    expect(r.stdout, f).not.toContain('outside the page folder');
  }
  written = reports(root);
});

const byTitle = (t: string) => {
  const r = written.get(t);
  expect(r, `no report titled ${t}; have ${[...written.keys()].join(' / ')}`).toBeDefined();
  return r!;
};
const bySource = (file: string) => {
  const r = [...written.values()].find((w) => (w.data.source as { file: string }).file === file);
  expect(r, `no report from ${file}`).toBeDefined();
  return r!;
};
const captions = (r: Written) => (r.data.figures ?? []).map((f) => [f.caption, f.image !== null]);

describe('npm run ingest -- content/sources/<file>, from the project root', () => {
  it('a saved page keeps every photo, two side by side in a table each with the caption under it', () => {
    const r = byTitle('桑园小学科学课走进养蚕基地');
    expect(captions(r)).toEqual([[PAGE_CAPTIONS[0], true], [PAGE_CAPTIONS[1], true], ['学生们把采来的新鲜桑叶分给各个小组', true]]);
    expect(readdirSync(join(root, 'content/reports/photos', r.file.replace(/\.md$/, '')))).toEqual(['01.jpg', '02.jpg', '03.jpg']);
  });

  it('WPS: line-break, 图为 and photo-table captions on their photos, the repeat and its 供稿 line out, the 落款 date, the unbolded headline', () => {
    const r = byTitle('青石路小学举行第十届秋季田径运动会');
    expect(captions(r)).toEqual(WPS_CAPTIONS.map((c) => [c, true]));
    expect(r.file.startsWith('2018-09-13-')).toBe(true);
    expect(r.data.draft).toBeUndefined();
    expect(r.body).not.toContain('供稿');
  });

  it('bylines: the unit over the 通讯员 line, （职工通讯员 A B）, the unit and a bare name', () => {
    for (const [kind, authors] of [['unitLine', NAMES], ['parenthesized', NAMES], ['unitAndName', NAMES.slice(0, 1)]] as const) {
      const r = bySource(files[kind]!);
      expect(r.data.authors, kind).toEqual(authors);
      expect(r.body, kind).not.toMatch(/通讯员|柳湾小学 许文静|^高新区柳湾小学$/m);
    }
  });

  it('a school staff line 供稿 X 摄影/Y 编辑/Z stays out of the body', () => {
    const r = bySource(files.staff!);
    expect(r.body).not.toContain(STAFF_LINE.slice(0, 6));
    expect(r.body).toContain('学校表示');
  });

  it('a school site: the headline in news_title, 来源于 as the publisher, sidebar and tail furniture out, a (name) signature, no table word as a name', () => {
    const page = bySource('school.html');
    expect(page.data.title).toBe('柳湾小学开展“书香校园”读书月活动');
    expect(page.data.publisher).toBe('高新区柳湾小学');
    expect(page.data.authors).toEqual([NAMES[0]]);
    expect(page.data.editor).toBe(NAMES[1]);
    for (const w of SITE_FURNITURE) expect(page.body, w).not.toContain(w);
    expect(captions(page)).toEqual([['学生们在图书馆里安静阅读', true]]);
  });

  it('来源：本站原创 names no publisher', () => {
    expect(byTitle('柳湾小学举行春季运动会').data.publisher ?? null).toBeNull();
  });

  it('a caption cell spanning two photos, captions above their photos, a headline set by a style', () => {
    const r = bySource(files.open!);
    expect(r.data.title).toBe('柳湾小学建成班级图书角');
    expect(r.data.draft).toBeUndefined();
    expect(captions(r)).toEqual(OPEN_CAPTIONS.map((c) => [c, true]));
  });
});

describe('the same sources typed elsewhere', () => {
  it('from inside content/sources and through a symlinked folder: the same reports and photos', async () => {
    const runs: Record<string, Record<string, string>> = {};
    for (const [name, typed] of [
      ['root', (p: string) => [p, 'content/sources/gallery.html', 'content/sources/wps-report.docx']],
      ['inside content/sources', (p: string) => [join(p, 'content/sources'), 'gallery.html', 'wps-report.docx']],
      ['through a symlink', (p: string) => (symlinkSync(join(p, 'content/sources'), join(p, 'linked'), 'dir'), [p, 'linked/gallery.html', 'linked/wps-report.docx'])],
    ] as const) {
      const dir = project(`typed-${Object.keys(runs).length}`);
      await portalPhotoTable(join(dir, 'content/sources'));
      await wpsReport(join(dir, 'content/sources'));
      const [cwd, ...paths] = typed(dir);
      const r = npmIngest(cwd!, ...paths);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      runs[name] = tree(join(dir, 'content/reports'));
    }
    expect(Object.keys(runs.root!).filter((f) => f.startsWith('photos/'))).toHaveLength(7);
    for (const name of Object.keys(runs)) expect(runs[name], name).toEqual(runs.root);
  });
});
