/**
 * One source per shape issue 20 names that real-shapes.ts does not already write, in our own
 * words: bylines as schools sign them (the unit's name on the line over `通讯员 A B`, `（职工通讯员
 * A B）`, the unit and a bare name on one line), a school site's saved page (no `<h1>`: the
 * headline in `div.news_title`; a side column titled 栏目导航 of plain items; `来源于：`; a results
 * table whose header row is not a byline; a `（姓名）` signature; 纠错 / 责任编辑 / 加载更多 after the
 * text), a page that states `来源：本站原创`, and the open shapes (a caption cell spanning two
 * photos, captions above their photos, a headline set by a paragraph style).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { photos } from './real-shapes.ts';
import { wpsDocx, type WpsBlock, type WpsParagraph } from './wps-docx.ts';

const headline = (text: string): WpsParagraph => ({ runs: [text], align: 'center', font: '方正小标宋简体', size: 22 });
const centred = (...runs: WpsParagraph['runs']): WpsParagraph => ({ runs, align: 'center', font: '楷体_GB2312' });
const body = (text: string): WpsParagraph => ({ runs: [text], align: 'both' });
export const LEDE = '4月23日，柳湾小学读书月活动启动，全校18个班的学生走进图书馆，开展为期一个月的阅读打卡。';
export const TAIL = '学校表示，将把读书月办成每年春季的固定活动，让阅读成为学生的日常习惯。';
const DATE: WpsParagraph = { runs: ['2023年4月25日'], align: 'right' };

/** The names every byline fixture gives. */
export const NAMES = ['许文静', '邱明'];

function write(dir: string, name: string, blocks: WpsBlock[], images: Buffer[] = [], styles?: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), wpsDocx(blocks, images, styles));
  return name;
}

/** Three Word files, one byline shape each; every one is dated by its 落款 and names 许文静 (and 邱明). */
export function bylineDocs(dir: string): Record<'unitLine' | 'parenthesized' | 'unitAndName', string> {
  return {
    unitLine: write(dir, 'byline-unit-line.docx', [headline('柳湾小学开展读书月活动'), centred('高新区柳湾小学'), centred(`通讯员 ${NAMES.join(' ')}`), body(LEDE), body(TAIL), DATE]),
    parenthesized: write(dir, 'byline-parenthesized.docx', [headline('柳湾小学举办读书分享会'), centred(`（职工通讯员 ${NAMES.join(' ')}）`), body(LEDE), body(TAIL), DATE]),
    unitAndName: write(dir, 'byline-unit-name.docx', [headline('柳湾小学评选书香班级'), centred(`高新区柳湾小学 ${NAMES[0]}`), body(LEDE), body(TAIL), DATE]),
  };
}

/** A staff line of the school's (`供稿 X 摄影/Y 编辑/Z`) closing a Word file. */
export const STAFF_LINE = '供稿 柳湾小学教导处 摄影/石磊 编辑/何佳';
export function staffLineDoc(dir: string): string {
  return write(dir, 'staff-line.docx', [headline('柳湾小学开展图书漂流活动'), body(LEDE), body(TAIL), { runs: [STAFF_LINE] }, DATE]);
}

/** Words of the school site's furniture that must stay out of the body. */
export const SITE_FURNITURE = ['学校简介', '党建园地', '家校共育', '纠错', '加载更多', '责任编辑'];

/** A school site's page saved complete: `school.html` + `school_files/`. */
export async function schoolSitePage(dir: string): Promise<string> {
  const img = await photos();
  mkdirSync(join(dir, 'school_files'), { recursive: true });
  writeFileSync(join(dir, 'school_files/p1.jpg'), img[0]!);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>重庆高新区柳湾小学</title></head><body>
<div class="head"><a href="/">柳湾小学</a></div>
<div class="menu"><a href="/">网站首页</a> <a href="/a">学校概况</a> <a href="/b">新闻动态</a> <a href="/c">联系我们</a></div>
<div class="main"><div class="left"><h3>栏目导航</h3><ul><li>· 学校简介</li><li>· 党建园地</li><li>· 家校共育</li></ul></div>
<div class="right"><div class="news_title">柳湾小学开展“书香校园”读书月活动</div>
<div class="news_info">来源于：高新区柳湾小学　发布时间：2023-04-25　浏览次数：<span id="hits"></span></div>
<div class="news_content">
<p>${LEDE}</p>
<p style="text-align:center"><img src="school_files/p1.jpg" width="600"></p>
<p style="text-align:center">学生们在图书馆里安静阅读</p>
<table border="1"><tr><td>姓名</td><td>班级</td><td>本月阅读量</td></tr><tr><td>王一诺</td><td>三年级二班</td><td>12本</td></tr></table>
<p>${TAIL}</p>
<p style="text-align:right">（${NAMES[0]}）</p>
</div>
<div class="editor">责任编辑：${NAMES[1]}</div>
<div class="tools">【纠错】 【打印】 【关闭窗口】</div>
<div class="more"><a href="#">加载更多</a></div>
</div></div>
<div class="foot">版权所有 重庆高新区柳湾小学</div></body></html>`;
  writeFileSync(join(dir, 'school.html'), html);
  return 'school.html';
}

/** A portal page whose 来源 field says only that the site wrote it (`本站原创`): no publisher. */
export function ownSourcePage(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'own.html'),
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>柳湾小学举行春季运动会_示例区教育网</title></head><body>
<div class="article"><h1>柳湾小学举行春季运动会</h1><div class="info">发布时间：2023-04-12　来源：本站原创</div>
<p>${LEDE.replace('读书月活动启动', '春季运动会开幕')}</p><p>${TAIL}</p></div></body></html>`,
  );
  return 'own.html';
}

/** Captions of the open shapes' file, by photo. */
export const OPEN_CAPTIONS = ['学生在图书馆挑选图书', '学生在图书馆挑选图书', '高年级学生为低年级同学读绘本', '家长志愿者整理图书角'];

/** The open shapes in one Word file: a caption cell spanning two photos, then captions above their photos, the headline set by a style. */
export async function openShapesDoc(dir: string): Promise<string> {
  const img = await photos();
  const styles =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="bt"><w:name w:val="报道标题"/><w:basedOn w:val="a"/><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style>';
  const s = (text: string, align?: WpsParagraph['align']): WpsParagraph => ({ runs: [text], style: 'a', ...(align ? { align } : {}) });
  const pic = (i: number): WpsParagraph => ({ runs: [{ image: i }], style: 'a', align: 'center' });
  return write(
    dir,
    'open-shapes.docx',
    [
      { runs: ['柳湾小学建成班级图书角'], style: 'bt' },
      s(LEDE),
      { rows: [[[pic(0)], [pic(1)]], [{ span: 2, paragraphs: [s(OPEN_CAPTIONS[0]!, 'center')] }]] },
      s('读书月期间，高年级学生每周走进低年级教室，为弟弟妹妹读绘本。'),
      s(OPEN_CAPTIONS[2]!, 'center'),
      pic(2),
      s(OPEN_CAPTIONS[3]!, 'center'),
      pic(3),
      s(TAIL),
      s('2023年4月25日', 'right'),
    ],
    img,
    styles,
  );
}
