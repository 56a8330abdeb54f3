/**
 * Splits a report file into its YAML front matter and Markdown body, and finds the line a
 * front-matter field sits on so an error can point at it.
 *
 * Two readers, one result: js-yaml (YAML 1.2 core schema, the same resolution as the `yaml`
 * package's default) reads a valid file ~12× faster than the `yaml` Document API, which at
 * 10,000 reports was ~17 % of the build's CPU. The `yaml` Document, with its line counter, is
 * built only when something needs a line number (an invalid file, a schema error) — so the
 * error messages are exactly the ones the Document API gives.
 */
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';

export interface ParsedReportFile {
  data: unknown;
  body: string;
  /** The file's line number of the body's first line: a body line `n` (0-based) is at `bodyLine + n`. */
  bodyLine: number;
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

/** The `yaml` Document of the front matter (slow path): data, or the first error with its line. */
function slowParse(file: string, yamlText: string): { doc: Document; counter: LineCounter } {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = counter.linePos(firstError.pos[0]).line + 1;
    throw new FrontMatterError(file, line, `front matter is not valid YAML: ${firstError.message.split('\n')[0]}`);
  }
  return { doc, counter };
}

/** js-yaml's reading, or undefined when it refuses the text (the `yaml` package then decides). */
function fastParse(yamlText: string): { data: unknown } | undefined {
  try {
    return { data: jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

/**
 * YAML anchors and aliases (`&a`, `*a`) are refused: no report needs them, and a few lines of
 * nested aliases expand to billions of values in every reader that walks the data ("billion
 * laughs"). Only text with `&` or `*` is parsed the slow way to look.
 */
function refuseAliases(file: string, yamlText: string): { doc: Document; counter: LineCounter } | undefined {
  if (!yamlText.includes('&') && !yamlText.includes('*')) return undefined;
  const slow = slowParse(file, yamlText);
  let at: number | undefined;
  visit(slow.doc, {
    Alias(_, node) {
      at ??= node.range?.[0];
      return visit.BREAK;
    },
    Node(_, node) {
      if (node.anchor) {
        at ??= node.range?.[0];
        return visit.BREAK;
      }
    },
  });
  if (at !== undefined) {
    throw new FrontMatterError(file, slow.counter.linePos(at).line + 1, 'YAML anchors and aliases (&name, *name) are not allowed in a report: write the value out where it is needed');
  }
  return slow;
}

/** Deeply nested YAML overflows the readers' recursion: an error with the file, not a crash. */
function guardDepth<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof RangeError) throw new FrontMatterError(file, 2, 'front matter is nested too deeply to read');
    throw err;
  }
}

export function parseReportFile(file: string, raw: string): ParsedReportFile {
  const m = FENCE.exec(raw);
  if (!m) throw new FrontMatterError(file, 1, 'expected YAML front matter between "---" lines at the top of the file, found none');
  const yamlText = m[1]!;
  let slow = guardDepth(file, () => refuseAliases(file, yamlText));
  const fast = slow ? { data: guardDepth(file, () => slow!.doc.toJS()) as unknown } : guardDepth(file, () => fastParse(yamlText));
  if (!fast) slow = guardDepth(file, () => slowParse(file, yamlText));
  const body = raw.slice(m[0].length);
  return {
    data: fast ? fast.data : guardDepth(file, () => slow!.doc.toJS()),
    body,
    bodyLine: m[0].split('\n').length,
    lineOf(path) {
      const { doc, counter } = (slow ??= slowParse(file, yamlText));
      for (let n = path.length; n > 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        // +1: the file's line 1 is the opening "---".
        if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + 1;
      }
      return 2;
    },
  };
}
