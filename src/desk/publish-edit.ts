/**
 * Publishing a draft from the desk: the one edit that deletes the `draft:` and `draftReasons:`
 * lines of the front matter and touches no other byte, so staff corrections, comments, quoting
 * and the body stay exactly as they are. The edit is refused (and the desk names the lines to
 * delete by hand) whenever it cannot be shown to be only that: YAML the `yaml` package cannot
 * read, one of the two fields indented, flowed onto a line with another field or carrying a
 * comment, or a result that reads back as anything but the same report without those two fields.
 * Pure: text in, text out; the server writes it with writeAtomic.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, Lexer, LineCounter, parseDocument, type Pair } from 'yaml';
import { parseReportFile } from '../lib/front-matter.ts';

export type PublishEdit =
  /** `text` is the file without the draft lines; `lines` are the deleted ones (1-based, in the file). */
  | { ok: true; text: string; lines: number[] }
  /** Why the desk will not edit; `lines` are the ones to delete by hand when known. */
  | { ok: false; why: string; lines: number[] };

const FENCE = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)---[ \t]*(?:\r?\n|$)/;
const DRAFT_KEYS = ['draft', 'draftReasons'];

/** Offsets of the starts of each line of `text` (line 1 at 0), and one past the end. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (starts[starts.length - 1] !== text.length) starts.push(text.length);
  return starts;
}

/** Offsets of the comments in `yaml` (the lexer's comment tokens start with `#`). */
function commentOffsets(yaml: string): number[] {
  const out: number[] = [];
  let at = 0;
  for (const token of new Lexer().lex(yaml)) {
    if (token.startsWith('#')) out.push(at);
    // Control tokens (document start, flow markers …) are one character outside the text.
    if (token.length === 1 && /[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(token)) continue;
    at += token.length;
  }
  return out;
}

/** A node's source range [start, value end, node end], when the parser kept one. */
const rangeOf = (node: unknown) => (node as { range?: [number, number, number] } | null)?.range;

const without = (data: unknown) => Object.fromEntries(Object.entries(data as Record<string, unknown>).filter(([k]) => !DRAFT_KEYS.includes(k)));

export function publishEdit(file: string, raw: string): PublishEdit {
  const m = FENCE.exec(raw);
  if (!m) return { ok: false, why: '文件开头没有 --- 包围的 front matter。', lines: [] };
  const yamlStart = m[1]!.length;
  const yaml = m[2]!;
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, keepSourceTokens: true });
  if (doc.errors.length || !isMap(doc.contents)) return { ok: false, why: 'front matter 不是可读的 YAML 映射。', lines: [] };
  const pairs = doc.contents.items as Pair[];
  const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : '');
  const draftPairs = pairs.filter((p) => DRAFT_KEYS.includes(keyOf(p)));
  const draft = draftPairs.find((p) => keyOf(p) === 'draft');
  if (!draft || !isScalar(draft.value) || draft.value.value !== true) return { ok: false, why: '这篇报道没有 draft: true，不是草稿。', lines: [] };

  const starts = lineStarts(yaml);
  const lineOf = (offset: number) => counter.linePos(offset).line; // 1-based within the YAML
  // +1: the file's line 1 is the opening "---".
  const fileLine = (yamlLine: number) => yamlLine + 1;
  const ranges: [number, number][] = [];
  const lines: number[] = [];
  for (const p of draftPairs) {
    const key = rangeOf(p.key)!;
    const from = lineOf(key[0]);
    const to = lineOf(Math.max(key[1], (rangeOf(p.value)?.[1] ?? 1) - 1));
    for (let l = from; l <= to; l++) lines.push(fileLine(l));
    ranges.push([starts[from - 1]!, starts[to] ?? yaml.length]);
  }
  lines.sort((a, b) => a - b);
  const refuse = (why: string): PublishEdit => ({ ok: false, why, lines });

  for (const [i, p] of pairs.entries()) {
    if (!draftPairs.includes(p)) continue;
    const [from, to] = ranges[draftPairs.indexOf(p)]!;
    if (rangeOf(p.key)![0] !== from) return refuse(`${keyOf(p)} 不在行首（有缩进或与别的内容同行）。`);
    const prev = pairs[i - 1];
    const next = pairs[i + 1];
    const prevEnd = prev ? (rangeOf(prev.value)?.[1] ?? rangeOf(prev.key)![1]) : 0;
    if (prevEnd > from) return refuse(`${keyOf(p)} 与上一个字段在同一行。`);
    if (next && rangeOf(next.key)![0] < to) return refuse(`${keyOf(p)} 与下一个字段在同一行。`);
  }
  if (commentOffsets(yaml).some((c) => ranges.some(([from, to]) => c >= from && c < to))) return refuse('这几行里有注释，自动删除会把注释一起删掉。');

  let edited = yaml;
  for (const [from, to] of [...ranges].sort((a, b) => b[0] - a[0])) edited = edited.slice(0, from) + edited.slice(to);
  const text = raw.slice(0, yamlStart) + edited + raw.slice(yamlStart + yaml.length);

  // The proof: the edited file reads back as the same front matter without the two fields, the same body.
  try {
    const before = parseReportFile(file, raw);
    const after = parseReportFile(file, text);
    if (after.body !== before.body || !isDeepStrictEqual(after.data, without(before.data))) return refuse('删除后读出的内容与原来不一致。');
  } catch {
    return refuse('删除后的文件读不出来。');
  }
  return { ok: true, text, lines };
}
