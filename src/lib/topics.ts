/** URL paths of topic (专题) and year pages: one place so every page links the same way. */
import { pinyin } from 'pinyin-pro';
import { OTHER_TOPIC } from '../consts.ts';

/** The topics a report is listed under: its own, or 其他 when it has none. */
export const shownTopics = (topics: readonly string[]): string[] => (topics.length ? [...topics] : [OTHER_TOPIC]);

/** 智慧教育 → "zhihuijiaoyu": ASCII paths survive every server, feed and link checker. */
export function topicSlug(topic: string): string {
  const py = pinyin(topic, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  return py.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'topic';
}

export const topicPath = (topic: string) => `/topics/${topicSlug(topic)}/`;
export const yearPath = (year: string) => `/years/${year}/`;
export const reportPath = (slug: string) => `/reports/${slug}/`;
