/**
 * Builds the document fixtures in a folder: the saved portal page and the JSON-LD page
 * (HTML from tests/fixtures/documents, their `_files` images drawn here with sharp) and a
 * correspondent's Word article with three photos (written here with the `docx` package).
 * Same inputs → same bytes, so re-ingest tests can compare files.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { Document, FootnoteReferenceRun, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { ROOT } from '../helpers.ts';

export const DOC_FIXTURES = join(ROOT, 'tests/fixtures/documents');

/** A photo-like picture: a coloured field with a disc, `width`×`height`. */
export async function picture(format: 'jpeg' | 'png' | 'gif', width: number, height: number, bg: string, fg = '#f5f0e0'): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${bg}"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="${fg}"/></svg>`;
  const img = sharp(Buffer.from(svg));
  return format === 'jpeg' ? img.jpeg({ quality: 80 }).toBuffer() : format === 'png' ? img.png().toBuffer() : img.gif().toBuffer();
}

/** The saved portal page: `page.html` + `page_files/` (photo, logo, icon, pixel, SVG badge, stylesheet). */
export async function portalPage(dir: string): Promise<string> {
  const files = join(dir, 'page_files');
  mkdirSync(files, { recursive: true });
  cpSync(join(DOC_FIXTURES, 'portal-page/page.html'), join(dir, 'page.html'));
  writeFileSync(join(files, 'rocket.jpg'), await picture('jpeg', 1200, 800, '#2d6a4f'));
  writeFileSync(join(files, 'logo.png'), await picture('png', 300, 80, '#1d3557'));
  writeFileSync(join(files, 'print-icon.gif'), await picture('gif', 24, 24, '#888888'));
  writeFileSync(join(files, 'pixel.gif'), await picture('gif', 1, 1, '#ffffff'));
  writeFileSync(join(files, 'badge.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><circle cx="200" cy="200" r="190" fill="#c00"/></svg>');
  writeFileSync(join(files, 'style.css'), 'body { font-size: 16px; }');
  return join(dir, 'page.html');
}

/** The newspaper page whose facts are in its JSON-LD: `news.html` + `news_files/lab.jpg`. */
export async function jsonLdPage(dir: string, name = 'news.html'): Promise<string> {
  const stem = name.replace(/\.[^.]+$/, '');
  mkdirSync(join(dir, `${stem}_files`), { recursive: true });
  cpSync(join(DOC_FIXTURES, 'json-ld-page/news.html'), join(dir, name));
  writeFileSync(join(dir, `${stem}_files`, 'lab.jpg'), await picture('jpeg', 1000, 700, '#6d597a'));
  return join(dir, name);
}

const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const photo = (data: Buffer, type: 'jpg' | 'png') => new Paragraph({ children: [new ImageRun({ type, data, transformation: { width: 480, height: 320 } })] });

/**
 * A school correspondent's article as they send it: Title style headline, byline line, body,
 * a Heading 2 section, a bold one-line heading, three photos each with its caption paragraph
 * under it (one with a credit), a table, a footnote, a small icon and the first photo again.
 */
export async function wordArticle(dir: string, name = 'article.docx'): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const p1 = await picture('jpeg', 1200, 800, '#bc6c25');
  const p2 = await picture('jpeg', 1000, 750, '#606c38');
  const p3 = await picture('png', 900, 600, '#283618');
  const icon = await picture('png', 32, 32, '#dda15e');
  const doc = new Document({
    creator: 'test',
    footnotes: { 1: { children: [para('劳动时长按学校劳动教育记录卡统计。')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: '红枫中学开展“走进秋收”劳动实践周活动', heading: HeadingLevel.TITLE }),
          para('通讯员 宋清 刘畅'),
          para('2023年10月，红枫中学组织初一年级6个班280名学生走进学校劳动实践基地，开展为期一周的秋收劳动实践活动。'),
          new Paragraph({ text: '田间课堂', heading: HeadingLevel.HEADING_2 }),
          para('在稻田里，农技人员手把手教学生使用镰刀，讲解水稻从播种到收割的过程。学生们分组比赛，两天收割水稻1.5亩。'),
          photo(p1, 'jpg'),
          para('学生在稻田里学习割稻（宋清 摄）'),
          new Paragraph({ children: [new TextRun({ text: '校园里的丰收节', bold: true })] }),
          para('劳动周的最后一天，学校举办丰收节，各班把收获的红薯、花生和蔬菜摆上展台。'),
          photo(p2, 'jpg'),
          para('图为同学们分拣刚收获的红薯'),
          new Table({
            rows: [
              new TableRow({ children: ['年级', '参与人数', '劳动时长'].map((t) => new TableCell({ children: [para(t)] })) }),
              new TableRow({ children: ['初一', '280人', '12小时'].map((t) => new TableCell({ children: [para(t)] })) }),
            ],
          }),
          new Paragraph({ children: [new TextRun('每名学生平均参加劳动12小时。'), new FootnoteReferenceRun(1)] }),
          photo(p3, 'png'),
          para('劳动成果展示会上，学生介绍自己种植的蔬菜'),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: icon, transformation: { width: 16, height: 16 } }), new TextRun('校长表示，学校将把劳动实践周作为每学年的固定课程，让学生在劳动中学会感恩。')] }),
          photo(p1, 'jpg'),
        ],
      },
    ],
  });
  const path = join(dir, name);
  writeFileSync(path, await Packer.toBuffer(doc));
  return path;
}
