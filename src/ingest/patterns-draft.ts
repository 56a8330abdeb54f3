/**
 * The publish gate: what holds a report back as a draft, each reason a test on the finished
 * state and the sentence staff read. Split from patterns.ts, which re-exports it.
 */
import { isName } from './byline-names.ts';
import { HEADER_DATE, HEADLINE_LIST, SPACED_ROLE_LABEL } from './patterns-portal.ts';
import { HAS_SENTENCE } from './patterns.ts';
import { foldToSimplified } from '../text/script-fold.ts';

/**
 * What holds a report back from publishing (`draft: true`): each a test on the finished state
 * and the sentence staff read. Anything else doubtful is a warning only (a paragraph without
 * end punctuation, a removed ad). Examples: a page with no headline line; a page whose text
 * names no date at all; a 作者 field holding `首页 举报`.
 */
export const DRAFT_REASONS: { name: string; test: (s: DraftView) => boolean; reason: (s: DraftView) => string }[] = [
  { name: 'no-title', test: (s) => s.title === null, reason: () => '未找到标题：请在 title 中填写报道标题。' },
  { name: 'no-date', test: (s) => s.date === null, reason: () => '无法确定发布日期：请在 date 中填写（YYYY-MM-DD、YYYY-MM 或 YYYY）。' },
  { name: 'doubtful-byline', test: (s) => s.doubtfulNames.length > 0, reason: (s) => `署名处的“${s.doubtfulNames.join('、')}”不像人名，未列为作者：请核对 authors。` },
  { name: 'no-body', test: (s) => s.paragraphs.length === 0, reason: () => '没有找到正文段落：请检查原文。' },
  {
    name: 'short-title',
    test: (s) => s.title !== null && s.title.replace(/\s/g, '').length < BODY_EDGE.minTitle,
    reason: (s) => `标题“${s.title}”太短，可能是网页按钮或栏目名而不是标题：请核对 title。`,
  },
  {
    // A unit's name alone (`某某幼儿园`, `某某区教育局`) is a page's header or a signature, more
    // often than the headline: held for a look.
    name: 'unit-title',
    test: (s) => s.title !== null && UNIT_TITLE.test(s.title.replace(/\s/g, '')),
    reason: (s) => `标题“${s.title}”只是一个单位的名称，可能是网页页头或落款而不是标题：请核对 title。`,
  },
  {
    name: 'title-disagrees',
    test: (s) => s.title !== null && s.statedTitles.length > 0 && !s.statedTitles.some((t) => sameTitle(t, s.title!)),
    reason: (s) => `页面自己写明的标题是“${s.statedTitles[0]}”，与取到的标题“${s.title}”不同：请核对 title。`,
  },
  {
    name: 'body-edge',
    test: (s) => strayEdge(s.paragraphs) !== null,
    reason: (s) => {
      const { where, text } = strayEdge(s.paragraphs)!;
      return `正文${where}的“${text}”不像正文，可能是网页杂项：请核对后删除或保留。`;
    },
  },
  {
    // A mirror site prints the pinyin of some characters after them (`学(xué)`): normalize-lines cut
    // it, but the copy may be garbled in other ways; staff compare the headline and text with the page.
    name: 'mirror-text',
    test: (s) => s.lines.some((l) => l.cuts?.some((c) => c.reason === MIRROR_PINYIN_REASON)),
    reason: () => '原文来自转载镜像站，字后夹有拼音注音（已删除）：请对照原网页核对标题和正文。',
  },
  {
    // A credit line the byline stage could not read (`文|《某某周刊》记者甲、乙,特约撰稿丙 编辑丁`):
    // its names are missing from authors and the line would be printed as text.
    name: 'unread-byline',
    test: (s) => unreadByline(s.paragraphs) !== null,
    reason: (s) => `正文里的“${unreadByline(s.paragraphs)}”像署名行，但没有读出作者：请核对 authors，并删去这一行。`,
  },
  {
    // The date was inferred from the text, yet the page's header prints a full date the ingest
    // could not read as the page's (a shape of date row it does not know): staff check it.
    name: 'unread-date',
    test: (s) => s.date !== null && s.dateStated === false && unreadHeaderDate(s.lines) !== null,
    reason: (s) => `页首“${unreadHeaderDate(s.lines)}”里有完整日期，但没有读作发布日期（现为推断的 ${s.date}）：请核对 date。`,
  },
  { name: 'empty-fact-box', test: (s) => s.factBoxes.some((b) => b.items.length === 0 || b.items.some((i) => !i.text.trim())), reason: () => '“数说”栏目没有读出内容：请核对 factBoxes。' },
];
/**
 * Evidence at the body's edges and in the headline. A paragraph of a few characters with no
 * punctuation or digit at the start or end of the body is a stray word of the page (`微信团队`,
 * `关注我们`), unless it is a personal name (a signature); so is a bare number (a counter, `0`);
 * a one-character fragment is a page cut
 * off by its archive, not furniture. A headline under `minTitle` characters is more often a
 * column name or a button (`通知公告`, `查看原文`) than a headline, so it is held for a look.
 */
export const BODY_EDGE = { minStray: 2, maxStray: 10, minTitle: 5 };

function isStrayWord(p: string): boolean {
  const t = p.trim();
  if (HEADLINE_LIST.counter.test(t)) return true;
  return t.length >= BODY_EDGE.minStray && t.length <= BODY_EDGE.maxStray && /^[\u3400-\u9fffA-Za-z\s·]+$/.test(t) && !isName(foldToSimplified(t.replace(/\s/g, '')));
}

/**
 * A stray word standing alone next to running text at either end of the body (the last item of
 * a list the article introduces stands next to other items, and is the article's).
 */
function strayEdge(paragraphs: readonly string[]): { where: '开头' | '结尾'; text: string } | null {
  const prose = (p: string | undefined) => p !== undefined && HAS_SENTENCE.test(p);
  const [first, second] = paragraphs;
  const last = paragraphs[paragraphs.length - 1];
  const before = paragraphs[paragraphs.length - 2];
  if (first !== undefined && isStrayWord(first) && prose(second)) return { where: '开头', text: first };
  if (last !== undefined && paragraphs.length > 1 && isStrayWord(last) && prose(before)) return { where: '结尾', text: last };
  return null;
}

/** A short paragraph without a sentence end that opens with a role label (`文|`, `记者：`, `编 辑`). */
function unreadByline(paragraphs: readonly string[]): string | null {
  return paragraphs.find((p) => p.length <= UNREAD_BYLINE.maxLength && !/[。！？!?]/.test(p) && SPACED_ROLE_LABEL.test(foldToSimplified(p.trim()))) ?? null;
}
/** A byline line is short; an interview's `记者：…？` is a question, not a credit. */
const UNREAD_BYLINE = { maxLength: 60 };

/**
 * A line above the article's first sentence (unclaimed, or taken for furniture) that prints a
 * full date and is no sentence (`校园快讯 ※ 2023.10.18 ※ 第3期`), or null.
 */
function unreadHeaderDate(lines: DraftView['lines']): string | null {
  for (const l of lines) {
    const t = l.fold ?? '';
    // The article has begun at its first sentence of text.
    if (l.role === 'body' && /[。！？!?]/.test(t)) return null;
    if (t && t.length <= 60 && !/[，。；！？,;!?]/.test(t) && HEADER_DATE.yearFirst.test(t)) return t;
  }
  return null;
}

/**
 * A headline that is only a school's or an education office's name: `某某区长椿街幼儿园`,
 * `重庆高新区西苑中学`, `某某区教育局` — short, the name and its kind. Not `走进某某小学` (a verb
 * before the name) nor `流动图书车开进山区小学` (a sentence ending with a school: too long for a name).
 */
const UNIT_TITLE = /^(?!.*(走进|来到|探访|走访|访问|探秘|开进|致|在))[\u4e00-\u9fa5]{1,7}(学校|中学|小学|幼儿园|学院|大学|教育局|教委|教研室)$/;

/** Two headlines agree when one holds the other once NFKC and spaces are set aside. */
function sameTitle(a: string, b: string): boolean {
  const n = (x: string) => foldToSimplified(x.normalize('NFKC').replace(/\s+/g, ''));
  return n(a).includes(n(b)) || n(b).includes(n(a));
}

/** The reason normalize-lines records for a mirror site's inline pinyin. */
export const MIRROR_PINYIN_REASON = 'mirror-site pinyin';

/** The state fields the draft tests read. */
export interface DraftView {
  /** The source's lines, with what was cut out of each (and, from the ingest, their text and role). */
  lines: readonly { cuts?: readonly { reason: string }[]; fold?: string; role?: string | null }[];
  /** Whether the page states its date (false: inferred from the text; the desk's view leaves it out). */
  dateStated?: boolean | null;
  /** Headlines the page states of itself (`原标题:`, a `标题:` metadata row), to check the one taken. */
  statedTitles: string[];
  title: string | null;
  date: string | null;
  doubtfulNames: string[];
  paragraphs: string[];
  factBoxes: { items: { text: string }[] }[];
}

