/**
 * pick-topics: topics (专题) from the keyword table: a topic counts when its keywords occur
 * often enough in the title and body (a title hit counts triple).
 */
import { TOPICS, TOPIC_RULES } from '../patterns.ts';
import type { IngestState } from '../state.ts';

/** One regular expression per topic: all its keywords at once (non-overlapping, leftmost-longest first). */
const MATCHERS = TOPICS.map((t) => new RegExp([...t.keywords].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g'));

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

export function pickTopics(s: IngestState): IngestState {
  const head = [s.title, s.subtitle, s.kicker].filter(Boolean).join(' ');
  const body = [...s.paragraphs, ...s.factBoxes.flatMap((b) => b.items.map((i) => `${i.label} ${i.text}`))].join('\n');
  const scored = TOPICS.map((t, order) => ({
    topic: t.topic,
    order,
    score: 3 * count(head, MATCHERS[order]!) + count(body, MATCHERS[order]!),
  }))
    .filter((t) => t.score >= TOPIC_RULES.minHits)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, TOPIC_RULES.maxTopics);
  return { ...s, topics: scored.map((t) => t.topic) };
}
