/**
 * The facts (key statistics) of a report as its search record carries them (public/search/
 * facts.js stores and matches them): each visible fact with the link to its paragraph, its
 * number, its subject and the clause that holds it, so a search for 一等奖 lists the awards with
 * their numbers. Facts are read from the report files with the site's reader
 * (src/lib/report-file.ts), rather than scraped back out of the built HTML: the front matter
 * already has value, unit, subject and anchor as data, and staff corrections apply through the
 * loader's own fact view (src/lib/fact-view.ts), so the search shows what the pages show.
 * Drafts are skipped (`isDraft`, the loader's rule): the site has no page for them.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Fact, Report } from '../schema/report.ts';
import { readReportFile } from '../lib/report-file.ts';
import { visibleFacts } from '../lib/fact-view.ts';
import { isDraft } from '../lib/drafts.ts';
import type { SearchFact } from '../../public/search/facts.js';

/** One fact as the search record stores it: the contract is public/search/facts.js. */
export type { SearchFact };

/** Percent-encodes a text-fragment term ("-", "," and "&" are syntax there). */
const encodeTextTerm = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D');

/**
 * `/reports/<slug>/#p-3:~:text=前文-,5万余人次`: the paragraph anchor, then a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/) that makes the browser scroll to the
 * number and highlight it, with no script on the report page; where text fragments are not
 * supported the browser still goes to #p-3. The text also keeps the URLs of two facts from
 * the same paragraph apart: Pagefind keeps one record per URL.
 */
export function factUrl(slug: string, fact: Pick<Fact, 'anchor' | 'text' | 'sentence'>): string {
  const page = `/reports/${slug}/`;
  if (!fact.anchor) return page;
  const at = fact.sentence.indexOf(fact.text);
  const before = at > 0 ? fact.sentence.slice(Math.max(0, at - 8), at).trim() : '';
  return `${page}#${fact.anchor}:~:text=${before ? `${encodeTextTerm(before)}-,` : ''}${encodeTextTerm(fact.text)}`;
}

/** Punctuation that ends a clause of a sentence. */
const CLAUSE_START = ['，', '；', '。', '：'];
const CLAUSE_END = ['，', '；', '。'];

/**
 * The clause of a fact's sentence that holds its number ("排查整改隐患137处，"), not the whole
 * sentence: a sentence often carries several facts, and what the search matches a fact by
 * should be its own words (the sentence's other numbers are facts of their own). A fact whose
 * number is not in its sentence keeps the sentence (or, without one, its number).
 */
export function factClause(fact: Pick<Fact, 'sentence' | 'text'>): string {
  const at = fact.sentence ? fact.sentence.indexOf(fact.text) : -1;
  if (at < 0) return fact.sentence || fact.text;
  const start = Math.max(...CLAUSE_START.map((p) => fact.sentence.lastIndexOf(p, at) + 1));
  const ends = CLAUSE_END.map((p) => fact.sentence.indexOf(p, at + fact.text.length)).filter((i) => i >= 0);
  return fact.sentence.slice(start, ends.length ? Math.min(...ends) + 1 : undefined);
}

/**
 * What the search page needs of each visible fact of a report (hidden facts left out,
 * corrections applied: the pages' fact view), in the shape public/search/facts.js stores.
 * `clause` is the clause that holds the number without the subject, which is stored apart.
 */
export function searchFacts(slug: string, report: Report): SearchFact[] {
  const page = `/reports/${slug}/`;
  return visibleFacts(report).map((fact) => {
    const clause = factClause(fact);
    return {
      at: factUrl(slug, fact).slice(page.length),
      text: fact.text,
      subject: fact.subject,
      clause,
      sentence: fact.sentence || clause,
      level: fact.level ?? '',
      category: fact.category,
      unit: fact.unit,
    };
  });
}

/**
 * The report file names (`*.md`) of `dir`, sorted; none when the folder is missing. Drafts
 * included: knowing which is one means reading it, left to readFactRecordsOf, which reads each
 * file anyway. A draft's bytes are then still part of its shard's input hash, so publishing it
 * or taking it back rebuilds that shard, and shard boundaries do not move when one is toggled.
 */
export async function reportFiles(dir: string, warn: (msg: string) => void = () => {}): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  } catch {
    warn(`${dir}: no reports directory`);
    return [];
  }
}

/** The report's file name without `.md` of a report page URL (`/reports/<slug>/`). */
export const reportSlugOf = (url: string): string => url.replace(/^\/reports\//, '').replace(/\/$/, '');

/** The report file behind a report page URL: `<reportsDir>/<slug>.md`. */
export const reportFileOf = (reportsDir: string, url: string): string => join(reportsDir, `${reportSlugOf(url)}.md`);

/**
 * What the search record of a report file's text (`raw`, the file `<slug>.md`) gets: whether it
 * is published (a draft is not, even while its page from an earlier build is still on disk, as
 * prune-outputs removes it only at the end of the build) and its facts. A file that does not
 * match the schema never gets this far (the build stops on it); its page is indexed without facts.
 */
export function searchRecordOfFile(slug: string, raw: string, warn: (msg: string) => void = () => {}): { published: boolean; facts: SearchFact[]; report?: Report; body?: string } {
  // The site's own reader (fast js-yaml path, same schema): the index sees what the pages see.
  const read = readReportFile(`${slug}.md`, raw);
  if (!read.ok) {
    warn(`${slug}.md: front matter does not match the report schema, its facts are not indexed`);
    return { published: true, facts: [] };
  }
  return isDraft(read.report) ? { published: false, facts: [] } : { published: true, facts: searchFacts(slug, read.report), report: read.report, body: read.parsed.body };
}
