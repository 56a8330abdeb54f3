/**
 * The ingest command on Word files and saved pages as the README tells staff to run it
 * (`npm run ingest -- content/sources/<file>` from the project root; npm runs the script in the
 * root and passes the caller's folder as INIT_CWD and the script's name as npm_lifecycle_event,
 * as these runs do): a relative path, an
 * absolute one, a path typed in another folder and one through a symlinked folder give the same
 * reports and photos. Documents join the skip-unchanged manifest (a photo replaced in the page's
 * folder converts it again), and a re-ingest that gives fewer photos removes the files no report
 * names any more.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { removeStale, staleFiles } from '../../src/ingest/stale-photos.ts';
import { ROOT } from './helpers.ts';
import { picture } from './documents/make-fixtures.ts';
import { PAGE_CAPTIONS, photos, portalPhotoTable, wpsReport } from './documents/real-shapes.ts';
import { wpsDocx } from './documents/wps-docx.ts';

vi.setConfig({ testTimeout: 90_000 });

const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'src/ingest/cli.ts');
const temp = mkdtempSync(join(tmpdir(), 'ingest-paths-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** `npm run ingest -- …args` typed in `typedIn`, for the project at `project`. */
function ingest(project: string, typedIn: string, ...args: string[]) {
  const r = spawnSync(NODE, [CLI, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, npm_lifecycle_event: 'ingest', INIT_CWD: typedIn, INGEST_CACHE_DIR: join(temp, 'cache') } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A project folder with the two sources in content/sources. */
let projects = 0;
async function project(): Promise<string> {
  const dir = join(temp, `project-${++projects}`);
  await portalPhotoTable(join(dir, 'content/sources'));
  await wpsReport(join(dir, 'content/sources'));
  return dir;
}

/** Every file under `dir` → its bytes (base64). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[relative(dir, join(e.parentPath, e.name))] = readFileSync(join(e.parentPath, e.name)).toString('base64');
  }
  return out;
}

const PAGE_REPORT = '2022-05-11-sang-yuan-xiao-xue-ke-xue-ke-zou-jin-yang-can-ji-di';
const WPS_REPORT = '2018-09-13-qing-shi-lu-xiao-xue-ju-xing-di-shi-jie-qiu-ji-tian-jing-yun-dong-hui';

describe('the same page by any path', () => {
  it('relative from the project root, absolute, typed in another folder, through a symlinked folder: the same reports and photos', async () => {
    const runs: Record<string, Record<string, string>> = {};
    const forms: [string, (p: string) => [string, ...string[]]][] = [
      ['relative', (p) => [p, 'content/sources/gallery.html', 'content/sources/wps-report.docx']],
      ['absolute', (p) => [p, join(p, 'content/sources/gallery.html'), join(p, 'content/sources/wps-report.docx')]],
      ['typed in content/sources', (p) => [join(p, 'content/sources'), 'gallery.html', 'wps-report.docx']],
      ['through a symlink', (p) => (symlinkSync(join(p, 'content/sources'), join(p, 'linked'), 'dir'), [p, 'linked/gallery.html', 'linked/wps-report.docx'])],
    ];
    for (const [name, args] of forms) {
      const dir = await project();
      const [typedIn, ...paths] = args(dir);
      const r = ingest(dir, typedIn, ...paths);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stdout, name).not.toContain('outside the page folder');
      runs[name] = tree(join(dir, 'content/reports'));
    }
    expect(Object.keys(runs.relative!).sort()).toEqual([
      `${WPS_REPORT}.md`,
      `${PAGE_REPORT}.md`,
      ...[1, 2, 3, 4].map((n) => `photos/${WPS_REPORT}/0${n}.jpg`),
      ...[1, 2, 3].map((n) => `photos/${PAGE_REPORT}/0${n}.jpg`),
    ].sort());
    for (const name of Object.keys(runs)) expect(runs[name], name).toEqual(runs.relative);
    const report = Buffer.from(runs.relative![`${PAGE_REPORT}.md`]!, 'base64').toString('utf8');
    expect(report).toContain(`caption: ${PAGE_CAPTIONS[0]}\n    credit: null\n    image: "./photos/${PAGE_REPORT}/01.jpg"`);
  });
});

it('another npm script (npm start, typed in a subfolder) keeps naming its paths from the project root', async () => {
  const dir = await project();
  const r = spawnSync(NODE, [CLI, '--json', 'content/sources/gallery.html'], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_lifecycle_event: 'start', INIT_CWD: join(dir, 'content') } });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('"title": "桑园小学科学课走进养蚕基地"');
});

describe('documents in the skip-unchanged manifest', () => {
  it('a second run converts neither; a photo replaced in the page folder converts the page again', async () => {
    const dir = await project();
    expect(ingest(dir, dir, 'content/sources').code).toBe(0);
    const again = ingest(dir, dir, 'content/sources');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.split('\n').filter((l) => l.includes('未重新转换'))).toHaveLength(2);
    expect(again.stdout).toContain('照片：写入 0，未变化 7');

    // A new photo, the same size: only its bytes change.
    const replacement = await picture('jpeg', 1000, 700, '#f4a261');
    writeFileSync(join(dir, 'content/sources/gallery_files/p1.jpg'), replacement!);
    const changed = ingest(dir, dir, 'content/sources');
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).toMatch(/gallery\.html → .*（未变化）/);
    expect(changed.stdout).toContain('wps-report.docx → content/reports/' + `${WPS_REPORT}.md（未变化：`);
    expect(readFileSync(join(dir, `content/reports/photos/${PAGE_REPORT}/01.jpg`))).toEqual(replacement);
  });

  it('a photo deleted from the reports folder is written again', async () => {
    const dir = await project();
    expect(ingest(dir, dir, 'content/sources/wps-report.docx').code).toBe(0);
    const photo = join(dir, `content/reports/photos/${WPS_REPORT}/02.jpg`);
    const bytes = readFileSync(photo);
    rmSync(photo);
    const r = ingest(dir, dir, 'content/sources/wps-report.docx');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('未重新转换');
    expect(readFileSync(photo)).toEqual(bytes);
  });
});

describe('photos a re-ingest no longer gives', () => {
  it('are removed when the Word file loses its photo table', async () => {
    const dir = await project();
    expect(ingest(dir, dir, 'content/sources/wps-report.docx').code).toBe(0);
    const folder = join(dir, `content/reports/photos/${WPS_REPORT}`);
    expect(readdirSync(folder).sort()).toEqual(['01.jpg', '02.jpg', '03.jpg', '04.jpg']);
    const img = await photos();
    writeFileSync(
      join(dir, 'content/sources/wps-report.docx'),
      wpsDocx(
        [
          { runs: ['青石路小学举行第十届秋季田径运动会'], align: 'center', font: '方正小标宋简体', size: 22 },
          { runs: ['9月12日，青石路小学第十届秋季田径运动会在学校新建的塑胶操场举行，全校32个班级的1400余名学生参加了比赛。'] },
          { runs: [{ image: 0 }, { br: true }, '运动员代表队列整齐走过主席台'], align: 'center' },
          { runs: ['2018年9月13日'], align: 'right' },
        ],
        img,
      ),
    );
    const r = ingest(dir, dir, 'content/sources/wps-report.docx');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('照片：写入 0，未变化 1，删除不再使用的 3');
    expect(readdirSync(folder)).toEqual(['01.jpg']);
    expect(readFileSync(join(folder, '01.jpg'))).toEqual(img[0]);
  });

  it('a file another report still names stays; an emptied folder goes', () => {
    const out = join(temp, 'stale-unit');
    mkdirSync(join(out, 'photos/a'), { recursive: true });
    mkdirSync(join(out, 'photos/c'), { recursive: true });
    for (const f of ['photos/a/01.jpg', 'photos/a/02.jpg', 'photos/a/03.jpg', 'photos/c/01.jpg']) writeFileSync(join(out, f), f);
    const a = 'image: "./photos/a/01.jpg"\n';
    writeFileSync(join(out, 'a.md'), a);
    writeFileSync(join(out, 'b.md'), 'image: ./photos/a/02.jpg\n');
    writeFileSync(join(out, 'c.md'), 'no photos now\n');
    const stale = staleFiles(out, [{ target: join(out, 'a.md'), text: a }, { target: join(out, 'c.md'), text: 'no photos now\n' }]);
    expect(stale).toEqual(['photos/a/03.jpg', 'photos/c/01.jpg']);
    removeStale(out, stale);
    expect(readdirSync(join(out, 'photos/a')).sort()).toEqual(['01.jpg', '02.jpg']);
    expect(() => statSync(join(out, 'photos/c'))).toThrow();
  });
});
