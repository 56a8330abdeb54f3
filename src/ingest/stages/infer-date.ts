/**
 * infer-date: a stated date (发布时间 …) wins. Otherwise the date is inferred and marked so:
 * an ad that opens "today" with a printed date gives the day; else the latest year the text
 * speaks of (not a target year after 到/至) gives the year, and a season phrase such as
 * "刚刚过去的这个暑假" the month. Evidence quotes are exact phrases of the source.
 */
import { DATE_HINTS } from '../patterns.ts';
import type { IngestState } from '../state.ts';

const pad = (n: string | number) => String(n).padStart(2, '0');

/** The clause (between Chinese punctuation marks) around position `at` of `text`. */
function clauseAt(text: string, at: number, length: number): string {
  const stops = /[，。；！？、：,;!?\n]/;
  let a = at;
  while (a > 0 && !stops.test(text[a - 1]!)) a--;
  let b = at + length;
  while (b < text.length && !stops.test(text[b]!)) b++;
  return text.slice(a, b).trim();
}

export function inferDate(s: IngestState): IngestState {
  if (s.dateStated) return s;
  const content = s.lines.filter((l) => l.text !== '');

  // 1. "今日开幕" in an ad (or anywhere) with a full date printed near it.
  const today = content.find((l) => DATE_HINTS.today.test(l.text));
  if (today) {
    const dated = content.filter((l) => DATE_HINTS.fullDate.test(l.text)).sort((a, b) => Math.abs(a.no - today.no) - Math.abs(b.no - today.no))[0];
    if (dated) {
      const [, y, m, d] = DATE_HINTS.fullDate.exec(dated.text)!;
      return {
        ...s,
        date: `${y}-${pad(m!)}-${pad(d!)}`,
        datePrecision: 'day',
        dateStated: false,
        dateEvidence: [DATE_HINTS.today.exec(today.raw)?.[0] ?? today.raw, dated.raw],
      };
    }
  }

  // 2. The latest year the article speaks of (`2006年…`, or a bare year naming an event,
  //    `2019爱心助学金`), with a season phrase for the month.
  const mentions: { year: number; quote: string }[] = [];
  for (const l of content) {
    if (l.role === 'removed') continue;
    for (const m of [...l.text.matchAll(DATE_HINTS.year), ...l.text.matchAll(DATE_HINTS.labelYear)]) {
      if (DATE_HINTS.futureBefore.test(l.text.slice(0, m.index))) continue;
      // A year after this one is a plan (`2030年前`), never the year the page ran.
      if (Number(m[1]) > new Date().getFullYear()) continue;
      mentions.push({ year: Number(m[1]), quote: clauseAt(l.text, m.index, m[0].length) });
    }
  }
  if (!mentions.length) return { ...s, warnings: [...s.warnings, '无法推断日期：原文没有写明发布日期，也没有可推断的年份，请在 front matter 中填写 date。'] };
  const year = Math.max(...mentions.map((m) => m.year));
  const quotes = [...new Set(mentions.filter((m) => m.year === year).map((m) => m.quote))];
  let month: number | null = null;
  for (const hint of DATE_HINTS.seasons) {
    const hit = content.map((l) => hint.pattern.exec(l.text)?.[0]).find((q) => q !== undefined);
    if (hit) {
      month = hint.month;
      quotes.unshift(hit);
      break;
    }
  }
  return {
    ...s,
    date: month ? `${year}-${pad(month)}` : String(year),
    datePrecision: month ? 'month' : 'year',
    dateStated: false,
    dateEvidence: quotes.slice(0, DATE_HINTS.maxEvidence),
  };
}
