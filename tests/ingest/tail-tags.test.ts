import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/ingest.ts';

const ingest = (text: string) => ingestSource('page.txt', Buffer.from(text, 'utf8')).json;

describe('strip-tail-furniture: the tag row above a related list', () => {
  const page = (tags: string) =>
    ['海岛小学迎来新校舍', '发布时间:2025-03-02', '海岛小学的新教学楼今天投入使用，全校86名学生搬进了明亮的教室。', '校长说，新校舍还配了图书室和音乐教室，孩子们很高兴。', tags, '相关新闻', '海岛中学举行开学典礼'].join('\n');

  it('removes a row of short words right above 相关新闻 as tags', () => {
    const j = ingest(page('海岛 校舍'));
    expect(j.paragraphs.join('\n')).not.toContain('海岛 校舍');
    expect(j.removed).toContainEqual({ text: '海岛 校舍', reason: 'tags' });
  });

  it('keeps a row of names there: a signature, not tags', () => {
    const j = ingest(page('林小舟 韩冬'));
    expect(j.removed.find((r) => r.text === '林小舟 韩冬')?.reason).not.toBe('tags');
  });
});
