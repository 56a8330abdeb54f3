/**
 * A saved web page (`page.html` with its `page_files/` folder, as "save page, complete"
 * writes it) → blocks, images and what the page states about itself. The page is parsed
 * with htmlparser2 (a real parser: broken markup is read as browsers read it). Images are
 * taken only from the page's own folder (or inline `data:`); anything else is skipped and
 * recorded, as are images that are not photos.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import iconv from 'iconv-lite';
import { parseDocument } from 'htmlparser2';
import { ARTICLE_TEXT, DOCUMENT_LIMITS, FORMAT_SIGNS, LINK_DENSITY, SITE_SIGNATURE } from '../patterns-document.ts';
import { HAS_SENTENCE } from '../patterns.ts';
import { decodeBytes } from '../stages/decode-text.ts';
import { IngestInputError } from '../state.ts';
import type { DocImage, DocumentSource } from './document.ts';
import { htmlBlocks, type FoundImage } from './html-blocks.ts';
import { htmlMeta } from './html-meta.ts';
import { inspectImage, skippedImage } from './inspect-image.ts';
import { pickHeadline } from './pick-headline.ts';
import { checkNesting } from './nesting.ts';

/** Charset names pages declare → the decoder (GBK and GB2312 pages are read as GB18030, their superset). */
const DECLARED: Record<string, string> = { gbk: 'gb18030', gb2312: 'gb18030', gb18030: 'gb18030', big5: 'big5', 'x-gbk': 'gb18030' };

function decodeHtml(file: string, bytes: Uint8Array): { text: string; encoding: string } {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, FORMAT_SIGNS.sniffBytes)).toString('latin1');
  const declared = DECLARED[(FORMAT_SIGNS.charset.exec(head)?.[1] ?? '').toLowerCase()];
  if (declared) return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
  return decodeBytes(file, bytes);
}

/** The page's own folder: `page_files/` beside `page.html` (Chrome, Firefox and Edge all name it so). */
export function pageFolder(path: string): string {
  return join(dirname(path), `${basename(path, extname(path))}_files`);
}

/**
 * True when `file`, its links resolved, is inside `folder`. Both sides are resolved (a relative
 * or linked page path compares alike), the folder by its parent only: a `_files` folder that is
 * itself a link to elsewhere (`/etc`) is not the page's folder.
 */
function insideReal(folder: string, file: string): boolean {
  const rel = relative(join(realpathSync(dirname(folder)), basename(folder)), realpathSync(file));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

async function loadImage(found: FoundImage, htmlPath: string): Promise<DocImage> {
  const { src, alt } = found;
  if (src.startsWith('data:')) {
    const m = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(src);
    if (!m) return skippedImage('data: URI', alt, 'image cannot be decoded');
    const bytes = m[2] ? Buffer.from(m[3]!, 'base64') : Buffer.from(decodeURIComponent(m[3]!));
    return inspectImage(`data:${m[1]} (${bytes.length} B)`, alt, bytes, m[1]);
  }
  const shown = src.length > 80 ? `${src.slice(0, 77)}…` : src;
  if (!src || /^[a-z][\w+.-]*:/i.test(src) || src.startsWith('//')) return skippedImage(shown || '(no src)', alt, 'image outside the page folder');
  let rel: string;
  try {
    rel = decodeURIComponent(src.replace(/[?#].*$/, ''));
  } catch {
    rel = src.replace(/[?#].*$/, '');
  }
  // Absolute paths on both sides: the page named relatively (`content/sources/page.html`, as
  // the README runs it) must keep the same photos as the page named absolutely.
  const page = resolve(htmlPath);
  const folder = pageFolder(page);
  const file = resolve(dirname(page), rel);
  const origin = relative(dirname(page), file).split(sep).join('/');
  if (!file.startsWith(folder + sep)) return skippedImage(origin, alt, 'image outside the page folder');
  if (!existsSync(file) || !statSync(file).isFile()) return skippedImage(origin, alt, 'image file missing', `图片 ${origin} 不在网页文件夹里（保存网页时没有存下），已跳过。`);
  // Links are resolved before any read: a link in the folder to a file elsewhere (another photo, /etc/passwd) is outside it.
  if (!insideReal(folder, file)) return skippedImage(origin, alt, 'image outside the page folder');
  if (statSync(file).size > DOCUMENT_LIMITS.imageMaxBytes) return skippedImage(origin, alt, 'image file too large', `图片 ${origin} 超过 ${DOCUMENT_LIMITS.imageMaxBytes / 1024 / 1024} MB，已跳过。`);
  return inspectImage(origin, alt, readFileSync(file));
}

export async function readHtml(path: string, bytes: Uint8Array): Promise<DocumentSource> {
  const file = basename(path);
  if (bytes.length > DOCUMENT_LIMITS.htmlMaxBytes) {
    throw new IngestInputError(`${file}: 网页文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB，上限 ${DOCUMENT_LIMITS.htmlMaxBytes / 1024 / 1024} MB）；请确认保存的是一篇报道的网页。`);
  }
  const { text, encoding } = decodeHtml(file, bytes);
  const doc = parseDocument(text);
  checkNesting(file, doc.children);
  const meta = htmlMeta(doc);
  const { blocks, images: found } = htmlBlocks(doc.children);
  const article = blocks.filter((b) => b.text && !b.region && (b.linkDensity ?? 0) < LINK_DENSITY.navigation);
  const chars = article.reduce((n, b) => n + b.text.length, 0);
  if (!article.some((b) => HAS_SENTENCE.test(b.text)) && chars < ARTICLE_TEXT.minChars) {
    throw new IngestInputError(`${file}: 网页里没有找到正文文字（只有导航、链接或脚本）；请在浏览器里打开报道原文，用“另存为 → 网页，全部”重新保存后再导入。`);
  }
  // A `<title>` that is only the site's name (it signs the page footer or is the logo's alt text) states no headline.
  const squash = (t: string) => t.replace(/\s+/g, '');
  const siteName = (t: string) => blocks.some((b) => (b.region === 'page footer' || SITE_SIGNATURE.test(b.text)) && squash(b.text).includes(squash(t))) || found.some((f) => squash(f.alt) === squash(t));
  if (meta.title && siteName(meta.title)) {
    meta.titles = meta.titles.filter((t) => t !== meta.title);
    meta.title = null;
  }
  pickHeadline(blocks, 'html', meta.titles);
  const images: DocImage[] = [];
  for (const f of found) images.push(await loadImage(f, path));
  return { format: 'html', encoding, blocks, images, meta };
}
