/**
 * Word files and saved pages as they really come (issue 20), in process: each caption lands on
 * its own photo (checked by the photo's bytes, not just by count) in a photo table, in a WPS
 * paragraph split by a line break, under a centred 图为 line, in the paragraph a floating photo
 * is anchored to; a repeated photo does not take the
 * contributor line; the 落款 date (or one under the headline) is the stated date; a WPS headline
 * set large but not bold beats a bold byline; a Word file whose layout marks no headline is a draft.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestPath, type IngestResult } from '../../src/ingest/ingest.ts';
import { dateLine } from '../../src/ingest/stages/read-document-date.ts';
import { PAGE_CAPTIONS, photos, portalPhotoTable, WPS_CAPTIONS, wpsDatedAtTop, wpsNoHeadline, wpsReport } from './documents/real-shapes.ts';
import { wpsDocx, type WpsBlock, type WpsParagraph } from './documents/wps-docx.ts';

vi.mock('../../src/facts/extract.ts', () => ({ extractFacts: () => [] }));
vi.setConfig({ testTimeout: 30_000 });

const temp = mkdtempSync(join(tmpdir(), 'ingest-shapes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let drawn: Buffer[] = [];
const r: Record<string, IngestResult> = {};

beforeAll(async () => {
  drawn = await photos();
  r.wps = await ingestPath(await wpsReport(temp));
  r.top = await ingestPath(await wpsDatedAtTop(temp));
  r.none = await ingestPath(await wpsNoHeadline(temp));
  r.page = await ingestPath(await portalPhotoTable(join(temp, 'page')));
});

/** Each figure as [caption, index of the drawn photo its file holds (-1: none)]. */
function captionsOnPhotos(res: IngestResult): [string, number][] {
  const { figures, photos: files } = res.state;
  return figures.map((f) => {
    const file = files.find((p) => `./${p.path}` === f.image);
    return [f.caption, file ? drawn.findIndex((d) => Buffer.compare(d, Buffer.from(file.bytes)) === 0) : -1];
  });
}

/** A one-off WPS file from blocks, ingested. */
async function wps(name: string, blocks: WpsBlock[]): Promise<IngestResult> {
  const path = join(temp, name);
  writeFileSync(path, wpsDocx(blocks, drawn));
  return ingestPath(path);
}
const body = (text: string): WpsParagraph => ({ runs: [text], align: 'both' });
const LEDE = body('3月5日，东岭小学组织五年级学生到学校种植园开展植树活动，共种下树苗60棵，每个班认领一片“班级林”。');

describe('photos and their captions', () => {
  it('WPS: every caption on its own photo (line break, centred 图为, a photo table), the repeat dropped', () => {
    expect(captionsOnPhotos(r.wps!)).toEqual(WPS_CAPTIONS.map((c, i) => [c, i]));
    expect(r.wps!.state.removed.map((x) => [x.reason, x.text])).toContainEqual(['duplicate image', '[图片 1000×700] Word 图片 5']);
  });

  it('WPS: the contributor line under the repeated photo is neither its caption nor a figure', () => {
    const s = r.wps!.state;
    expect(s.figures.map((f) => f.caption).join('\n')).not.toContain('供稿');
    expect(s.removed).toContainEqual({ text: '（供稿：青石路小学 体育组）', reason: 'contributor credit', line: expect.any(Number) });
  });

  it('a saved page: two photos side by side in a table, captions in the row below', () => {
    expect(captionsOnPhotos(r.page!)).toEqual([[PAGE_CAPTIONS[0], 0], [PAGE_CAPTIONS[1], 1], ['学生们把采来的新鲜桑叶分给各个小组', 2]]);
  });

  it('a saved page: a spacer column between the photos, two rows of photos', async () => {
    const dir = join(temp, 'spacer');
    await portalPhotoTable(dir);
    const td = (inner: string) => `<td align="center">${inner}</td>`;
    const img = (n: number) => td(`<a href="spacer_files/p${n}.jpg"><img src="spacer_files/p${n}.jpg"></a>`);
    const rows = [`<tr>${img(1)}<td>&nbsp;</td>${img(2)}</tr>`, `<tr>${td('挖坑')}<td></td>${td('扶苗')}</tr>`, `<tr>${img(3)}<td></td>${td('')}</tr>`, `<tr>${td('浇水')}<td></td>${td('')}</tr>`];
    const html = readFileSync(join(dir, 'gallery.html'), 'utf8').replace(/<table[\s\S]*<\/table>/, `<table><tbody>\n${rows.join('\n')}\n</tbody></table>`).replace(/<p style="text-align:center">.*\n.*\n/, '');
    writeFileSync(join(dir, 'spacer.html'), html.replaceAll('gallery_files/', 'spacer_files/'));
    cpSync(join(dir, 'gallery_files'), join(dir, 'spacer_files'), { recursive: true });
    expect(captionsOnPhotos(await ingestPath(join(dir, 'spacer.html')))).toEqual([['挖坑', 0], ['扶苗', 1], ['浇水', 2]]);
  });

  it('a layout table: a photo over a row of running text is no photo and caption', async () => {
    const long = '科学老师介绍，养蚕活动将持续一个多月，学生们要完整记录蚕从卵到成虫的变化过程，每天测量蚕的长度并拍照，最后在班级里交流观察报告，优秀的观察日记将在学校科技节上展出，供全校同学参观学习，也会推荐参加区里的评选活动。';
    const res = await wps('layout.docx', [LEDE, { rows: [[[{ runs: [{ image: 4 }] }]], [[body(long)]]] }]);
    expect(res.state.figures.map((f) => f.caption)).toEqual(['']);
    expect(res.state.paragraphs).toContain(long);
  });

  it('a Word table of three photos with a caption row, and a table of text stays text', async () => {
    const res = await wps('three.docx', [
      LEDE,
      { rows: [[0, 1, 2].map((i) => [{ runs: [{ image: i }], align: 'center' }]), ['挖坑', '扶苗', '浇水'].map((t) => [{ runs: [t], align: 'center' }])] },
      { rows: [[[body('班级')], [body('棵数')]], [[body('五（1）班')], [body('20棵')]]] },
    ]);
    expect(captionsOnPhotos(res)).toEqual([['挖坑', 0], ['扶苗', 1], ['浇水', 2]]);
    expect(res.state.paragraphs).toContain('五（1）班 20棵');
  });

  it('a floating photo anchored at the end of its centred 图为 paragraph: that line is its caption, the body under it stays body', async () => {
    const after = body('活动结束后，各班给自己的树苗挂上了名牌。');
    const res = await wps('anchored.docx', [LEDE, { runs: ['图为学生们给新栽的树苗浇水', { image: 2, float: true }], align: 'center' }, after]);
    expect(captionsOnPhotos(res)).toEqual([['图为学生们给新栽的树苗浇水', 2]]);
    expect(res.state.paragraphs).toContain('活动结束后，各班给自己的树苗挂上了名牌。');
  });

  it('body text with a floating photo anchored at its end stays body; the caption under the photo is its own', async () => {
    const res = await wps('anchored-body.docx', [{ runs: [(LEDE as { runs: string[] }).runs[0]!, { image: 2, float: true }], align: 'both' }, { runs: ['学生们给新栽的树苗浇水'], align: 'center' }, body('活动结束后，各班给自己的树苗挂上了名牌。')]);
    expect(captionsOnPhotos(res)).toEqual([['学生们给新栽的树苗浇水', 2]]);
    expect(res.state.paragraphs[0]).toMatch(/^3月5日/);
  });

  it('a long caption after the line break in the photo paragraph is still the caption', async () => {
    // Over 70 characters and two sentences: too long for a caption paragraph of its own.
    const caption = '同学们在种植园里分组植树，每组四人，分工挖坑、扶苗、填土和浇水。老师在一旁讲解树苗成活的要领，并提醒大家记下日后养护的方法和每周浇水的安排。';
    const res = await wps('long-caption.docx', [LEDE, { runs: [{ image: 3 }, { br: true }, caption], align: 'center' }, body('活动结束后，各班给自己的树苗挂上了名牌。')]);
    expect(captionsOnPhotos(res)).toEqual([[caption, 3]]);
  });

  it('the same text as a paragraph of its own under the photo is body text, not a caption', async () => {
    const text = '同学们在种植园里分组植树，每组四人，分工挖坑、扶苗、填土和浇水。老师在一旁讲解树苗成活的要领，并提醒大家记下日后养护的方法和每周浇水的安排。';
    const res = await wps('long-text.docx', [LEDE, { runs: [{ image: 3 }], align: 'center' }, body(text)]);
    expect(res.state.figures.map((f) => f.caption)).toEqual(['']);
    expect(res.state.paragraphs).toContain(text);
  });
});

describe('the stated date of a Word file', () => {
  it('the 落款 at the end: the date line is the stated date, the unit above it the signature', () => {
    const s = r.wps!.state;
    expect([s.date, s.datePrecision, s.dateStated, s.dateEvidence]).toEqual(['2018-09-13', 'day', true, ['2018年9月13日']]);
    expect(s.removed.slice(-2).map((x) => [x.reason, x.text])).toEqual([['signature', '青石路小学'], ['signature date', '2018年9月13日']]);
    expect(s.paragraphs.join('\n')).not.toContain('2018年9月13日');
  });

  it('a date under the headline', () => {
    const s = r.top!.state;
    expect([s.date, s.dateStated]).toEqual(['2019-05-20', true]);
  });

  it('a short file dated under its headline in Chinese numerals: the date is read, the headline is not a signature', async () => {
    const res = await wps('short.docx', [{ runs: ['东岭小学开展春季植树活动'], align: 'center', size: 22 }, { runs: ['二〇二一年三月十二日'], align: 'center' }, LEDE]);
    expect([res.state.title, res.state.date, res.state.dateStated]).toEqual(['东岭小学开展春季植树活动', '2021-03-12', true]);
    expect(res.state.removed.map((x) => x.reason)).toEqual(['signature date']);
  });

  it('a 落款 in Chinese numerals, and a closing date the body goes on after is not the 落款', async () => {
    const closing = await wps('numerals.docx', [{ runs: ['东岭小学开展春季植树活动'], align: 'center', size: 22 }, LEDE, { runs: ['二〇二一年三月十二日'], align: 'right' }]);
    expect([closing.state.date, closing.state.dateStated]).toEqual(['2021-03-12', true]);
    const inBody = await wps('in-body.docx', [{ runs: ['东岭小学开展春季植树活动'], align: 'center', size: 22 }, LEDE, { runs: ['2021年3月12日'] }, body('学校2019年起每年组织植树。'), body('第二段。'), body('第三段。'), body('第四段。')]);
    expect(inBody.state.dateStated).toBe(false);
  });

  it('reads date lines of each shape, and refuses impossible days', () => {
    expect(['2018年9月13日', '2018 年 9 月 13 日', '2018.9.13', '2018-09-13', '二〇一八年九月十三日', '二〇二〇年十二月三十一日'].map(dateLine)).toEqual(['2018-09-13', '2018-09-13', '2018-09-13', '2018-09-13', '2018-09-13', '2020-12-31']);
    expect(['2018年9月13日 星期四', '2018年9月13日（周四）'].map(dateLine)).toEqual(['2018-09-13', '2018-09-13']);
    expect(['2018年2月30日', '2018年9月', '截至2018年9月13日', '2018年9月13日上午'].map(dateLine)).toEqual([null, null, null, null]);
  });
});

describe('the headline of a Word file', () => {
  it('WPS: set in 方正小标宋 二号, not bold, it beats a bold byline under it', async () => {
    expect(r.wps!.state.title).toBe('青石路小学举行第十届秋季田径运动会');
    const res = await wps('bold-byline.docx', [
      { runs: ['东岭小学开展春季植树活动'], align: 'center', font: '方正小标宋简体', size: 22 },
      { runs: ['唐一禾 吕青'], align: 'center', bold: true },
      LEDE,
    ]);
    expect(res.state.title).toBe('东岭小学开展春季植树活动');
    // The names-only line under it is the byline: both words pass the name test.
    expect(res.state.authors).toEqual(['唐一禾', '吕青']);
  });

  it('a headline face alone (size from a style we do not read) marks the headline too', async () => {
    const res = await wps('face.docx', [{ runs: ['校园动态'], bold: true }, { runs: ['东岭小学开展春季植树活动'], font: '方正小标宋简体' }, LEDE]);
    expect(res.state.title).toBe('东岭小学开展春季植树活动');
  });

  it('no headline at all: a draft', () => {
    expect(r.none!.state.title).toBeNull();
    expect(r.none!.render()).toMatch(/^---\ndraft: true\n/);
  });

  it('a headline guessed from a short line the layout does not mark: a draft naming the guess', async () => {
    // Dated, so the only thing that holds it back is the guessed headline.
    const res = await wps('guessed.docx', [{ runs: ['东岭小学'] }, LEDE, body('活动结束后，各班给自己的树苗挂上了名牌。'), { runs: ['2021年3月12日'], align: 'right' }]);
    expect(res.state.date).toBe('2021-03-12');
    expect(res.state.draftReasons).toEqual(expect.arrayContaining([expect.stringContaining('标题“东岭小学”是推测的')]));
    expect(res.render()).toMatch(/^---\ndraft: true\n/);
  });

  it('a marked headline is not held back', () => {
    expect(r.wps!.state.draftReasons).toEqual([]);
    expect(r.wps!.render()).not.toContain('draft: true');
  });
});

describe('fixtures stay our own', () => {
  it('the WPS file is a real ZIP mammoth opens, with the WPS application name', () => {
    const bytes = readFileSync(join(temp, 'wps-report.docx'));
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(bytes.toString('utf8')).toContain('WPS Office');
  });
});
