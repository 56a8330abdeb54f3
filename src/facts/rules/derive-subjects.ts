/**
 * The subject: what the number counts. Named steps (SUBJECT_RULES in subject-patterns.ts
 * holds each one's examples):
 * - verb-after: the clause after the number starts with a verb (2次召开意见征集会 → 召开意见征集会).
 * - counted-noun-after: a noun follows the counting word (由10名专职督学和… → 专职督学); a long
 *   enough predicate after it becomes a relative clause (6支队伍参加…总决赛 → 参加…总决赛的队伍).
 * - apposition-list: a short list just before such a number is added in brackets
 *   (音乐、体育、美术三支教师队伍 → 教师队伍（音乐、体育、美术）).
 * - clause-before: the words of the number's clause before it (参加培训教师达5万余人次).
 * - examples-before-deng: "A、B等C" keeps C when C is long enough to stand alone.
 * - enumeration-inherits: a short later item takes the first item's head or tail
 *   (一等奖28人、二等奖8人; 国家级奖项及荣誉300余项、市级1000余项).
 * - subset-of-total: a prize counted after 其中 is won by the actor of the total before it
 *   (教师参加…获奖636人次，其中全国一等奖74人次 → 教师获全国一等奖).
 * - award-gets-contest: a bare prize name gets the contest named before it in the sentence.
 */
import { AWARD_CONTEST, COUNTED_NOUN, ENUMERATION, EXAMPLES_BEFORE_DENG, SUBJECT_TRIM, SUBSET_OF_TOTAL } from '../subject-patterns.ts';
import type { Candidate, ExtractRule, ExtractState } from '../state.ts';
import { nextInSentence, postClause, preClause, previousInSentence } from '../state.ts';
import { periodMatches } from './find-periods.ts';

/** Keeps what follows the last inner verb, when something is left. */
function afterLastVerb(s: string): string {
  let at = -1;
  for (const m of s.matchAll(SUBJECT_TRIM.innerVerbs)) at = m.index + m[0].length;
  if (at < 0) return s;
  const rest = s.slice(at);
  return rest.length >= 2 ? rest : s;
}

function clean(s: string): string {
  if (!s) return s;
  let out = afterLastVerb(s);
  for (const [a, b] of periodMatches(out).sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + out.slice(b);
  let prev = '';
  while (prev !== out) {
    prev = out;
    out = out.replace(SUBJECT_TRIM.leading, '').replace(SUBJECT_TRIM.trailing, '');
  }
  return out.replace(/[、，,]+$/, '');
}

/** The last maxLength characters, starting after a 、 or ， when one falls in the cut-off part. */
function tail(s: string): string {
  if (s.length <= SUBJECT_TRIM.maxLength) return s;
  const cut = s.slice(-SUBJECT_TRIM.maxLength);
  const i = cut.search(/[、，]/);
  return i >= 0 && i < cut.length - 2 ? cut.slice(i + 1) : cut;
}

const CLAUSE_END = '，。；：！？,;:!?';

/**
 * counted-noun-after: the noun phrase right after the counting word, up to the clause end or
 * the next fact, with what is said about it. Null when a verb or nothing follows.
 */
function countedNounAfter(state: ExtractState, c: Candidate, nextStart: number): { noun: string; predicate: string } | null {
  const text = state.texts[c.para]!;
  let end = c.suffixEnd;
  const limit = Math.min(c.sentenceEnd, nextStart);
  while (end < limit && !CLAUSE_END.includes(text[end]!)) end++;
  const after = text.slice(c.suffixEnd, end);
  if (!after || after[0] === '、' || SUBJECT_TRIM.postVerbs.test(after)) return null;
  const p = after.search(COUNTED_NOUN.predicateStart);
  if (p === 0) return null;
  let noun = p > 0 ? after.slice(0, p) : after;
  let predicate = p > 0 ? after.slice(p).replace(COUNTED_NOUN.predicateAdverbs, '') : '';
  const de = noun.lastIndexOf('的');
  if (de >= 0) noun = noun.slice(de + 1);
  else {
    const j = noun.search(COUNTED_NOUN.conjunction);
    if (j > 0) {
      noun = noun.slice(0, j);
      predicate = '';
    }
  }
  noun = noun.replace(/、.*$/, '');
  if (noun.length < 2 || noun.length > COUNTED_NOUN.maxNounLength) return null;
  return { noun, predicate };
}

/** enumeration-inherits: the later item X after "、" takes the head or tail of the previous subject. */
function inherit(item: string, previous: string): string {
  if (item.length > ENUMERATION.maxItemLength || previous.length <= item.length) return item;
  const level = ENUMERATION.levelWord;
  if (new RegExp(`^(?:${level.source})$`).test(item) && level.test(previous)) return previous.replace(level, item);
  // Shared tail: 一等奖 / 二等奖 end alike, so the item replaces the same-length end of the first.
  if (item.at(-1) === previous.at(-1)) return previous.slice(0, -item.length) + item;
  return item;
}

/** award-gets-contest: the last contest named before the number in its sentence. */
function contestBefore(state: ExtractState, c: Candidate): string | null {
  const before = state.texts[c.para]!.slice(c.sentenceStart, c.prefixStart);
  let last: string | null = null;
  for (const m of before.matchAll(AWARD_CONTEST.contest)) last = m[0];
  return last ? last.replace(AWARD_CONTEST.lead, '') || null : null;
}

/** subset-of-total: the subject of the last fact before the 其中 clause holding `c`, if any. */
function totalBefore(state: ExtractState, c: Candidate, subjects: Map<Candidate, string>): string | undefined {
  const text = state.texts[c.para]!;
  let from = c.prefixStart;
  while (from > c.sentenceStart && !CLAUSE_END.includes(text[from - 1]!)) from--;
  if (!SUBSET_OF_TOTAL.opener.test(text.slice(from, c.prefixStart))) return undefined;
  let total: string | undefined;
  for (const [o, s] of subjects) if (o.para === c.para && o.sentenceStart === c.sentenceStart && o.suffixEnd <= from) total = s;
  return total;
}

export const deriveSubjects: ExtractRule = (state) => {
  const subjects = new Map<Candidate, string>();
  const candidates = state.candidates.map((c) => {
    if (c.dropped) return c;
    const text = state.texts[c.para]!;
    const rawPre = preClause(state, c);
    const pre = clean(rawPre);
    const post = clean(postClause(state, c));
    const prev = previousInSentence(state, c);
    const next = nextInSentence(state, c);
    const counted = countedNounAfter(state, c, next ? next.prefixStart : text.length);
    let subject: string;
    if (post && SUBJECT_TRIM.postVerbs.test(post)) subject = post.slice(0, SUBJECT_TRIM.maxLength);
    else if (counted) {
      const { noun, predicate } = counted;
      subject = predicate.length >= COUNTED_NOUN.predicateMinLength && predicate.length + noun.length < SUBJECT_TRIM.maxLength ? `${predicate}的${noun}` : noun;
      const list = afterLastVerb(rawPre);
      if (COUNTED_NOUN.appositionList.test(list) && subject.length + list.length + 2 <= SUBJECT_TRIM.maxLength) subject = `${subject}（${list}）`;
    } else if (post && SUBJECT_TRIM.danglingEnd.test(pre)) subject = post.slice(0, SUBJECT_TRIM.maxLength);
    else if (pre.length >= 2) subject = tail(pre);
    else if (post) subject = post.slice(0, SUBJECT_TRIM.maxLength);
    else subject = pre || (state.paragraphs[c.para]!.label ?? '');

    const deng = EXAMPLES_BEFORE_DENG.pattern.exec(subject);
    if (deng && deng[1]!.length >= EXAMPLES_BEFORE_DENG.minHead) subject = deng[1]!;

    // Only an item joined to the previous fact by 、 alone is a later item of its enumeration.
    const prevSubject = prev && subjects.get(prev);
    if (prevSubject && !counted && text.slice(prev!.suffixEnd, c.prefixStart) === `、${rawPre}` && rawPre === subject) subject = inherit(subject, prevSubject);

    const total = SUBSET_OF_TOTAL.award.test(subject) ? totalBefore(state, c, subjects) : undefined;
    const actorEnd = total?.search(SUBSET_OF_TOTAL.actorEnd) ?? -1;
    if (total && actorEnd >= 1 && actorEnd <= SUBSET_OF_TOTAL.maxActor && !subject.startsWith(total.slice(0, actorEnd))) subject = `${total.slice(0, actorEnd)}获${subject}`;

    if (AWARD_CONTEST.bareAward.test(subject)) {
      const contest = contestBefore(state, c);
      if (contest) subject = `${contest}${subject}`;
    }
    subjects.set(c, subject);
    return { ...c, subject };
  });
  return { ...state, candidates };
};
