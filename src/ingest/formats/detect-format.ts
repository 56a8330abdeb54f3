/**
 * Which reader a source needs, by its name and, above all, by its bytes: a ZIP is a Word
 * document whatever it is called, a `.txt` that starts like a web page is read as HTML. An
 * OLE compound file is an old `.doc` or an encrypted `.docx`, neither of which we can read:
 * those are refused here with what to do.
 */
import { basename, extname } from 'node:path';
import { FORMAT_SIGNS } from '../patterns-document.ts';
import { IngestInputError } from '../state.ts';

export type SourceFormat = 'text' | 'docx' | 'html';

const startsWith = (bytes: Uint8Array, sign: number[]) => sign.every((b, i) => bytes[i] === b);

/** Looks for an ASCII name in a compound file's directory, where names are UTF-16LE. */
function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export function detectFormat(path: string, bytes: Uint8Array): SourceFormat {
  const file = basename(path);
  const ext = extname(file).toLowerCase();
  if (startsWith(bytes, FORMAT_SIGNS.zip)) return 'docx';
  if (startsWith(bytes, FORMAT_SIGNS.ole)) {
    if (hasUtf16(bytes, FORMAT_SIGNS.encryptedStream)) {
      throw new IngestInputError(`${file}: Word 文档设置了打开密码（已加密），无法读取；请在 Word 中取消密码（文件 → 信息 → 保护文档）后另存为 .docx 再导入。`);
    }
    throw new IngestInputError(`${file}: 是旧版 Word 文档（.doc）或其他 Office 旧格式，无法读取；请在 Word 中“另存为” .docx 后再导入。`);
  }
  if (ext === '.docx' || ext === '.doc') {
    throw new IngestInputError(`${file}: 不是有效的 Word 文档（文件已损坏或不完整）；请在 Word 中打开并重新保存为 .docx 后再导入。`);
  }
  if (ext === '.html' || ext === '.htm') return 'html';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, FORMAT_SIGNS.sniffBytes)).toString('latin1').replace(/^\xef\xbb\xbf/, '');
  return FORMAT_SIGNS.html.test(head) ? 'html' : 'text';
}
