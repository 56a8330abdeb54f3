/**
 * strip-headline-list: a sidebar or "more news" list of other headlines after the article is
 * a run of short unpunctuated lines after its last line of running text (HEADLINE_LIST); a tag
 * cloud is a run of one-word lines there that are mostly not names (TAG_CLOUD). It runs after
 * detect-advertisement, so an ad's display lines stay the ad's, and before the bylines, so a
 * tag word is never taken for a reporter. A number alone on a line there is a page counter; an
 * organisation's name on the first line after the article is the unit that signs it (落款).
 */
import { isName } from '../byline-names.ts';
import { HEADLINE_LIST, TAG_CLOUD } from '../patterns-portal.ts';
import { foldToSimplified } from '../../text/script-fold.ts';
import { HAS_SENTENCE } from '../patterns.ts';
import type { IngestState, SourceLine } from '../state.ts';

/** The shortest line of running text that can close the article. */
const MIN_TEXT_LINE = 30;

export function stripHeadlineList(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const lastText = lines.findLast((l) => l.role === null && HAS_SENTENCE.test(l.fold) && l.fold.length > MIN_TEXT_LINE);
  if (!lastText) return s;
  const isItem = (l: SourceLine) =>
    l.fold.length >= HEADLINE_LIST.minLength &&
    l.fold.length <= HEADLINE_LIST.maxLength &&
    !HEADLINE_LIST.itemPunctuation.test(l.fold) &&
    (l.fold.match(/\s/g)?.length ?? 0) <= 1;
  let run: SourceLine[] = [];
  const flush = () => {
    if (run.length >= HEADLINE_LIST.minRun) {
      for (const l of run) {
        l.role = 'removed';
        l.reason = 'headline list';
      }
    }
    run = [];
  };
  // Items after a line ending in a colon are a list the article introduces, not furniture.
  let introduced = /[:：]$/.test(lastText.fold);
  for (const l of lines) {
    if (l.no <= lastText.no || l.text === '' || (l.role !== null && l.role !== 'removed')) continue;
    // Furniture already removed between the items does not break the list.
    if (l.role === 'removed') continue;
    // A list the article introduces (`获奖学校如下：`) is the article's own.
    if (!isItem(l)) {
      flush();
      introduced = /[:：]$/.test(l.fold);
    } else if (!introduced) run.push(l);
  }
  flush();
  const after = lines.filter((l) => l.no > lastText.no && l.text !== '' && l.role === null);
  // The unit that signs the article (落款) stands right after its last line, with no name test to pass.
  const signer = after[0];
  if (signer && HEADLINE_LIST.signature.test(signer.fold) && !isName(foldToSimplified(signer.text))) {
    signer.role = 'removed';
    signer.reason = 'signature';
  }
  // A number alone on a line after the article is a counter of the page (likes, comments, views).
  for (const l of after.filter((l) => HEADLINE_LIST.counter.test(l.fold))) {
    l.role = 'removed';
    l.reason = 'page widget';
  }
  stripTagCloud(after.filter((l) => l.role === null));
  return { ...s, lines };
}

/** Runs of one-word lines after the article, mostly not names: the page's tag cloud. */
function stripTagCloud(after: SourceLine[]): void {
  let run: SourceLine[] = [];
  const flush = () => {
    const names = run.filter((l) => isName(foldToSimplified(l.text))).length;
    if (run.length >= TAG_CLOUD.minRun && names < run.length * TAG_CLOUD.maxNameShare) {
      for (const l of run) {
        l.role = 'removed';
        l.reason = 'tag cloud';
      }
    }
    run = [];
  };
  for (const l of after) {
    if (TAG_CLOUD.word.test(l.fold)) run.push(l);
    else flush();
  }
  flush();
}
