/**
 * Word files and saved pages in the shapes they really come in (issue 20), written here in our
 * own words: a WPS school report (headline in 方正小标宋 二号, not bold; a photo and its caption in
 * one paragraph split by a line break; a centred 图为 caption; two photos side by side in a table
 * with their captions in the row below; the first photo repeated above a `（供稿：…）` line; the
 * 落款 with its date at the end), a Word file with the date under its headline, one with no
 * headline at all, and a portal page whose photos sit side by side in a table. Photos are drawn
 * with sharp, each a different colour so a test can tell which photo a caption landed on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { picture } from './make-fixtures.ts';
import { wpsDocx, type WpsBlock, type WpsParagraph } from './wps-docx.ts';

const body = (text: string): WpsParagraph => ({ runs: [text], align: 'both' });
const centred = (...runs: WpsParagraph['runs']): WpsParagraph => ({ runs, align: 'center' });

/** Five photos, one colour each (index = the image number the documents use). */
export const photos = () => Promise.all(['#8d5524', '#2a9d8f', '#e76f51', '#264653', '#6a4c93'].map((c, i) => picture('jpeg', 1000 + i * 10, 700, c)));

/** Captions, by the photo they belong to. */
export const WPS_CAPTIONS = ['运动员代表队列整齐走过主席台', '图为四年级学生在跳远比赛中奋力一跃', '低年级接力赛跑的交接瞬间', '老师和家长志愿者为选手加油'];

/** Writes a WPS-shaped Word file into `dir` and returns its path. */
function writeWps(dir: string, name: string, blocks: WpsBlock[], images: Buffer[]): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, wpsDocx(blocks, images));
  return path;
}

/** The WPS school report: every shape of the issue in one file. */
export async function wpsReport(dir: string, name = 'wps-report.docx'): Promise<string> {
  const img = await photos();
  const blocks: WpsBlock[] = [
    { runs: ['青石路小学举行第十届秋季田径运动会'], align: 'center', font: '方正小标宋简体', size: 22 },
    { runs: ['通讯员 林小舟 韩冬'], align: 'center', font: '楷体_GB2312', size: 16 },
    body('9月12日，青石路小学第十届秋季田径运动会在学校新建的塑胶操场举行，全校32个班级的1400余名学生参加了比赛。学校自2016年起每年秋季举办运动会，今年新增了亲子项目。'),
    centred({ image: 0 }, { br: true }, WPS_CAPTIONS[0]!),
    body('开幕式后，径赛和田赛同时展开。四年级的跳远比赛吸引了许多同学围观，最好成绩达到3.6米，刷新了学校纪录。'),
    centred({ image: 1 }),
    centred(WPS_CAPTIONS[1]!),
    body('接力赛是运动会最热闹的项目，低年级的小选手们奋力奔跑，场边的老师和家长志愿者不停地为他们加油鼓劲。'),
    {
      rows: [
        [[centred({ image: 2 })], [centred({ image: 3 })]],
        [[centred(WPS_CAPTIONS[2]!)], [centred(WPS_CAPTIONS[3]!)]],
      ],
    },
    body('本届运动会共有126名学生获得个人项目名次，8个班级获得团体总分奖。校长表示，学校将继续落实每天校园体育活动一小时的要求。'),
    centred({ image: 0 }),
    { runs: ['（供稿：青石路小学 体育组）'], align: 'right' },
    { runs: ['青石路小学'], align: 'right' },
    { runs: ['2018年9月13日'], align: 'right' },
  ];
  return writeWps(dir, name, blocks, img);
}

/** A Word notice whose date stands right under its headline. */
export async function wpsDatedAtTop(dir: string, name = 'dated-top.docx'): Promise<string> {
  const blocks: WpsBlock[] = [
    { runs: ['溪口中学开展防溺水安全教育周活动'], align: 'center', font: '方正小标宋简体', size: 22 },
    centred('2019年5月20日'),
    body('为增强学生的安全意识，溪口中学于5月第三周开展防溺水安全教育周活动。学校邀请消防救援人员进校，为七年级学生讲解自救和互救的方法。'),
    body('活动期间，各班召开主题班会，学生们结合2017年以来身边的案例讨论如何远离危险水域，并把安全承诺书带回家请家长签字。'),
  ];
  return writeWps(dir, name, blocks, []);
}

/** A Word file with no headline at all: the correspondent sent only the text. */
export async function wpsNoHeadline(dir: string, name = 'no-headline.docx'): Promise<string> {
  const blocks: WpsBlock[] = [
    body('10月8日上午，柳岸幼儿园组织大班幼儿走进社区图书室，开展“我和图书交朋友”阅读体验活动。图书管理员向孩子们介绍了借书的方法。'),
    body('孩子们在图书室里安静地挑选绘本，有的三五成群共读一本书，有的请老师讲故事。活动结束时，每个孩子都办理了自己的第一张借书卡。'),
    body('幼儿园负责人介绍，今年园里将每月组织一次走进社区的阅读活动，让孩子从小养成爱读书的习惯。'),
  ];
  return writeWps(dir, name, blocks, []);
}

/** Captions of the portal page's photo table, by photo. */
export const PAGE_CAPTIONS = ['学生在科学课上观察蚕宝宝吐丝', '科学老师指导学生记录观察日记'];

/**
 * A portal page saved complete (`<name>.html` + `<name>_files/`): a layout table of two photos
 * side by side with their captions in the row below, then one centred photo with its caption.
 */
export async function portalPhotoTable(dir: string, name = 'gallery'): Promise<string> {
  const img = await photos();
  const files = join(dir, `${name}_files`);
  mkdirSync(files, { recursive: true });
  img.slice(0, 3).forEach((b, i) => writeFileSync(join(files, `p${i + 1}.jpg`), b));
  const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>桑园小学科学课走进养蚕基地_校园动态_示例区教育网</title>
<meta name="publishdate" content="2022-05-11"></head>
<body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">校园动态</a></li><li><a href="/notice/">通知公告</a></li></ul>
<div class="article">
<h1>桑园小学科学课走进养蚕基地</h1>
<div class="info">发布时间：2022-05-11　来源：桑园小学</div>
<div class="content">
<p>　　5月10日，桑园小学三年级学生来到学校的养蚕基地，上了一堂特别的科学课。学生们分成12个小组，每组负责照料一盒蚕宝宝。</p>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tbody>
<tr><td align="center"><img src="${name}_files/p1.jpg" width="300"></td><td align="center"><img src="${name}_files/p2.jpg" width="300"></td></tr>
<tr><td align="center">${PAGE_CAPTIONS[0]}</td><td align="center">${PAGE_CAPTIONS[1]}</td></tr>
</tbody></table>
<p>　　科学老师介绍，养蚕活动将持续一个多月，学生们要完整记录蚕从卵到成虫的变化过程，最后在班级里交流观察报告。</p>
<p style="text-align:center"><img src="${name}_files/p3.jpg"></p>
<p style="text-align:center">学生们把采来的新鲜桑叶分给各个小组</p>
<p>　　据了解，学校今年共开设了5门劳动与科学融合课程。</p>
</div></div>
<div id="footer">版权所有 示例区教育局</div>
</body></html>`;
  writeFileSync(join(dir, `${name}.html`), html);
  return join(dir, `${name}.html`);
}
