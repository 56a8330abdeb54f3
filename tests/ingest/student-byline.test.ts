import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/ingest.ts';

const ingest = (text: string) => ingestSource('page.txt', Buffer.from(text, 'utf8')).json;

describe('a student reporter’s byline and a 来自: row', () => {
  const j = ingest([
    '青禾中学举行秋季田径运动会',
    '来自:某某晨报 2024-10-25',
    '10月24日上午，青禾中学秋季田径运动会开幕，全校1500名学生参加。',
    '经过两天的比赛，运动会圆满落幕，初三年级获得团体第一名。',
    '(作者 青禾中学小记者 苏晚晴 指导教师 顾清和 夏知远)',
  ].join('\n'));

  it('names the student, never the supervising teachers', () => {
    expect(j.authors).toEqual(['苏晚晴']);
  });

  it('reads 来自: as the source row', () => {
    expect(j.publisher).toBe('某某晨报');
    expect(j.paragraphs.join('\n')).not.toContain('来自:');
  });
});
