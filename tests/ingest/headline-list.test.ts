import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/ingest.ts';

const ingest = (text: string) => ingestSource('page.txt', Buffer.from(text, 'utf8')).json;

const article = ['河畔小学举行毕业典礼', '发布时间:2024-06-28', '6月27日上午，河畔小学为168名六年级学生举行毕业典礼，家长和老师一同见证。', '典礼上，校长为每位毕业生送上一本纪念册，勉励他们在中学继续努力。'];

describe('after the article', () => {
  it('a list of other headlines goes, though its items hold ! ? and a space', () => {
    const j = ingest([...article, '开学了!山区小学迎来新校舍', '毕业季 河畔中学学生种下纪念树', '暑假去哪儿?少年宫课程开放报名'].join('\n'));
    expect(j.paragraphs).toHaveLength(2);
    expect(j.removed.filter((r) => r.reason === 'headline list')).toHaveLength(3);
  });

  it('an attachment block (附件:) opens the page tail', () => {
    const j = ingest([...article, '附件:', '河畔小学2024届毕业生名单.pdf'].join('\n'));
    expect(j.paragraphs.join('\n')).not.toContain('附件');
    expect(j.paragraphs).toHaveLength(2);
  });

  it('two closing lines are not a list: the article keeps them', () => {
    const j = ingest([...article, '童年再见 中学你好'].join('\n'));
    expect(j.paragraphs.join('\n')).toContain('童年再见 中学你好');
  });
});
