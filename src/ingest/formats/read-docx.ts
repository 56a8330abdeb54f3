/**
 * A Word document (.docx) → blocks, images and no stated metadata (a document's "created"
 * date is when the file was made, not when the article ran). mammoth turns it into plain
 * semantic HTML (paragraphs in order, heading styles as h1–h6, Title as h1, Caption style
 * marked, tables, footnotes at the end) and hands us each embedded image in document
 * order; html-blocks reads that HTML like a page's. A file mammoth cannot open is refused.
 */
import { basename } from 'node:path';
import mammoth from 'mammoth';
import { parseDocument } from 'htmlparser2';
import { DOCUMENT_LIMITS } from '../patterns-document.ts';
import { IngestInputError } from '../state.ts';
import { NO_META, type DocImage, type DocumentSource } from './document.ts';
import { htmlBlocks } from './html-blocks.ts';
import { inspectImage, skippedImage } from './inspect-image.ts';
import { pickHeadline } from './pick-headline.ts';
import { checkDocxLimits, readZipPart, ZipLimitError } from './zip-directory.ts';
import { readWordStyles } from './word-styles.ts';
import { checkNesting } from './nesting.ts';
import { markWordParagraphs } from './word-paragraph-marks.ts';

/** Style names (as Word stores them, any UI language) beyond mammoth's default headings. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
];

const IMAGE_SRC = /^docx-image:(\d+)$/;

export async function readDocx(path: string, bytes: Uint8Array): Promise<DocumentSource> {
  const file = basename(path);
  if (bytes.length > DOCUMENT_LIMITS.docxMaxBytes) {
    throw new IngestInputError(`${file}: Word 文档过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB，上限 ${DOCUMENT_LIMITS.docxMaxBytes / 1024 / 1024} MB）；请压缩其中的图片（图片格式 → 压缩图片）后再导入。`);
  }
  try {
    checkDocxLimits(bytes);
  } catch (e) {
    if (!(e instanceof ZipLimitError)) throw e;
    throw new IngestInputError(`${file}: Word 文档${e.message}，不像一篇报道，未导入；请在 Word 中打开，只保留报道正文和照片，重新保存为 .docx 后再导入。`);
  }
  const styles = readWordStyles(readZipPart(bytes, 'word/styles.xml'));
  const embedded: { contentType: string; bytes: Promise<Buffer> }[] = [];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Alignment and font size are layout cues mammoth's HTML drops (word-paragraph-marks.ts).
        transformDocument: (element) => markWordParagraphs(element, styles),
        // Linked (not embedded) pictures point at the author's disk: never read them.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement((image) => {
          const i = embedded.length;
          const read = image.readAsBuffer();
          // Awaited below, in reading order; a failure there skips that image, never crashes the run.
          read.catch(() => undefined);
          embedded.push({ contentType: image.contentType ?? '', bytes: read });
          return Promise.resolve({ src: `docx-image:${i}` });
        }),
      },
    );
    html = result.value;
  } catch (e) {
    throw new IngestInputError(`${file}: 不是有效的 Word 文档，无法打开（${(e as Error).message.split('\n')[0]!.slice(0, 80)}）；请在 Word 中打开并重新保存为 .docx 后再导入。`);
  }
  const parsed = parseDocument(html).children;
  checkNesting(file, parsed);
  const { blocks, images: found } = htmlBlocks(parsed, { word: true });
  if (!blocks.some((b) => b.text)) throw new IngestInputError(`${file}: Word 文档里没有文字；请确认文件里是报道正文。`);
  pickHeadline(blocks, 'docx', []);
  const images: DocImage[] = [];
  for (const [n, f] of found.entries()) {
    const at = IMAGE_SRC.exec(f.src);
    const origin = `Word 图片 ${n + 1}`;
    const source = at ? embedded[Number(at[1])] : undefined;
    if (!source) {
      images.push(skippedImage(origin, '', 'image outside the page folder'));
      continue;
    }
    try {
      images.push(await inspectImage(origin, '', await source.bytes, source.contentType));
    } catch {
      images.push(skippedImage(origin, '', 'image cannot be decoded', `${origin} 无法读出，已跳过。`));
    }
  }
  return { format: 'docx', encoding: 'utf-8', blocks, images, meta: NO_META };
}
