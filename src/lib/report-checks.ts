/**
 * Checks on a report that need more than its front matter: its file name (it becomes the URL),
 * its bytes (UTF-8), its corrections against the facts and paragraphs it has, and topic names
 * across all reports. Each problem is one line `file:line: …`, collected by the loader with
 * every other report's problems. Pure: the tests call them without a build.
 */
import type { FactCorrection, Report } from '../schema/report.ts';
import { parseAnchor } from '../facts/anchors.ts';
import { topicSlug } from './topics.ts';
import { REPORT_LIMITS } from '../schema/limits.ts';

/**
 * What a report's file name (without `.md`) may be: it is the page's URL segment
 * (`/reports/<name>/`) and a folder name in dist/. Letters, digits, `-`, `_` and `.`, starting
 * with a letter or digit: no `#`, `?`, `%`, spaces or quotes, which would break the URL or need
 * escaping in every link. An error rather than a silent safe slug, so the URL staff expect
 * (the file's name) is the one published.
 */
const URL_SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function fileNameProblem(shown: string, slug: string): string | null {
  if (URL_SAFE_NAME.test(slug) && !slug.includes('..')) return null;
  const suggestion = slug.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/\.{2,}/g, '.').replace(/^[-._]+|[-._]+$/g, '').toLowerCase() || 'report';
  return `${shown}:1: the file name "${slug}.md" cannot be a web address (/reports/${slug}/): use only letters, digits, "-", "_" and "." — rename it, e.g. "${suggestion}.md".`;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The file's text, or the line and column of its first byte that is not UTF-8 (a file saved
 * as GBK, or damaged): decoding it loosely would publish U+FFFD in place of the text.
 */
export function decodeReport(shown: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: string } {
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    // The shortest prefix that fails (streaming: an unfinished character at the end is not an
    // error yet), found by bisection: its last byte is where the text stops being UTF-8.
    const fails = (n: number) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
        return false;
      } catch {
        return true;
      }
    };
    let [good, badEnd] = [0, bytes.length];
    while (badEnd - good > 1) {
      const mid = (good + badEnd) >>> 1;
      if (fails(mid)) badEnd = mid;
      else good = mid;
    }
    const bad = badEnd - 1;
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad), { stream: true });
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return {
      ok: false,
      problem: `${shown}:${line}: the file is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at column ${column}); it was probably saved as GBK or damaged. Save it as UTF-8.`,
    };
  }
}

const key = (anchor: string, text: string) => `${anchor}\u0000${text}`;

/**
 * Corrections that change nothing because what they name does not exist: a correction of a
 * fact no `facts` entry has (a typo in `text`, or an anchor the paragraphs were renumbered
 * away from) would leave the fact it meant published; an added fact at an anchor the page has
 * no element for would be a broken link in the 成果库. `anchors` is every `p-N`/`box-B-I` id
 * of the rendered page.
 */
export function correctionProblems(
  shown: string,
  report: Pick<Report, 'facts' | 'factCorrections'>,
  anchors: ReadonlySet<string>,
  lineOf: (path: readonly PropertyKey[]) => number,
): string[] {
  const facts = new Set(report.facts.map((f) => key(f.anchor, f.text)));
  const out: string[] = [];
  report.factCorrections.forEach((c: FactCorrection, i) => {
    const at = (field: string) => `${shown}:${lineOf(['factCorrections', i, field])}: field "factCorrections[${i}].${field}"`;
    if (!parseAnchor(c.anchor)) out.push(`${at('anchor')}: expected an anchor such as "p-3" or "box-1-2", found ${JSON.stringify(c.anchor)}.`);
    else if (!anchors.has(c.anchor)) out.push(`${at('anchor')}: the page has no ${c.anchor} (it has ${anchorRange(anchors)}); set the anchor of the paragraph the fact is in.`);
    else if (!c.add && !facts.has(key(c.anchor, c.text))) {
      const same = report.facts.filter((f) => f.text === c.text).map((f) => f.anchor);
      const hint = same.length ? `the fact "${c.text}" is at ${same.join(', ')}: set that anchor` : `no fact of ${c.anchor} reads ${JSON.stringify(c.text)}: copy its text from facts, or add it with add: true`;
      out.push(`${at('text')}: this correction matches no fact, so it changes nothing; ${hint}.`);
    }
  });
  return out;
}

function anchorRange(anchors: ReadonlySet<string>): string {
  const paragraphs = [...anchors].filter((a) => a.startsWith('p-')).length;
  const boxes = [...anchors].filter((a) => a.startsWith('box-'));
  return `${paragraphs ? `p-1 … p-${paragraphs}` : 'no paragraphs'}${boxes.length ? ` and ${boxes.join(', ')}` : ''}`;
}

/**
 * Where a topic name was seen: the file and line that show it to staff. A function when the line
 * is worked out only if a collision is reported (finding a line means parsing the front matter
 * the slow way, ~0.5 ms a report: too dear to do for every report of every build).
 */
export interface TopicUse {
  topic: string;
  where: string | (() => string);
}

const whereOf = (u: TopicUse): string => (typeof u.where === 'function' ? u.where() : u.where);

/**
 * Two different topic names whose pages would have one address (`/topics/<slug>/`): one
 * topic's page would be lost. `uses` is every (topic, where) of every report, in order; one
 * line per colliding pair, naming both.
 */
export function topicCollisions(uses: readonly TopicUse[]): string[] {
  const first = new Map<string, TopicUse>();
  const reported = new Set<string>();
  const out: string[] = [];
  for (const u of uses) {
    const slug = topicSlug(u.topic);
    const seen = first.get(slug);
    if (!seen) first.set(slug, u);
    else if (seen.topic !== u.topic && !reported.has(`${slug}\u0000${u.topic}`)) {
      reported.add(`${slug}\u0000${u.topic}`);
      out.push(`${whereOf(u)}: topic "${u.topic}" and topic "${seen.topic}" (${whereOf(seen)}) would share one page, /topics/${slug}/; use one name for both, or rename one.`);
    }
  }
  return out;
}

/**
 * Body paragraphs (runs of non-blank lines, so a container's text counts too) longer than
 * REPORT_LIMITS.maxParagraphChars: the body line (0-based) each starts on and its length. One
 * pass over the lines; ingest refuses what the site would (src/ingest/report-limits.ts).
 */
export function longParagraphs(body: string): { line: number; chars: number }[] {
  const found: { line: number; chars: number }[] = [];
  let start = -1;
  let chars = 0;
  let n = 0;
  const close = () => {
    if (start >= 0 && chars > REPORT_LIMITS.maxParagraphChars) found.push({ line: start, chars });
    start = -1;
    chars = 0;
  };
  for (let at = 0; at <= body.length; n++) {
    let end = body.indexOf('\n', at);
    if (end < 0) end = body.length;
    if (end - at <= 200 && !/\S/.test(body.slice(at, end))) close();
    else {
      if (start < 0) start = n;
      chars += end - at;
    }
    at = end + 1;
  }
  close();
  return found;
}

/**
 * The long paragraphs as problem lines, at each paragraph's first line. Checked before
 * rendering: a 120 MB paragraph went through markdown-it and crashed the search index.
 */
export function paragraphProblems(shown: string, body: string, bodyLine: number): string[] {
  return longParagraphs(body).map(
    ({ line, chars }) =>
      `${shown}:${bodyLine + line}: expected a paragraph of at most ${REPORT_LIMITS.maxParagraphChars} characters (REPORT_LIMITS.maxParagraphChars), found ${chars}; split it into paragraphs or remove what is not the article.`,
  );
}

/** `::: figure ID` naming no figure of the front matter: the body line and the ids it may name. */
export function unknownFigureProblem(shown: string, line: number, id: string, known: readonly string[]): string {
  const ids = known.length ? `one of ${known.map((k) => `"${k}"`).join(', ')}` : 'a figure listed under "figures" (the report has none)';
  return `${shown}:${line}: "::: figure ${id}": expected the id of a figure in the front matter, ${ids}, found "${id}"; correct the id or add the figure to "figures".`;
}
