/**
 * decode-text: bytes → text. Refuses what is not an article text file (empty, binary, too big,
 * unknown encoding) with one line saying what to do. UTF-8 (with or without BOM) first;
 * otherwise chardet's guess among the Chinese legacy encodings, decoded with iconv-lite.
 */
import { createHash } from 'node:crypto';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { INPUT_LIMITS, LEGACY_ENCODINGS } from '../patterns.ts';
import { IngestInputError, type IngestState } from '../state.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Control characters besides tab, LF, FF and CR: text files have (almost) none. */
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f]/g;

function controlShare(text: string): number {
  return text.length ? (text.match(CONTROL)?.length ?? 0) / text.length : 0;
}

/**
 * Bytes → text and the encoding it was read in, refusing binary, undecodable and blank input.
 * Also reads a saved web page that declares no charset.
 */
export function decodeBytes(file: string, bytes: Uint8Array): { text: string; encoding: string } {
  let encoding: string;
  let text: string;
  const isUtf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (isUtf16Bom) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = iconv.decode(Buffer.from(bytes), encoding);
  } else {
    const firstNul = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0);
    if (firstNul >= 0) {
      throw new IngestInputError(`${file}: 不是文本文件（第 ${firstNul} 字节处有 NUL 字节），可能是图片、PDF 或 Word 文档；请把报道另存为纯文本（.txt，UTF-8）后再导入。`);
    }
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
      text = utf8.decode(hasBom ? bytes.subarray(3) : bytes);
      encoding = 'utf-8';
    } catch {
      const guess = chardet.detect(bytes) ?? 'unknown';
      const decoder = LEGACY_ENCODINGS[guess];
      if (!decoder) {
        throw new IngestInputError(`${file}: 既不是 UTF-8 也不是 GB18030/GBK 编码（检测结果：${guess}）；请用编辑器另存为 UTF-8 后再导入。`);
      }
      encoding = decoder;
      text = iconv.decode(Buffer.from(bytes), decoder);
    }
  }
  const bad = text.length ? (text.match(/\uFFFD/g)?.length ?? 0) / text.length : 0;
  if (bad > INPUT_LIMITS.maxReplacementShare) {
    throw new IngestInputError(`${file}: 按 ${encoding} 解码后有大量乱码；请用编辑器另存为 UTF-8 后再导入。`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (controlShare(text) > INPUT_LIMITS.maxControlShare) {
    throw new IngestInputError(`${file}: 不是文本文件（含大量控制字符），可能是图片、PDF 或 Word 文档；请把报道另存为纯文本（.txt，UTF-8）后再导入。`);
  }
  if (text.trim() === '' || /^[\s\u3000\u00A0]*$/.test(text)) {
    throw new IngestInputError(`${file}: 只有空白，没有文字；请把报道原文粘贴进去，或删除该文件。`);
  }
  return { text, encoding };
}

export function decodeText(s: IngestState): IngestState {
  // A Word document or web page was decoded by its reader (read-document).
  if (s.document) return s;
  const { bytes, file } = s;
  if (bytes.length > INPUT_LIMITS.maxBytes) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new IngestInputError(
      `${file}: 文件过大（${mb} MB，上限 ${INPUT_LIMITS.maxBytes / 1024 / 1024} MB），不像一篇报道的原文；请只保留报道正文后再导入。`,
    );
  }
  if (bytes.length === 0) throw new IngestInputError(`${file}: 文件为空（0 字节）；请把报道原文粘贴进去，或删除该文件。`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text, encoding } = decodeBytes(file, bytes);
  return { ...s, sha256, encoding, text };
}
