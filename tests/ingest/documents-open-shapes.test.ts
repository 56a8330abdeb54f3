/**
 * Shapes of Word files and saved pages left open by the first pass of issue 20, in process:
 * one caption under several photos (a merged cell spanning two photo cells, a cell holding two
 * photos, a page's `colspan` cell): each photo is a figure and the caption is each one's; a
 * caption set above its photo (a document's habit, or a 图为 line over a photo with nothing
 * under it), while a bold heading over a photo stays a heading; a headline whose size, weight
 * and face come from a paragraph style (styles.xml), not from its runs. Each caption is checked
 * on the photo's bytes, not just by count.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestPath, type IngestResult } from '../../src/ingest/ingest.ts';
import { photos } from './documents/real-shapes.ts';
import { wpsDocx, type WpsBlock, type WpsParagraph } from './documents/wps-docx.ts';

vi.mock('../../src/facts/extract.ts', () => ({ extractFacts: () => [] }));
vi.setConfig({ testTimeout: 30_000 });

const temp = mkdtempSync(join(tmpdir(), 'ingest-open-shapes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let drawn: Buffer[] = [];
beforeAll(async () => {
  drawn = await photos();
});

/** Each figure as [caption, index of the drawn photo its file holds (-1: none)]. */
function captionsOnPhotos(res: IngestResult): [string, number][] {
  const { figures, photos: files } = res.state;
  return figures.map((f) => {
    const file = files.find((p) => `./${p.path}` === f.image);
    return [f.caption, file ? drawn.findIndex((d) => Buffer.compare(d, Buffer.from(file.bytes)) === 0) : -1];
  });
}

async function wps(name: string, blocks: WpsBlock[], styles?: string): Promise<IngestResult> {
  const path = join(temp, name);
  writeFileSync(path, wpsDocx(blocks, drawn, styles));
  return ingestPath(path);
}
async function word(name: string, doc: Document): Promise<IngestResult> {
  const path = join(temp, name);
  writeFileSync(path, await Packer.toBuffer(doc));
  return ingestPath(path);
}
async function page(name: string, article: string): Promise<IngestResult> {
  const dir = join(temp, name);
  mkdirSync(join(dir, `${name}_files`), { recursive: true });
  drawn.slice(0, 3).forEach((b, i) => writeFileSync(join(dir, `${name}_files`, `p${i}.jpg`), b));
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>东岭小学开展春季植树活动_校园动态_示例区教育网</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">校园动态</a></li><li><a href="/notice/">通知公告</a></li></ul>
<div class="article"><h1>东岭小学开展春季植树活动</h1><div class="info">发布时间：2021-03-06　来源：东岭小学</div>
${article.replaceAll('IMG', `${name}_files/p`)}</div><div id="footer">版权所有 示例区教育局</div></body></html>`;
  writeFileSync(join(dir, `${name}.html`), html);
  return ingestPath(join(dir, `${name}.html`));
}

const LEDE_TEXT = '3月5日，东岭小学组织五年级学生到学校种植园开展植树活动，共种下树苗60棵，每个班认领一片“班级林”。';
const TAIL_TEXT = '活动结束后，各班制定了护林值日表，学生们将轮流为树苗浇水、除草，记录树苗的生长情况。';
const body = (text: string): WpsParagraph => ({ runs: [text], align: 'both' });
const centred = (...runs: WpsParagraph['runs']): WpsParagraph => ({ runs, align: 'center' });
const HEADLINE: WpsParagraph = { runs: ['东岭小学开展春季植树活动'], align: 'center', font: '方正小标宋简体', size: 22 };
const SHARED = '学生们在种植园里挖坑、扶苗、培土';

const para = (t: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) => new Paragraph({ children: [new TextRun(t)], ...(alignment ? { alignment } : {}) });
const img = (i: number) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'jpg', data: drawn[i]!, transformation: { width: 240, height: 160 } })] });

describe('one caption under several photos', () => {
  it('Word: a merged cell (gridSpan) under two photo cells is the caption of both, and not body text', async () => {
    const res = await word(
      'span.docx',
      new Document({
        sections: [{ children: [para('东岭小学开展春季植树活动', AlignmentType.CENTER), para(LEDE_TEXT), new Table({ rows: [new TableRow({ children: [new TableCell({ children: [img(0)] }), new TableCell({ children: [img(1)] })] }), new TableRow({ children: [new TableCell({ columnSpan: 2, children: [para(SHARED, AlignmentType.CENTER)] })] })] }), para(TAIL_TEXT)] }],
      }),
    );
    expect(captionsOnPhotos(res)).toEqual([[SHARED, 0], [SHARED, 1]]);
    expect(res.state.paragraphs.join('\n')).not.toContain(SHARED);
  });

  it('WPS: one cell holding two photos over one caption cell; a three-column row whose caption spans the last two', async () => {
    const two = await wps('two-in-cell.docx', [HEADLINE, body(LEDE_TEXT), { rows: [[[centred({ image: 0 }, { image: 1 })]], [[centred(SHARED)]]] }, body(TAIL_TEXT)]);
    expect(captionsOnPhotos(two)).toEqual([[SHARED, 0], [SHARED, 1]]);
    const three = await wps('three-span.docx', [HEADLINE, body(LEDE_TEXT), { rows: [[[centred({ image: 0 })], [centred({ image: 1 })], [centred({ image: 2 })]], [[centred('校长为班级林揭牌')], { span: 2, paragraphs: [centred(SHARED)] }]] }, body(TAIL_TEXT)]);
    expect(captionsOnPhotos(three)).toEqual([['校长为班级林揭牌', 0], [SHARED, 1], [SHARED, 2]]);
  });

  it('WPS: a photo table with its captions in the row above; a photo whose caption cell is empty has none', async () => {
    const over = await wps('captions-over.docx', [HEADLINE, body(LEDE_TEXT), { rows: [[[centred('校长为班级林揭牌')], [centred(SHARED)]], [[centred({ image: 0 })], [centred({ image: 1 })]]] }, body(TAIL_TEXT)]);
    expect(captionsOnPhotos(over)).toEqual([['校长为班级林揭牌', 0], [SHARED, 1]]);
    const gap = await wps('caption-gap.docx', [HEADLINE, body(LEDE_TEXT), { rows: [[[centred({ image: 0 })], [centred({ image: 1 })]], [[centred(SHARED)], [centred('')]]] }, body(TAIL_TEXT)]);
    expect(captionsOnPhotos(gap)).toEqual([[SHARED, 0], ['', 1]]);
  });

  it('a saved page: a colspan cell under two photos; a cell straddling the photo columns is no caption row', async () => {
    const res = await page('colspan', `<p>　　${LEDE_TEXT}</p><table><tr><td><img src="IMG0.jpg"></td><td><img src="IMG1.jpg"></td></tr><tr><td colspan="2" align="center">${SHARED}</td></tr></table><p>　　${TAIL_TEXT}</p>`);
    expect(captionsOnPhotos(res)).toEqual([[SHARED, 0], [SHARED, 1]]);
    const skew = await page('skew', `<p>　　${LEDE_TEXT}</p><table><tr><td><img src="IMG0.jpg"></td><td colspan="2"><img src="IMG1.jpg"></td></tr><tr><td colspan="2">${SHARED}</td><td>另一行文字</td></tr></table><p>　　${TAIL_TEXT}</p>`);
    expect(skew.state.figures.filter((f) => f.caption === SHARED)).toHaveLength(0);
  });
});

describe('photos one after another with one caption', () => {
  it('Word: two photo paragraphs, then one caption: both photos take it; a photo with its own caption keeps it', async () => {
    const res = await word('run-shared', new Document({ sections: [{ children: [para('东岭小学开展春季植树活动', AlignmentType.CENTER), para(LEDE_TEXT), img(0), img(1), para(SHARED, AlignmentType.CENTER), para(TAIL_TEXT), img(2), para('老师为学生讲解树苗的种植方法', AlignmentType.CENTER)] }] }));
    expect(captionsOnPhotos(res)).toEqual([[SHARED, 0], [SHARED, 1], ['老师为学生讲解树苗的种植方法', 2]]);
  });

  it('a saved page: two images, then one centred caption: the first does not keep its alt text (`植树1`)', async () => {
    const res = await page('run-alt', `<p>　　${LEDE_TEXT}</p><p align="center"><img src="IMG0.jpg" alt="植树1"></p><p align="center"><img src="IMG1.jpg" alt="植树2"></p><p align="center">${SHARED}</p><p>　　${TAIL_TEXT}</p>`);
    expect(captionsOnPhotos(res)).toEqual([[SHARED, 0], [SHARED, 1]]);
  });
});

describe('a caption above its photo', () => {
  it('Word: captions set above each photo go to the photo under them, and the text after the last photo stays body', async () => {
    const res = await word(
      'above.docx',
      new Document({ sections: [{ children: [para('东岭小学开展春季植树活动', AlignmentType.CENTER), para(LEDE_TEXT), para('学生们在种植园里挖坑扶苗', AlignmentType.CENTER), img(0), para('老师讲解树苗的栽种要领', AlignmentType.CENTER), img(1), para(TAIL_TEXT)] }] }),
    );
    expect(captionsOnPhotos(res)).toEqual([['学生们在种植园里挖坑扶苗', 0], ['老师讲解树苗的栽种要领', 1]]);
    expect(res.state.paragraphs).toContain(TAIL_TEXT);
  });

  it('WPS: a 图为 line over a photo with only body text under it is its caption, not a figure without a photo', async () => {
    const res = await wps('above-one.docx', [HEADLINE, body(LEDE_TEXT), centred('图为学生们给新栽的树苗浇水'), centred({ image: 2 }), body(TAIL_TEXT)]);
    expect(captionsOnPhotos(res)).toEqual([['图为学生们给新栽的树苗浇水', 2]]);
    expect(res.state.paragraphs).toContain(TAIL_TEXT);
  });

  it('a saved page: captions named by their class, not centred, above or under their photos', async () => {
    const res = await page('caption-class', `<p>　　${LEDE_TEXT}</p><p class="pic_txt">学生们在种植园里挖坑扶苗</p><div><img src="IMG0.jpg"></div><p>　　${TAIL_TEXT}</p><div><img src="IMG1.jpg"></div><div class="img-desc">老师讲解树苗的栽种要领</div>`);
    expect(captionsOnPhotos(res)).toEqual([['学生们在种植园里挖坑扶苗', 0], ['老师讲解树苗的栽种要领', 1]]);
  });

  it('a saved page: centred captions above their photos', async () => {
    const res = await page('above-page', `<p>　　${LEDE_TEXT}</p><p align="center">学生们在种植园里挖坑扶苗</p><p align="center"><img src="IMG0.jpg"></p><p align="center">老师讲解树苗的栽种要领</p><p align="center"><img src="IMG1.jpg"></p><p>　　${TAIL_TEXT}</p>`);
    expect(captionsOnPhotos(res)).toEqual([['学生们在种植园里挖坑扶苗', 0], ['老师讲解树苗的栽种要领', 1]]);
  });

  it('a bold centred heading over a photo stays a heading; the caption under the photo is its own', async () => {
    const res = await wps('heading-over.docx', [HEADLINE, body(LEDE_TEXT), { runs: ['班级林认领'], align: 'center', bold: true }, centred({ image: 0 }), centred('各班代表领取班级林的名牌'), body(TAIL_TEXT)]);
    expect(captionsOnPhotos(res)).toEqual([['各班代表领取班级林的名牌', 0]]);
    expect(res.state.sections.map((s) => s.heading)).toContain('班级林认领');
  });

  it('captions under their photos keep their photos when a centred line stands over the first one', async () => {
    const res = await wps('under.docx', [HEADLINE, body(LEDE_TEXT), centred('植树现场'), centred({ image: 0 }), centred('学生们在种植园里挖坑扶苗'), body(TAIL_TEXT), centred({ image: 1 }), centred('老师讲解树苗的栽种要领'), body('学校表示，将把植树活动作为每年春季的固定课程。')]);
    expect(captionsOnPhotos(res)).toEqual([['学生们在种植园里挖坑扶苗', 0], ['老师讲解树苗的栽种要领', 1]]);
  });
});

describe('Word files as schools close and head them', () => {
  it('a picture above the headline is the letterhead, not a photo; the photos under it keep their captions', async () => {
    const res = await wps('letterhead.docx', [centred({ image: 4 }), HEADLINE, body(LEDE_TEXT), centred({ image: 0 }), centred('学生们在种植园里挖坑扶苗'), body(TAIL_TEXT)]);
    expect(captionsOnPhotos(res)).toEqual([['学生们在种植园里挖坑扶苗', 0]]);
    expect(res.state.removed.map((x) => x.reason)).toContain('letterhead image');
    // No headline marked: a picture above the first line of text is the letterhead too.
    const plain = await wps('letterhead-plain.docx', [centred({ image: 4 }), { runs: ['东岭小学开展春季植树活动'] }, body(LEDE_TEXT), centred({ image: 0 }), centred('学生们在种植园里挖坑扶苗')]);
    expect(captionsOnPhotos(plain)).toEqual([['学生们在种植园里挖坑扶苗', 0]]);
  });

  it('where captions are centred, a plain sentence under the last photo is body text', async () => {
    const closing = '校长希望同学们爱护树苗，让校园一年比一年更绿。';
    const res = await wps('centred-captions.docx', [HEADLINE, body(LEDE_TEXT), centred({ image: 0 }), centred('学生们在种植园里挖坑扶苗'), body(TAIL_TEXT), centred({ image: 1 }), body(closing)]);
    expect(captionsOnPhotos(res)).toEqual([['学生们在种植园里挖坑扶苗', 0], ['', 1]]);
    expect(res.state.paragraphs).toContain(closing);
    // Set apart from the body (楷体 14 pt) though not centred: still a caption.
    const apart = await wps('caption-face.docx', [HEADLINE, body(LEDE_TEXT), centred({ image: 0 }), centred('学生们在种植园里挖坑扶苗'), body(TAIL_TEXT), centred({ image: 1 }), { runs: ['老师讲解树苗的栽种要领'], font: '楷体_GB2312', size: 14 }, body(closing)]);
    expect(captionsOnPhotos(apart)).toEqual([['学生们在种植园里挖坑扶苗', 0], ['老师讲解树苗的栽种要领', 1]]);
  });

  it('the 落款 date under the reviewer and editor lines is the stated date', async () => {
    const res = await wps('credits-then-date.docx', [HEADLINE, body(LEDE_TEXT), body(TAIL_TEXT), { runs: ['审核：邱明'] }, { runs: ['编辑：许文静'] }, { runs: ['2021年3月8日'], align: 'right' }]);
    expect([res.state.date, res.state.dateStated]).toEqual(['2021-03-08', true]);
    expect(res.state.removed.map((x) => [x.reason, x.text])).toContainEqual(['signature date', '2021年3月8日']);
  });

  it('a saved page: a caption above the first photo, under the second', async () => {
    const res = await page('mixed', `<p>　　${LEDE_TEXT}</p><p align="center">学生们在种植园里挖坑扶苗</p><p align="center"><img src="IMG0.jpg" alt="植树"></p><p>　　${TAIL_TEXT}</p><p align="center"><img src="IMG1.jpg"></p><p align="center">老师讲解树苗的栽种要领</p>`);
    expect(captionsOnPhotos(res)).toEqual([['学生们在种植园里挖坑扶苗', 0], ['老师讲解树苗的栽种要领', 1]]);
  });
});

describe('a school site without an <h1>', () => {
  /** A school site's page: `<title>` is the site's name, a side column of plain items, the headline in `headlineTag`. */
  async function site(name: string, headlineTag: string, footClass = 'foot'): Promise<IngestResult> {
    const dir = join(temp, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${name}.html`),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>重庆高新区东岭小学</title></head><body>
<div class="menu"><a href="/">网站首页</a> <a href="/a">学校概况</a> <a href="/b">新闻动态</a></div>
<div class="l"><div class="lm_title">栏目导航</div><ul><li>学校简介</li><li>德育天地</li><li>教研动态</li></ul></div>
<div class="r">${headlineTag.replace('TEXT', '东岭小学开展春季植树活动')}<div class="info">发布时间：2021-03-06　来源于：东岭小学</div>
<p>${LEDE_TEXT}</p><p>${TAIL_TEXT}</p></div><div class="${footClass}">版权所有 重庆高新区东岭小学</div></body></html>`,
    );
    return ingestPath(join(dir, `${name}.html`));
  }

  it('the headline in a block named for it; a column titled 栏目导航 is a sidebar', async () => {
    const res = await site('titled', '<div class="news_title">TEXT</div>');
    expect(res.state.title).toBe('东岭小学开展春季植树活动');
    expect(res.state.paragraphs.join('\n')).not.toMatch(/学校简介|德育天地/);
    expect(res.state.removed.map((x) => [x.reason, x.text])).toContainEqual(['sidebar', '学校简介']);
  });

  it('a <title> that is only the site name (it signs the footer) is no headline: the line over the 发布时间 line is', async () => {
    const res = await site('untitled', '<div class="t1">TEXT</div>');
    expect(res.state.title).toBe('东岭小学开展春季植树活动');
  });

  it('so is one named by a 版权所有 line in a block no class marks as the footer', async () => {
    const res = await site('unmarked-footer', '<div class="t1">TEXT</div>', 'xx');
    expect(res.state.title).toBe('东岭小学开展春季植树活动');
  });
});

describe('a headline set by a paragraph style', () => {
  /** styles.xml: body text 三号 仿宋 by the defaults; the school's own headline and byline styles. */
  const STYLES =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="bt0"><w:name w:val="报道标题基"/><w:basedOn w:val="a"/><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="bt"><w:name w:val="报道标题"/><w:basedOn w:val="bt0"/><w:rPr><w:sz w:val="44"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="zz"><w:name w:val="作者"/><w:basedOn w:val="a"/><w:rPr><w:b/></w:rPr></w:style>';

  it('WPS: size and face from a based-on style chain; the bold byline style above it does not win', async () => {
    const res = await wps('styled.docx', [{ runs: ['通讯员 唐一禾'], style: 'zz' }, { runs: ['东岭小学开展春季植树活动'], style: 'bt' }, { runs: [LEDE_TEXT], style: 'a' }, { runs: [TAIL_TEXT], style: 'a' }, { runs: ['2021年3月12日'], style: 'a', align: 'right' }], STYLES);
    expect(res.state.title).toBe('东岭小学开展春季植树活动');
    expect(res.state.draftReasons).toEqual([]);
    // The same file with the headline in the body style: nothing marks it, the headline is a guess.
    const plain = await wps('unstyled.docx', [{ runs: ['通讯员 唐一禾'], style: 'zz' }, { runs: ['东岭小学开展春季植树活动'], style: 'a' }, { runs: [LEDE_TEXT], style: 'a' }, { runs: [TAIL_TEXT], style: 'a' }, { runs: ['2021年3月12日'], style: 'a', align: 'right' }], STYLES);
    expect(plain.state.draftReasons.join('\n')).toContain('是推测的');
  });

  it('Word (docx): a custom paragraph style 二号 bold, with a bold byline style over it', async () => {
    const res = await word(
      'styled-word.docx',
      new Document({
        styles: { paragraphStyles: [{ id: 'bt', name: '报道标题', basedOn: 'Normal', run: { size: 44, font: '黑体' } }, { id: 'zw', name: '报道正文', basedOn: 'Normal', run: { size: 32 } }, { id: 'zz', name: '作者', basedOn: 'Normal', run: { size: 32, bold: true } }] },
        sections: [{ children: [new Paragraph({ style: 'zz', children: [new TextRun('通讯员 唐一禾')] }), new Paragraph({ style: 'bt', children: [new TextRun('东岭小学开展春季植树活动')] }), new Paragraph({ style: 'zw', children: [new TextRun(LEDE_TEXT)] }), new Paragraph({ style: 'zw', children: [new TextRun(TAIL_TEXT)] })] }],
      }),
    );
    expect(res.state.title).toBe('东岭小学开展春季植树活动');
    expect(res.state.draftReasons.join('\n')).not.toContain('是推测的');
    expect(res.state.authors).toEqual(['唐一禾']);
  });
});
