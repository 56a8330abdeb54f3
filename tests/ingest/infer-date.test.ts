import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/ingest.ts';

const ingest = (text: string) => ingestSource('page.txt', Buffer.from(text, 'utf8')).json;

describe('infer-date: the year of a page that states no date', () => {
  it('takes a bare year naming an event over an older year of the school history', () => {
    const j = ingest([
      '青禾小学举行助学金发放仪式',
      '记者 林小舟',
      '8月20日上午，“2021青禾助学金发放仪式”在学校礼堂举行，46名新生领到助学金。',
      '学校自2009年设立助学基金以来，已资助学生600余人。',
    ].join('\n'));
    expect(j.date).toBe('2021');
    expect(j.dateStated).toBe(false);
  });

  it('never reads a count or an area as a year', () => {
    const j = ingest([
      '青禾小学新校区投入使用',
      '记者 林小舟',
      '新校区于2015年开工，占地2030平方米，可容纳2024名学生就读。',
      '全校2019余人参加了开学典礼。',
    ].join('\n'));
    expect(j.date).toBe('2015');
  });

  it('skips a target year after 到 and a year after this one', () => {
    const j = ingest([
      '青禾小学发布三年发展规划',
      '记者 林小舟',
      '学校于2018年成立规划小组，提出到2030年建成特色学校。',
      `规划还写明${new Date().getFullYear() + 3}智慧校园建设目标。`,
    ].join('\n'));
    expect(j.date).toBe('2018');
  });
});
