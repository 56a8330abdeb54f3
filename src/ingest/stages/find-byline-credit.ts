/**
 * find-byline-credit: bylines and photo credits, in the shapes pages print them:
 * - a line of its own at the start or after the article: `记者 X 通讯员 Y`, `全媒体记者 X`,
 *   `江海波 文秀月 胡忠英`, `（X）`;
 * - glued to the start of the lede: `◎某某日报全媒体记者 X “……`, `N本报记者 X Y 实习生 Z 本报讯 ……`
 *   (cut from the line and recorded);
 * - the dateline that opens the lede: `某某网9月10日讯(通讯员 X)` names the publisher and the
 *   authors, and stays in the text;
 * - in parentheses at the end of the article: `……讲话。(某某日报记者X)` (cut and recorded).
 * Photo credits (`图片由…提供`, `（X摄）`, `X供图`) are kept verbatim. Authors keep names only.
 */
import { isName, namesOf } from '../byline-names.ts';
import { BYLINE_ROLES, DATELINE, DATELINE_BYLINE, HEADLINE, LEADING_BYLINE_ROLE, TRAILING_BYLINE, UNIT_BEFORE_BYLINE, UNIT_LINE, roleLabel } from '../patterns-portal.ts';
import { BYLINE, HAS_SENTENCE, PHOTO_CREDIT } from '../patterns.ts';
import { cutFromLine, type IngestState, type SourceLine } from '../state.ts';
import { foldToSimplified } from '../../text/script-fold.ts';

/** The writer's part of a credit row: `文:乙`, `文字／乙`, `撰稿：乙` (names up to the next label). */
const WRITER_IN_CREDIT = /(?:^|[\s(（|丨｜])(?:文|文字|撰稿|作者)\s*[:：/／|丨｜]\s*([\u4e00-\u9fa5·]{2,4}(?:[、，,][\u4e00-\u9fa5·]{2,4})*)/;

/** A photographer's word in a line of names (`周凡 摄影报道`): a credit line, not a list of names. */
const PHOTO_BYLINE_WORD = /摄|图/;

/** A bar left after the last paragraph's end by the page (`……。(X) |`). */
const TRAILING_SEPARATOR = /(?<=[）)])\s*[|｜丨]\s*$/;

/**
 * A byline without a role word at the end of the last paragraph: `……。(张三)`, `……。(某某日报 张三 李四)`.
 * Only when every word in the parentheses (after an outlet) passes the name test.
 */
function trailingNames(fold: string): { index: number } | null {
  const m = BYLINE.trailingNames.exec(fold);
  if (!m) return null;
  const words = m[1]!.split(/[\s、]+/).filter(Boolean);
  return words.length && words.every((w) => isName(w)) ? { index: m.index } : null;
}

/**
 * `某某中学 甲`, `某某局 甲 乙`: the unit's name, then names only. Returns the unit's length, or
 * null unless every word after it passes the name test (`afterRole`: as after a role word).
 */
function unitThenNames(fold: string, afterRole: boolean): number | null {
  const unit = UNIT_BEFORE_BYLINE.exec(fold);
  if (!unit) return null;
  const words = fold.slice(unit[0].length).split(/[\s、]+/).filter(Boolean);
  return words.length && words.every((w) => isName(w, afterRole)) ? unit[0].length : null;
}

/** Names in a byline line (kept for callers that pass a whole line). */
export function bylineNames(text: string): string[] {
  return namesOf(text.replace(/^[◎■●◆□]/, '').replace(PHOTO_BYLINE, ' ').replace(PLACE_REPORTED, ' ').replace(/[（()）]/g, ' ')).names;
}

/** The first role word inside a dateline's parentheses. */
const BYLINE_ROLE_WORD = /(特约记者|记者|特约通讯员|通讯员|实习生|作者|采访人员)/;

/** `记者甲／台北报导`: the place the report was filed from is not a name. */
const PLACE_REPORTED = /[/／]\s*[\u4e00-\u9fa5]{2,6}(报道|报导|報導|報道)$/;

/** The photographer's part of a byline (`文/甲 图/乙`, `摄影：乙`): a credit, not an author. */
const PHOTO_BYLINE = /(图|图片|摄影|摄)\s*[/／:：|丨｜]\s*[\u4e00-\u9fa5·]{2,4}/g;

/**
 * A byline glued to the start of a line: the role word, then names separated by spaces (role
 * words may recur), up to the first word that is not a name. Returns the byline's length in
 * the line and its names, or null.
 */
export function leadingByline(fold: string): { length: number; names: string[] } | null {
  const role = LEADING_BYLINE_ROLE.exec(fold);
  if (!role) return null;
  let at = role[0].length;
  const names: string[] = [];
  for (;;) {
    const m = /^\s*([\u4e00-\u9fa5·]{2,6})(?=\s)/.exec(fold.slice(at));
    if (!m) break;
    const word = m[1]!;
    if (/^(记者|通讯员|实习生|特约通讯员|摄影记者)$/.test(word)) at += m[0].length;
    else if (isName(word, true)) {
      names.push(word);
      at += m[0].length;
    } else break;
  }
  return names.length ? { length: at, names } : null;
}

/**
 * The lede that opens with a dateline (`本报讯(记者 X)…`), among the first `ledeWithin` unclaimed
 * lines: the article's first text even under a photo's caption sentence (find-captions uses it too).
 */
export function datelineLede(content: readonly SourceLine[]): SourceLine | undefined {
  return content.filter((l) => l.text !== '' && l.role === null).slice(0, DATELINE.ledeWithin).find((l) => DATELINE.lede.test(l.fold));
}

/** The dateline's publisher: the outlet before the place and date; null for `本报讯`. */
export function datelinePublisher(text: string, fold: string): string | null {
  const m = DATELINE.pattern.exec(fold);
  if (!m) return null;
  const [, who = '', day, kind] = m;
  if (DATELINE.self.test(who)) return null;
  const outlet = DATELINE.outletEnd.exec(who);
  // Without a date, only a word that names an outlet opens a dateline (`一条好消息` does not),
  // or one that a reporter's parentheses follow (`某某讯(记者 X)`: the shape of a dateline).
  if (!outlet && !day && !(kind === '讯' && DATELINE.reporterAfter.test(fold.slice(m.index + m[0].length)))) return null;
  if (kind === '消息' && !outlet) return null;
  const at = m[0].indexOf(who);
  const name = outlet ? outlet[1]! : who;
  return text.slice(at, at + name.length);
}

export function findBylineCredit(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const authors = [...s.authors];
  const doubtfulNames = [...s.doubtfulNames];
  let publisher = s.publisher;
  let photoCredit = s.photoCredit;
  const addAuthors = (names: string[]) => {
    for (const n of names) if (!authors.includes(n)) authors.push(n);
  };
  const content = lines.filter((l) => l.text !== '' && l.role === null && (s.boxStart === null || l.no < s.boxStart));
  const lastText = content.findLast((l) => HAS_SENTENCE.test(l.fold));
  // A lede that opens with a dateline (`本报讯(记者 X)…`) is the first text even under a photo's caption sentence.
  const dated = datelineLede(content);
  // A page's greeting (`欢迎访问某某网站!`) ends in a sentence mark but is no article text.
  const firstText = dated ?? content.find((l) => HAS_SENTENCE.test(l.fold) && !HEADLINE.greeting.test(l.fold));
  // One name alone right above a lede that opens with its dateline (`张三` / `本报讯 近日……`) is the reporter.
  // Only above a dateline: over plain text a lone word passing the name test is as often a label (`文旅`).
  const aboveDated = dated ? content[content.indexOf(dated) - 1] : undefined;

  for (const l of content) {
    if (dated && l.no < dated.no) continue;
    // `记 者 | 张三` reads as `记者:张三`.
    // `记者: 张三/某地报导。`: the place line may close with a full stop.
    const t = roleLabel(l.fold, l.fold).replace(/(报道|报导)[。.]$/, '$1');
    if (PHOTO_CREDIT.line.some((p) => p.test(t))) {
      // Which figure (if any) a credit belongs to is decided by find-captions. A credit row that
      // also names the writer (`(图:甲 文:乙 审核:丙)`) gives the writer as the author.
      l.role = 'credit';
      const writer = WRITER_IN_CREDIT.exec(t);
      if (writer) addAuthors(namesOf(l.text.slice(writer.index + writer[0].length - writer[1]!.length, writer.index + writer[0].length), true).names);
      continue;
    }
    const inTail = lastText !== undefined && l.no > lastText.no;
    const nearStart = firstText === undefined || l.no <= firstText.no;
    // Names only above the first sentence (`林小舟 韩冬` under a headline): two or more names in a row are
    // evidence enough for a rare dictionary word with a surname first (`唐一禾`), as after a role word.
    const namesAbove = nearStart && BYLINE.nameList.test(t) && t.split(/\s+/).every((w) => isName(w, true));
    // One name alone right above a lede that opens with its dateline (`张三` / `本报讯 近日……`): the reporter.
    // Only above a dateline: over plain text a lone word passing the name test is as often a label (`文旅`).
    // One name alone on the line under the unit's name, above the first sentence (`某某小学` / `张三`): the writer.
    const prev = content[content.indexOf(l) - 1];
    const underUnit = nearStart && prev !== undefined && prev.role === null && !prev.hint?.headline && UNIT_LINE.test(prev.fold);
    if ((l === aboveDated || underUnit) && /^[\u4e00-\u9fa5·]{2,4}$/.test(t) && isName(t)) {
      l.role = 'byline';
      addAuthors(namesOf(l.text, true).names);
      continue;
    }
    // `（通讯员 甲 乙）`, `（职工通讯员 甲 乙）`, `某某中学 通讯员 甲`, `某某中学 甲`: the byline inside parentheses or after the unit's name.
    // After the article only the parenthesized shape, `（某某幼儿园 张三）`, each name passing the test on its own.
    const inner = t.replace(/^[（(]\s*(.*?)\s*[）)]$/, '$1');
    const unit = UNIT_BEFORE_BYLINE.exec(inner);
    const rest = unit ? inner.slice(unit[0].length) : inner;
    const unitNames = (nearStart || (inTail && inner !== t)) && unitThenNames(inner, nearStart) !== null;
    const ownLine =
      namesAbove ||
      unitNames ||
      ((BYLINE.prefixed.test(t) || BYLINE.prefixed.test(rest)) && !HAS_SENTENCE.test(t) && (inTail || nearStart)) ||
      (inTail && (BYLINE.parenthesized.test(t) || BYLINE.nameList.test(t) || BYLINE.nameWithRole.test(t) || /^[\u4e00-\u9fa5·]{2,4}$/.test(t)));
    if (ownLine && (namesAbove || unitNames || bylineNames(t).length)) {
      l.role = 'byline';
      const own = unit ? l.text.slice(l.text.indexOf(unit[0]) + unit[0].length).replace(/[）)]\s*$/, '') : l.text;
      // A list of names only after the article (`甲 乙`): two or more in a row are evidence enough
      // for a rare dictionary word with a surname first, as above the text; a word that still
      // fails the test stands in a byline, so it is held for staff (doubtful), never dropped unseen.
      const tailList = !namesAbove && !unitNames && BYLINE.nameList.test(t) && !BYLINE_ROLES.test(t) && !PHOTO_BYLINE_WORD.test(t);
      const listed = namesAbove || unitNames || tailList ? namesOf(own, true) : null;
      addAuthors(listed ? listed.names : bylineNames(roleLabel(own, foldToSimplified(own))));
      if (tailList) doubtfulNames.push(...listed!.refused.filter((w) => !authors.includes(w)));
      const photo = l.text.match(PHOTO_BYLINE);
      if (photo) photoCredit ??= photo.join(' ');
    }
  }

  // The unit's name on the line over a byline above the text (`高新区云栖小学` / `通讯员 甲 乙`) goes with it.
  for (const [i, l] of content.entries()) {
    const over = content[i - 1];
    if (l.role === 'byline' && (firstText === undefined || l.no <= firstText.no) && over?.role === null && !over.hint?.headline && UNIT_LINE.test(over.fold)) {
      over.role = 'removed';
      over.reason = 'byline';
    }
  }

  if (firstText) {
    const lead = leadingByline(firstText.fold);
    if (lead) {
      // Names are read in the fold and written as the author's text has them (王曉, not 王晓).
      addAuthors(namesOf(firstText.text.slice(0, lead.length).replace(/^[◎■●◆□A-Z]/, '')).names.filter((n) => lead.names.includes(foldToSimplified(n))));
      cutFromLine(firstText, firstText.text.slice(0, lead.length), 'byline');
    }
    publisher ??= datelinePublisher(firstText.text, firstText.fold);
    const dated = DATELINE.pattern.exec(firstText.fold) ?? /^(本报讯|本网讯|本台讯|讯)?/.exec(firstText.fold);
    const from = dated ? dated[0].length - (/[（(]$/.test(dated[0]) ? 1 : 0) : 0;
    // `本报讯 记者 X 报道：…` names the authors without parentheses (the text keeps them).
    const plain = leadingByline(firstText.fold.slice(from).trimStart());
    if (plain && from > 0) addAuthors(plain.names);
    // `某某网9月8日讯 (通讯员 X)`: a space may stand between the dateline and its parentheses.
    const rest = firstText.fold.slice(from);
    const skip = rest.length - rest.trimStart().length;
    const inParens = DATELINE_BYLINE.exec(rest.slice(skip));
    if (inParens && /(记者|通讯员|实习生|作者|采访人员)/.test(inParens[1]!) && inParens.index === 0) {
      const at = from + skip + inParens[0].indexOf(inParens[1]!);
      const inside = firstText.text.slice(at, at + inParens[1]!.length);
      // `(张三 通讯员 李四)`: a name before the first role word is the paper's own reporter.
      const role = BYLINE_ROLE_WORD.exec(inParens[1]!);
      const before = role ? inParens[1]!.slice(0, role.index).trim() : '';
      if (before && before.split(/[\s、]+/).every((w) => /^[\u4e00-\u9fa5·]{2,4}$/.test(w) && isName(w))) addAuthors(namesOf(inside.slice(0, role!.index), true).names);
      addAuthors(namesOf(inside).names);
    } else if (inParens && from === 0 && skip === 0 && /^[（(]/.test(rest)) {
      // `(某某局 张三)5月11日，……`: the lede opens with the unit and the writer, no dateline before them.
      const unitLength = unitThenNames(inParens[1]!, false);
      if (unitLength !== null) {
        const at = inParens[0].indexOf(inParens[1]!) + unitLength;
        addAuthors(namesOf(firstText.text.slice(at, at + inParens[1]!.length - unitLength), true).names);
      }
    }
  }
  if (lastText) {
    // `……讲话。(记者 X)`; or, with no role word, `……。(X)` / `……。(某某日报 X)` when every word passes the name test.
    // A page's separator after it (`……。(X) |`) is the page's, not the article's.
    const end = TRAILING_SEPARATOR.exec(lastText.fold)?.index ?? lastText.fold.length;
    const fold = lastText.fold.slice(0, end);
    const tail = TRAILING_BYLINE.exec(fold) ?? trailingNames(fold);
    if (tail) {
      const names = namesOf(lastText.text.slice(tail.index, end).replace(/^[（(]|[）)]$/g, '')).names;
      if (names.length) {
        addAuthors(names);
        cutFromLine(lastText, lastText.text.slice(tail.index), 'byline');
      }
    }
  }
  return { ...s, lines, authors, doubtfulNames, publisher, photoCredit };
}
