/**
 * Splits a report file into its YAML front matter and Markdown body, and finds the line a
 * front-matter field sits on so an error can point at it.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';

export interface ParsedReportFile {
  data: unknown;
  body: string;
  /** 1-based line in the file of the field at `path`, or of the front matter's start. */
  lineOf(path: readonly PropertyKey[]): number;
}

export class FrontMatterError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'FrontMatterError';
    this.file = file;
    this.line = line;
  }
}

const FENCE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseReportFile(file: string, raw: string): ParsedReportFile {
  const m = FENCE.exec(raw);
  if (!m) throw new FrontMatterError(file, 1, 'expected YAML front matter between "---" lines at the top of the file, found none');
  const counter = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter: counter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = counter.linePos(firstError.pos[0]).line + 1;
    throw new FrontMatterError(file, line, `front matter is not valid YAML: ${firstError.message.split('\n')[0]}`);
  }
  const body = raw.slice(m[0].length);
  return {
    data: doc.toJS(),
    body,
    lineOf(path) {
      for (let n = path.length; n > 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        // +1: the file's line 1 is the opening "---".
        if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + 1;
      }
      return 2;
    },
  };
}
