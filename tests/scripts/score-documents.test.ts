/**
 * The scorer on documents: photos matched to annotated photos by position, captions compared
 * with 图为/图： and whitespace ignored, a caption on a photo that has none counted, figures
 * beyond the photos counted as non-photos taken. Then the command itself on a tiny document
 * set written here (a WPS Word file and a saved page with an icon and a logo), run from
 * another folder, so a case folder is named by a relative path as staff name their sources.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { IngestJson } from '../../src/ingest/report-file.ts';
import { captionKey, scoreFigures, sumFigures } from '../../scripts/score-corpus/score-figures.ts';
import { ROOT } from '../ingest/helpers.ts';
import { picture } from '../ingest/documents/make-fixtures.ts';
import { wpsDocx } from '../ingest/documents/wps-docx.ts';

vi.setConfig({ testTimeout: 60_000 });

const fig = (caption: string, image: string | null = './photos/x/01.jpg'): IngestJson['figures'][number] => ({ caption, credit: null, image });

describe('scoreFigures', () => {
  it('compares captions without 图为, 图： and whitespace', () => {
    expect(captionKey('图为 学生 植树')).toBe(captionKey('学生植树'));
    expect(captionKey('图：学生植树')).toBe('学生植树');
    expect(captionKey(null)).toBe('');
  });

  it('matches the i-th figure with a photo to the i-th annotated photo; figures without a photo are counted apart', () => {
    const s = scoreFigures(
      { figures: [fig('图为学生植树'), fig('孤立的说明', null), fig('老师讲解'), fig('（供稿：某校）')] },
      { figures: [{ caption: '学生植树' }, { caption: '老师讲解树苗的种法' }, { caption: null }], not_figures: 2 },
    );
    expect(s.photos).toEqual({ kept: 3, total: 3 });
    expect(s.captions).toEqual({ right: 1, total: 2 });
    expect(s.captionsInvented).toBe(1);
    expect(s.photoless).toBe(1);
    expect(s.nonPhotosTaken).toBe(0);
    expect(s.misses.join('\n')).toContain('caption of photo 2');
  });

  it('counts photos missing and figures beyond the annotated photos', () => {
    const lost = scoreFigures({ figures: [fig('甲')] }, { figures: [{ caption: '甲' }, { caption: '乙' }], not_figures: 0 });
    expect(lost.photos).toEqual({ kept: 1, total: 2 });
    expect(lost.captions).toEqual({ right: 1, total: 2 });
    const extra = scoreFigures({ figures: [fig('甲'), fig('', './photos/x/02.png')] }, { figures: [{ caption: '甲' }], not_figures: 1 });
    expect(extra.nonPhotosTaken).toBe(1);
    expect(sumFigures([lost, extra])).toEqual({ photos: { kept: 2, total: 3 }, captions: { right: 2, total: 3 }, nonPhotosTaken: 1, captionsInvented: 0, photoless: 0 });
  });
});

const temp = mkdtempSync(join(tmpdir(), 'score-documents-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Case 01: a WPS Word file, headline in 方正小标宋 二号, two photos with captions under them, a 落款 date. */
async function wordCase(dir: string) {
  mkdirSync(dir, { recursive: true });
  const photos = [await picture('jpeg', 1000, 700, '#386641'), await picture('jpeg', 1000, 700, '#bc4749')];
  const text = (t: string, align: 'center' | 'both' | 'right' = 'both') => ({ runs: [t], align });
  writeFileSync(
    join(dir, 'source.docx'),
    wpsDocx(
      [
        { runs: ['松林小学举办首届校园读书节'], align: 'center', font: '方正小标宋简体', size: 22 },
        text('4月23日，松林小学首届校园读书节开幕，全校24个班的学生带着自己最喜欢的书来到操场，交换阅读。'),
        { runs: [{ image: 0 }], align: 'center' },
        text('图为学生在操场上交换图书', 'center'),
        text('读书节期间，学校还举办了讲故事比赛和亲子共读活动，家长们也走进教室和孩子一起读书。'),
        { runs: [{ image: 1 }], align: 'center' },
        text('二年级的家长和孩子一起共读绘本', 'center'),
        text('2021年4月25日', 'right'),
      ],
      photos,
    ),
  );
  const expected = {
    title: '松林小学举办首届校园读书节', date: '2021-04-25', publisher: null, authors: [], boilerplate: [],
    must_keep: ['读书节期间，学校还举办了讲故事比赛和亲子共读活动，家长们也走进教室和孩子一起读书。'], facts: [], kind: 'wps',
    figures: [{ caption: '学生在操场上交换图书' }, { caption: '二年级的家长和孩子一起共读绘本' }], not_figures: 0,
  };
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected));
}

/** Case 02: a saved page with one article photo, a site logo and a share icon in `source_files/`. */
async function pageCase(dir: string) {
  mkdirSync(join(dir, 'source_files'), { recursive: true });
  writeFileSync(join(dir, 'source_files/photo.jpg'), await picture('jpeg', 1200, 800, '#6a994e'));
  writeFileSync(join(dir, 'source_files/logo.png'), await picture('png', 300, 80, '#003049'));
  writeFileSync(join(dir, 'source_files/share.gif'), await picture('gif', 24, 24, '#777777'));
  writeFileSync(
    join(dir, 'source.html'),
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>竹溪中学开展消防疏散演练_学校动态_示例教育网</title></head><body>
<div class="logo"><img src="source_files/logo.png"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">学校动态</a></li><li><a href="/b">通知公告</a></li></ul>
<div class="article"><h1>竹溪中学开展消防疏散演练</h1>
<div class="info">发布时间：2020-11-09　来源：竹溪中学</div>
<p>11月9日上午，竹溪中学组织全校师生开展消防疏散演练，1200余名师生在3分钟内全部撤离到操场。</p>
<p style="text-align:center"><img src="source_files/photo.jpg"></p>
<p style="text-align:center">学生们弯腰捂鼻有序撤离教学楼</p>
<p>演练结束后，消防员为学生讲解了灭火器的使用方法，并请几名学生现场操作。</p>
<div class="share">分享到：<img src="source_files/share.gif"><a href="#">微信</a></div></div>
<div id="footer">版权所有 示例教育网</div></body></html>`,
  );
  const expected = {
    title: '竹溪中学开展消防疏散演练', date: '2020-11-09', publisher: '竹溪中学', authors: [], boilerplate: ['分享到：'],
    must_keep: ['演练结束后，消防员为学生讲解了灭火器的使用方法，并请几名学生现场操作。'], facts: [], kind: 'html',
    figures: [{ caption: '学生们弯腰捂鼻有序撤离教学楼' }], not_figures: 2,
  };
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected));
}

describe('npm run score:corpus on a document set', () => {
  it('scores Word files and saved pages (photos, captions, non-photos) from another folder, by relative case paths', async () => {
    const set = join(temp, 'set');
    await wordCase(join(set, '01'));
    await pageCase(join(set, '02'));
    const run = (...args: string[]) => spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/score-corpus/run.ts'), ...args], { cwd: temp, encoding: 'utf8' });
    const json = run('set', '--json');
    expect(json.status, json.stderr).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.pages).toBe(2);
    expect(out.photos).toEqual({ photos: { kept: 3, total: 3 }, captions: { right: 3, total: 3 }, nonPhotosTaken: 0, captionsInvented: 0, photoless: 0 });
    expect(out.checks.passed).toBe(out.checks.total);
    expect(out.byKind.map((k: { kind: string }) => k.kind)).toEqual(['html', 'wps']);
    const text = run('set', '--verbose');
    expect(text.stdout).toMatch(/photos kept +3 \/ 3/);
    expect(text.stdout).toMatch(/captions right +3 \/ 3/);
    expect(text.stdout).toContain('non-photos taken as figures  0');
    expect(text.stdout).toContain('facts               not scored');
    // A caption the ingest cannot give: the miss is named with its case.
    writeFileSync(join(set, '02/expected.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(set, '02/expected.json'), 'utf8')), figures: [{ caption: '别的说明' }] }));
    const miss = run('set', '--verbose', '--cases', '2');
    expect(miss.stdout).toMatch(/captions right +0 \/ 1/);
    expect(miss.stdout).toContain('02  photos: caption of photo 1: expected "别的说明"');
  });
});
