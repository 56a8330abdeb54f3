/**
 * Source files of each format for `npm run bench:ingest -- --format docx|html`: the same
 * synthetic article text (bench-ingest.ts) as a Word document written with `docx` (headline
 * in the Title style, `##` lines as headings, one photo after the lede) or as a page saved
 * complete (`bench_N.html` + `bench_N_files/photo.jpg`, with a menu, a share bar and a footer
 * around the article). One photo is drawn once and reused, so generating stays cheap.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';

export type BenchFormat = 'txt' | 'docx' | 'html';

export async function benchPhoto(): Promise<Buffer> {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="100%" height="100%" fill="#3a5a40"/><circle cx="600" cy="400" r="260" fill="#dad7cd"/></svg>';
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `# x` → Title, `## x` → Heading 2 …; the headline line (`title`) → Title as well. */
function docxParagraph(line: string, title: string | null): Paragraph {
  if (line === title) return new Paragraph({ text: line, heading: HeadingLevel.TITLE });
  const h = /^(#{1,4})\s*(.+)$/.exec(line);
  if (!h) return new Paragraph({ children: [new TextRun(line)] });
  const heading = h[1]!.length === 1 ? HeadingLevel.TITLE : h[1]!.length === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ text: h[2]!, heading });
}

export async function writeDocx(path: string, text: string, photo: Buffer, title: string | null): Promise<void> {
  const paragraphs = lines(text).map((l) => docxParagraph(l, title));
  const picture = new Paragraph({ children: [new ImageRun({ type: 'jpg', data: photo, transformation: { width: 480, height: 320 } })] });
  paragraphs.splice(2, 0, picture, new Paragraph({ children: [new TextRun('学生在课堂上展示作品（通讯员 摄）')] }));
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

export function writeHtml(dir: string, name: string, text: string, photo: Buffer, title: string | null): void {
  const files = join(dir, `${name}_files`);
  mkdirSync(files, { recursive: true });
  writeFileSync(join(files, 'photo.jpg'), photo);
  const body = lines(text).map((l, i) => {
    const h = l === title ? ['', '#', l] : /^(#{1,4})\s*(.+)$/.exec(l);
    const el = h ? `<h${h[1]!.length}>${esc(h[2]!)}</h${h[1]!.length}>` : `<p>${esc(l)}</p>`;
    return i === 1 ? `${el}\n<p style="text-align:center"><img src="${name}_files/photo.jpg"></p>\n<p style="text-align:center">学生在课堂上展示作品（通讯员 摄）</p>` : el;
  });
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title ?? 'bench')}_示例教育网</title><script>var x = 1;</script></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/n">新闻</a></li><li><a href="/t">通知</a></li></ul>
<div class="article">${body.join('\n')}</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div id="footer">版权所有 示例教育网</div></body></html>`;
  writeFileSync(join(dir, `${name}.html`), html);
}
