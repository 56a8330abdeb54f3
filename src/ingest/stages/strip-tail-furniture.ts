/**
 * strip-tail-furniture: a page's tail (related and recommended lists, tags, comment widgets,
 * share bars, slogans) starts at a tail heading, a tag line or the editor's credit, once most
 * of the article is behind it. From there, every line that is not running text is furniture;
 * bylines and credits are left for their own stage. A related list opened by its heading
 * anywhere goes too, up to the first line of running text. App promotions go wherever they
 * stand (glued after the last sentence too).
 */
import { isName } from '../byline-names.ts';
import { APP_PROMOTION, CAPTION_CREDIT, STAMPED_TEASER, TAG_ROW, TAG_LINE, TAIL, TAIL_HEADING, TAIL_HEADING_MORE, TEASER } from '../patterns-portal.ts';
import { cutFromLine } from '../state.ts';
import { BYLINE, HAS_SENTENCE, PHOTO_CREDIT } from '../patterns.ts';
import type { IngestState, SourceLine } from '../state.ts';

/** Removed lines that open the page's tail once most of the article is behind them. */
const TAIL_ANCHOR_REASONS = new Set(['editor credit', 'comment widget', 'account prompt', 'page widget', 'page buttons', 'app promotion', 'disclaimer']);
/** Share of the article's running text that must lie before a tail anchor. */
const MIN_SHARE_BEFORE_TAIL = 0.5;
/** Running text: a line this long with a sentence end in it. */
const isRunningText = (l: SourceLine) => l.fold.length > TAIL.maxFurnitureLine && HAS_SENTENCE.test(l.fold) && !TEASER.test(l.fold);
/** Article text for the share before a tail anchor: captions (a line ending in a credit) do not count. */
const isArticleText = (l: SourceLine) => l.role === null && HAS_SENTENCE.test(l.fold) && !(CAPTION_CREDIT.quick.test(l.fold) && CAPTION_CREDIT.tail.test(l.fold));

export function stripTailFurniture(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const remove = (l: SourceLine, reason: string) => {
    l.role = 'removed';
    l.reason = reason;
  };
  const text = lines.filter((l) => l.text !== '' && isArticleText(l));
  const total = text.reduce((n, l) => n + l.fold.length, 0);
  let before = 0;
  let tail = false;
  let related = false;
  // The items under `友情链接:` are links too, not related articles.
  let listReason = 'related news';
  for (const l of lines) {
    if (l.text === '') continue;
    // `2025-10-20 14:33:02某地回应……`: another story's item, its timestamp glued on; the tail begins.
    if (l.role === null && before > 0 && STAMPED_TEASER.test(l.fold)) {
      remove(l, 'related news');
      tail = true;
      continue;
    }
    if (isArticleText(l)) before += l.fold.length;
    const links = l.role === null && TAIL_HEADING_MORE.test(l.fold);
    const anchor = l.role === null ? TAIL_HEADING.test(l.fold) || TAG_LINE.test(l.fold) || links : TAIL_ANCHOR_REASONS.has(l.reason ?? '');
    if (anchor && before >= total * MIN_SHARE_BEFORE_TAIL) tail = true;
    if (links) {
      remove(l, 'footer links');
      related = true;
      listReason = 'footer links';
      continue;
    }
    if (l.role === null && TAIL_HEADING.test(l.fold)) {
      // The article's tags stand right above the related list: `澎湖 海洋` (short words, no names).
      const above = lines.findLast((p) => p.no < l.no && p.text !== '');
      if (above && above.role === null && TAG_ROW.test(above.fold) && !above.fold.split(/\s+/).some((w) => isName(w))) remove(above, 'tags');
      remove(l, 'related news');
      related = true;
      listReason = 'related news';
      continue;
    }
    if (l.role !== null) continue;
    if (TAG_LINE.test(l.fold)) {
      remove(l, 'tags');
      continue;
    }
    const byline = BYLINE.prefixed.test(l.fold) || PHOTO_CREDIT.line.some((p) => p.test(l.fold));
    if (related && !byline) {
      if (isRunningText(l)) related = false;
      else {
        remove(l, listReason);
        continue;
      }
    }
    // The more telling reason first: a promotion in the tail is still a promotion.
    if (l.fold.length <= TAIL.maxFurnitureLine && (APP_PROMOTION.exec(l.fold)?.index ?? Infinity) <= 4) remove(l, 'app promotion');
    else if (tail && !byline && !isRunningText(l)) remove(l, 'page tail');
  }
  cutGluedPromotion(lines);
  return { ...s, lines };
}

/** A promotion glued after the last sentence of the article's last line is cut from it. */
function cutGluedPromotion(lines: SourceLine[]): void {
  const last = lines.findLast((l) => l.role === null && HAS_SENTENCE.test(l.fold));
  if (!last) return;
  const end = Math.max(...['。', '！', '？', '!', '?', '”'].map((p) => last.fold.lastIndexOf(p)));
  const rest = last.fold.slice(end + 1);
  if (end > 0 && rest && APP_PROMOTION.test(rest)) cutFromLine(last, last.text.slice(end + 1), 'app promotion');
}
