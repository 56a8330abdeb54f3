/**
 * The reader a source needs, chosen by detect-format: a Word document or a saved web page is
 * read into blocks and images here (async: mammoth and sharp); a text source returns null and
 * goes to the text pipeline's own decoding.
 */
import { detectFormat } from './detect-format.ts';
import type { DocumentSource } from './document.ts';
import { readDocx } from './read-docx.ts';
import { readHtml } from './read-html.ts';

export async function readDocument(path: string, bytes: Uint8Array): Promise<DocumentSource | null> {
  const format = detectFormat(path, bytes);
  if (format === 'docx') return readDocx(path, bytes);
  if (format === 'html') return readHtml(path, bytes);
  return null;
}
