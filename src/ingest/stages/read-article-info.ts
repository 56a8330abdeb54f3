/**
 * read-article-info: the fields a web page prints around its headline (发布时间, 来源, 作者,
 * 浏览 …), wherever they stand: several on one line, a key on one line and its value on the
 * next, a bare date-and-time line, a header glued to the headline (`标题http://… 2007年… 某报`).
 * Each such line is removed as article info; what it states becomes the date (stated), the
 * publisher and the authors. Page buttons in a value (`来源: 打印正文`) are nobody's name.
 */
import { namesOf } from '../byline-names.ts';
import { ANONYMOUS, BARE_INFO_KEY, LIST_BULLET, SITE_ADDRESS, SLASH_DATELINE, BUTTON_VALUE, GLUED_HEADER, HEADER_DATE, INFO_FIELD, INFO_KEYS, INFO_LINE, INFO_ROW_BYLINE, OUTLET_LINK, SOURCE_LINK, infoKey } from '../patterns-portal.ts';
import { cutFromLine, type IngestState, type SourceLine } from '../state.ts';

const pad = (n: string) => n.padStart(2, '0');

/** The first full date in `text` as YYYY-MM-DD, or null (a day-month without a year is no date). */
export function headerDate(text: string): { date: string; at: number; length: number } | null {
  const y = HEADER_DATE.yearFirst.exec(text);
  const d = HEADER_DATE.dayFirst.exec(text);
  const pick = y && (!d || y.index <= d.index) ? { m: y, ymd: [y[1]!, y[2]!, y[3]!] } : d ? { m: d, ymd: [d[3]!, d[2]!, d[1]!] } : null;
  if (!pick) return null;
  const [year, month, day] = pick.ymd as [string, string, string];
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  return { date: `${year}-${pad(month)}-${pad(day)}`, at: pick.m.index, length: pick.m[0].length };
}

/** A labelled date written as `20051128`, as `2005-11-28` (null when it is not one). */
function compactDate(value: string): string | null {
  const m = HEADER_DATE.compact.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** A publisher value: the first word that is not a date, a time or a page button. */
function publisherOf(value: string): string | null {
  const words = value
    .replace(HEADER_DATE.yearFirst, ' ')
    .replace(HEADER_DATE.time, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[【〖\[(（]+|[】〗\])）]+$/g, ''))
    .filter((w) => w && !BUTTON_VALUE.test(w) && !ANONYMOUS.test(w) && !/^\d/.test(w));
  return words[0] ?? null;
}

export function readArticleInfo(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  let { date, datePrecision, dateStated, publisher, sourceUrl, photoCredit } = s;
  const dateEvidence = [...s.dateEvidence];
  const authors = [...s.authors];
  const doubtfulNames = [...s.doubtfulNames];
  const statedTitles = [...s.statedTitles];
  const state = () => ({ date, datePrecision, dateStated, dateEvidence, publisher, sourceUrl, photoCredit, authors, doubtfulNames, statedTitles });
  // Set when the date or publisher came from a weak key (成文日期, 发布机构): a strong one replaces it.
  let weakDate = false;
  let weakPublisher = false;
  const statesDate = (text: string, evidence: string, weak = false) => {
    const d = headerDate(text);
    if (!d || (dateStated && (weak || !weakDate))) return;
    date = d.date;
    datePrecision = 'day';
    dateStated = true;
    weakDate = weak;
    dateEvidence.push(evidence);
  };
  const addPublisher = (value: string, weak = false) => {
    if (publisher && (weak || !weakPublisher)) return;
    const p = publisherOf(value);
    if (!p) return;
    publisher = p;
    weakPublisher = weak;
  };
  const addAuthors = (value: string) => {
    const { names, refused } = namesOf(value, true);
    for (const n of names) if (!authors.includes(n)) authors.push(n);
    doubtfulNames.push(...refused);
  };
  const remove = (l: SourceLine) => {
    l.role = 'removed';
    l.reason = 'article info';
  };
  const open = lines.filter((l) => l.text !== '' && l.role === null);
  const firstSentence = open.find((l) => INFO_LINE.sentence.test(l.fold) && l.fold.length > 30);

  for (let i = 0; i < open.length; i++) {
    const l = open[i]!;
    const t = l.fold;
    if (l.role !== null) continue;
    const link = SOURCE_LINK.exec(l.text) ?? OUTLET_LINK.exec(l.text);
    if (link) {
      sourceUrl ??= link[2]!;
      if (link[1] && OUTLET_LINK.test(l.text)) addPublisher(link[1]);
      l.role = 'removed';
      l.reason = 'source link';
      continue;
    }
    if (t.length > INFO_LINE.maxLength) continue;
    // A header glued to the headline, before the article starts.
    const glued = (!firstSentence || l.no <= firstSentence.no) && GLUED_HEADER.exec(l.text);
    if (glued && headerDate(glued[3]!)) {
      const rest = glued[3]!;
      statesDate(rest, l.raw);
      const tail = rest.replace(HEADER_DATE.yearFirst, ' ').replace(HEADER_DATE.time, ' ').trim().split(/\s+/).pop() ?? '';
      if (/^[\u4e00-\u9fa5]{2,12}$/.test(tail)) addPublisher(tail);
      cutFromLine(l, l.text.slice(glued[1]!.length), 'article info');
      continue;
    }
    // A date line in the header (or any line with a time of day) is the page's; a bare date
    // after the article is the signature's date (落款) and stays with it.
    if (HEADER_DATE.stampLine.test(t) && (HEADER_DATE.time.test(t) || !firstSentence || l.no < firstSentence.no)) {
      statesDate(t, l.raw);
      remove(l);
      continue;
    }
    // `某某发布 2022-09-29`: an account's header line states the date, names no publisher.
    const account = HEADER_DATE.accountStamp.exec(t);
    if (account && headerDate(account[2]!) && (!firstSentence || l.no < firstSentence.no)) {
      statesDate(account[2]!, l.raw);
      remove(l);
      continue;
    }
    // `某某社／ 某县2日电` on its own line: the wire names the publisher; the line is header.
    const wire = SLASH_DATELINE.exec(t);
    if (wire && (!firstSentence || l.no < firstSentence.no)) {
      addPublisher(l.text.slice(0, wire[1]!.length));
      remove(l);
      continue;
    }
    const withSource = HEADER_DATE.stampWithSource.exec(t);
    if (withSource && (!firstSentence || l.no < firstSentence.no)) {
      statesDate(t, l.raw);
      const at = t.length - withSource[2]!.length;
      addPublisher(l.text.slice(at));
      remove(l);
      continue;
    }
    // A key alone on its line (`文章来源`), its value on the next. In a scraper's bulleted list
    // (`- 作者:` / `- 张三`) the value is the next item only: a key with a colon outside a list
    // is an empty field, and the line under it may be the headline.
    const bare = BARE_INFO_KEY.exec(t);
    const listed = LIST_BULLET.test(t);
    const next = open[i + 1];
    const value = next ? next.text.replace(LIST_BULLET, '') : '';
    const valueFold = next ? next.fold.replace(LIST_BULLET, '') : '';
    const nextIsValue =
      next !== undefined &&
      !BARE_INFO_KEY.test(next.fold) &&
      (listed ? LIST_BULLET.test(next.fold) : !/[:：]\s*$/.test(t)) &&
      valueFold.length <= 20 &&
      !/[，。,;；]/.test(valueFold) &&
      (!/[:：]/.test(valueFold) || (INFO_KEYS.date.includes(bare?.[1] ?? '') && headerDate(valueFold) !== null));
    if (bare && (nextIsValue || listed)) {
      const key = bare[1]!;
      if (nextIsValue) {
        if (INFO_KEYS.publisher.includes(key)) addPublisher(value);
        else if (INFO_KEYS.author.includes(key)) addAuthors(value);
        else if (INFO_KEYS.date.includes(key)) statesDate(valueFold, `${l.raw} ${next!.raw}`);
        remove(next!);
        i++;
      }
      remove(l);
      continue;
    }
    if (INFO_LINE.sentence.test(t)) continue;
    const fields = [...t.matchAll(INFO_FIELD)];
    if (!fields.length) {
      // A date (and time) opening a short header row without fields: the page's date; an
      // outlet named in the row is the publisher.
      const row = HEADER_DATE.stampRow.exec(t);
      if (row && headerDate(row[1]!) && (!firstSentence || l.no < firstSentence.no)) {
        statesDate(row[1]!, l.raw);
        const outlet = row[2]!.split(/[\s\-|｜/·]+/).find((w) => HEADER_DATE.stampOutlet.test(w));
        if (outlet) addPublisher(outlet);
        remove(l);
      }
      continue;
    }
    // What precedes the first key is a word at most (`转载`), a date, or a day and time
    // without a year (`05-20 11:49:00 来源:…`: furniture, but no date is stated).
    const lead = t.slice(0, fields[0]!.index).trim();
    const leadByline = INFO_ROW_BYLINE.exec(lead);
    if (lead.length > 6 && !headerDate(lead) && !HEADER_DATE.yearlessStamp.test(lead) && !leadByline && !SITE_ADDRESS.test(lead)) continue;
    if (leadByline) {
      const at = t.indexOf(leadByline[1]!);
      addAuthors(l.text.slice(at, at + leadByline[1]!.length));
    }
    for (const f of fields) {
      const key = infoKey(f[1]!);
      // Values are cut from the author's text at the fold's offsets (same length).
      const at = f.index + f[0].length - f[2]!.length;
      const value = l.text.slice(at, at + f[2]!.length).replace(/[】〗\]）)]\s*$/, '').trim();
      if (INFO_KEYS.date.includes(key)) statesDate(compactDate(value) ?? value, l.raw, INFO_KEYS.weakDate.includes(key));
      else if (INFO_KEYS.publisher.includes(key) && value) addPublisher(value, INFO_KEYS.weakPublisher.includes(key));
      else if (INFO_KEYS.author.includes(key) && value) addAuthors(value);
      else if (INFO_KEYS.photo.includes(key) && value) photoCredit ??= l.text.slice(f.index, at + f[2]!.length).trim();
      else if (key === '标题' && value.length >= 4) statedTitles.push(value);
    }
    // Any other date in the row, as a last resort (a field's key wins over it).
    statesDate(t, l.raw, true);
    remove(l);
  }
  // An editor's line in the header may carry the page's date (`编辑:某某 日期:20051128`): the
  // line stays the editor credit it was taken for, its date is stated.
  for (const l of lines) {
    if (dateStated || (firstSentence && l.no >= firstSentence.no)) break;
    if (l.reason !== 'editor credit') continue;
    for (const f of l.fold.matchAll(INFO_FIELD)) if (INFO_KEYS.date.includes(infoKey(f[1]!))) statesDate(compactDate(f[2]!) ?? f[2]!, l.raw);
  }
  return { ...s, lines, ...state() };
}
