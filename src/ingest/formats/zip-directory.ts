/**
 * Reads a Word document's zip directory before mammoth (through JSZip) inflates anything, and
 * refuses a document whose parts would unpack past DOCX_LIMITS: a 390 KB file whose text
 * unpacks to 400 MB was accepted and written as a 399 MB report. JSZip trusts the sizes the
 * directory states only after inflating a part whole, so the check is ours and comes first.
 *
 * Rules, in order: the end-of-directory record is found; the part count, each XML part's
 * stated size and the stated total are within the limits; then every part is inflated with its
 * stated size as zlib's output cap (one part at a time, the result dropped), so a directory
 * that states less than a part holds is refused without inflating more than it stated.
 */
import { inflateRawSync } from 'node:zlib';
import { DOCX_LIMITS, shownBytes } from '../../schema/limits.ts';

export interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the part's local header. */
  offset: number;
}

/** Why a zip is refused: one sentence for the one-line error ingest prints after the file name. */
export class ZipLimitError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

function findEnd(b: Buffer): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - EOCD_SEARCH); i--) if (b.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/**
 * The parts the directory lists, with their stated sizes. Throws ZipLimitError for a directory
 * that cannot be read or breaks a limit; a file that is not a zip at all is left to mammoth's
 * own error (the caller's "not a valid Word document").
 */
export function zipParts(b: Buffer): ZipPart[] | null {
  const end = findEnd(b);
  if (end < 0) return null;
  const count = b.readUInt16LE(end + 10);
  const dirOffset = b.readUInt32LE(end + 16);
  // ZIP64 marks: only for archives past 65,535 parts or 4 GB, far beyond any limit here.
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipLimitError(`ZIP64 格式（超过 ${DOCX_LIMITS.maxParts} 个部件或 4 GB），不是一篇报道的 Word 文档`);
  if (count > DOCX_LIMITS.maxParts) throw new ZipLimitError(`含 ${count} 个部件（上限 ${DOCX_LIMITS.maxParts}，DOCX_LIMITS.maxParts）`);
  const parts: ZipPart[] = [];
  let at = dirOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== CENTRAL) throw new ZipLimitError('压缩包目录已损坏');
    const nameLength = b.readUInt16LE(at + 28);
    const part: ZipPart = {
      method: b.readUInt16LE(at + 10),
      compressedSize: b.readUInt32LE(at + 20),
      size: b.readUInt32LE(at + 24),
      name: b.toString('utf8', at + 46, at + 46 + nameLength),
      offset: b.readUInt32LE(at + 42),
    };
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    if (/\.(xml|rels)$/i.test(part.name) && part.size > DOCX_LIMITS.maxXmlPartBytes) {
      throw new ZipLimitError(`其中 ${part.name} 解压后有 ${shownBytes(part.size)}（上限 ${shownBytes(DOCX_LIMITS.maxXmlPartBytes)}，DOCX_LIMITS.maxXmlPartBytes）`);
    }
    total += part.size;
    if (total > DOCX_LIMITS.maxUnpackedBytes) throw new ZipLimitError(`解压后超过 ${shownBytes(DOCX_LIMITS.maxUnpackedBytes)}（DOCX_LIMITS.maxUnpackedBytes）`);
    parts.push(part);
  }
  return parts;
}

/** Inflates each part with its stated size as the cap: a part holding more than stated is refused. */
export function checkStatedSizes(b: Buffer, parts: readonly ZipPart[]): void {
  for (const p of parts) {
    if (p.offset + 30 > b.length || b.readUInt32LE(p.offset) !== LOCAL) throw new ZipLimitError(`压缩包中 ${p.name} 的位置已损坏`);
    const start = p.offset + 30 + b.readUInt16LE(p.offset + 26) + b.readUInt16LE(p.offset + 28);
    const data = b.subarray(start, start + p.compressedSize);
    const lies = () => new ZipLimitError(`压缩包目录说 ${p.name} 解压后有 ${shownBytes(p.size)}，实际更多（目录不实，可能是压缩炸弹）`);
    if (p.method === 0) {
      if (p.compressedSize !== p.size) throw lies();
      continue;
    }
    // Other methods are left to JSZip, which refuses them.
    if (p.method !== 8) continue;
    let out: Buffer;
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, p.size) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw lies();
      // Broken deflate data: JSZip's own error names it.
      continue;
    }
    if (out.length > p.size) throw lies();
  }
}

/** Throws ZipLimitError when the document would unpack past DOCX_LIMITS; returns quietly otherwise. */
export function checkDocxLimits(bytes: Uint8Array): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = zipParts(b);
  if (parts) checkStatedSizes(b, parts);
}

/**
 * One part of a zip the limits above have passed (`word/styles.xml`), inflated with its stated
 * size as the cap; null when it is absent or cannot be read (a document without it is read
 * without it).
 */
export function readZipPart(bytes: Uint8Array, name: string): Buffer | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const p = zipParts(b)?.find((x) => x.name === name);
    if (!p || p.offset + 30 > b.length || b.readUInt32LE(p.offset) !== LOCAL) return null;
    const start = p.offset + 30 + b.readUInt16LE(p.offset + 26) + b.readUInt16LE(p.offset + 28);
    const data = b.subarray(start, start + p.compressedSize);
    if (p.method === 0) return data;
    return p.method === 8 ? inflateRawSync(data, { maxOutputLength: Math.max(1, p.size) }) : null;
  } catch {
    return null;
  }
}
