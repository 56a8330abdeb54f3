/**
 * Whether a draft's reasons are fixed, judged from the report file as it is now. Ingest's
 * reasons are sentences (DRAFT_REASONS in src/ingest/patterns.ts); the ones about something
 * the file shows (no headline, no date, no body, a short headline, a stray word at the body's
 * edge, an empty 数说 box) are tested again on the file. The others need a person's judgement
 * (a byline word that is not a name, a headline the page states differently, a Word headline
 * that was guessed): the file cannot show they were checked, so staff delete that reason from
 * `draftReasons` once they have, and the desk says so.
 */
import { DRAFT_REASONS, type DraftView } from '../ingest/patterns.ts';
import type { Report } from '../schema/report.ts';

/** How the desk recognises each retestable reason's sentence (kept in step by tests/desk/draft-status.test.ts). */
export const RETESTABLE: Readonly<Record<string, RegExp>> = {
  'no-title': /^未找到标题/,
  'no-date': /^无法确定发布日期/,
  'no-body': /^没有找到正文段落/,
  'short-title': /^标题“[\s\S]*”太短/,
  'body-edge': /^正文(开头|结尾)的“/,
  'empty-fact-box': /^“数说”栏目没有读出内容/,
  'unread-byline': /^正文里的“[\s\S]*”像署名行/,
  'unit-title': /^标题“[\s\S]*”只是一个单位的名称/,
};

/** Reasons only a person can clear (DRAFT_REASONS names, plus the Word headline rule). */
export const JUDGEMENT = ['doubtful-byline', 'title-disagrees', 'mirror-text', 'unread-date', 'unmarked-headline'] as const;

export type ReasonState = 'fixed' | 'open' | 'check';

export interface ReasonStatus {
  reason: string;
  state: ReasonState;
}

/** The body's paragraphs as the draft tests see them: prose blocks, not headings or containers. */
export function bodyParagraphs(body: string): string[] {
  const out: string[] = [];
  let inContainer = 0;
  for (const block of body.split(/\r?\n\s*\r?\n/)) {
    const t = block.trim();
    if (!t) continue;
    if (t.startsWith(':::')) {
      inContainer += t === ':::' ? -1 : /\n:::$/.test(t) ? 0 : 1;
      continue;
    }
    if (inContainer > 0 || t.startsWith('#')) continue;
    out.push(t.replace(/\s*\r?\n\s*/g, ''));
  }
  return out;
}

/** The DraftView of a report file; the judgement-only fields are empty (their tests never run here). */
function viewOf(report: Report, body: string): DraftView {
  return { lines: [], statedTitles: [], doubtfulNames: [], title: report.title, date: report.date, paragraphs: bodyParagraphs(body), factBoxes: report.factBoxes };
}

/** Each recorded reason: fixed (its test no longer holds), open, or one a person must check. */
export function reasonStatuses(report: Report, body: string): ReasonStatus[] {
  const view = viewOf(report, body);
  return report.draftReasons.map((reason) => {
    const name = Object.keys(RETESTABLE).find((n) => RETESTABLE[n]!.test(reason));
    if (!name) return { reason, state: 'check' };
    const rule = DRAFT_REASONS.find((r) => r.name === name)!;
    return { reason, state: rule.test(view) ? 'open' : 'fixed' };
  });
}

/** A draft is ready to publish when every reason left in its file is fixed (none left: ready too). */
export function isReady(statuses: readonly ReasonStatus[]): boolean {
  return statuses.every((s) => s.state === 'fixed');
}
