/**
 * Drafts: reports ingest could not finish (no headline, no date, a doubtful byline …), marked
 * `draft: true` with their `draftReasons`. A draft is validated like any report, so staff see
 * a mistake in it early, but never published. Two choke points keep it out: the content
 * loader does not store it (every page, feed, sitemap entry and export comes from the store),
 * and the facts index, which reads the report files itself, skips it. Both ask `isDraft`, so
 * they cannot disagree about what is published.
 */

/** True when the report is held back. Takes raw front matter too: tools that read the files without the schema. */
export function isDraft(report: { draft?: unknown }): boolean {
  return report.draft === true;
}

export interface DraftNote {
  /** The report file as staff would open it (relative to the working folder). */
  file: string;
  reasons: readonly string[];
}

/** A reason's own end punctuation, dropped so the joined line reads as one sentence. */
const TRAILING = /[。；;，,\s]+$/;

/**
 * What the build prints about drafts: "2 篇草稿未发布：" and a line per file with its reasons,
 * or '' when there is none (a build without drafts says nothing about them).
 */
export function draftsMessage(drafts: readonly DraftNote[]): string {
  if (!drafts.length) return '';
  const line = (d: DraftNote) => {
    const reasons = d.reasons.map((r) => r.replace(TRAILING, '')).filter(Boolean);
    return `${d.file} — ${reasons.length ? reasons.join('；') : '未注明原因'}`;
  };
  return [`${drafts.length} 篇草稿未发布：`, ...drafts.map(line)].join('\n');
}
