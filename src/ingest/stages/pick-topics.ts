/**
 * pick-topics: topics (专题) from the keyword table: a topic counts when its keywords occur
 * often enough in the title and body (a title hit counts triple).
 */
import { TOPICS, TOPIC_RULES } from '../patterns.ts';
import type { IngestState } from '../state.ts';

function count(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

export function pickTopics(s: IngestState): IngestState {
  const head = [s.title, s.subtitle, s.kicker].filter(Boolean).join(' ');
  const body = [...s.paragraphs, ...s.factBoxes.flatMap((b) => b.items.map((i) => `${i.label} ${i.text}`))].join('\n');
  const scored = TOPICS.map((t, order) => ({
    topic: t.topic,
    order,
    score: t.keywords.reduce((sum, k) => sum + 3 * count(head, k) + count(body, k), 0),
  }))
    .filter((t) => t.score >= TOPIC_RULES.minHits)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, TOPIC_RULES.maxTopics);
  return { ...s, topics: scored.map((t) => t.topic) };
}
