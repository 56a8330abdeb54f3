import { describe, expect, it } from 'vitest';
import { extractFacts, runExtract } from '../../src/facts/extract.ts';
import { parseNumber } from '../../src/facts/chinese-number.ts';

const one = (text: string, inBox = false) => extractFacts([{ anchor: inBox ? 'box-1-1' : 'p-1', text, inBox }]);

describe('parseNumber', () => {
  it.each([
    ['5', '万', 50000],
    ['1.2', '万', 12000],
    ['1,200', '', 1200],
    ['两万', '', 20000],
    ['三千五百', '', 3500],
    ['十五', '', 15],
    ['一百〇五', '', 105],
    ['1.5', '亿', 150000000],
  ])('%s%s → %d', (num, mult, value) => expect(parseNumber(num, mult)).toBe(value));
  it('refuses what is not a number', () => expect(parseNumber('abc')).toBeNull());
});

describe('extractFacts', () => {
  it('multiplies 万 out and keeps the qualifier as written', () => {
    expect(one('参加培训教师达5万余人次。')[0]).toMatchObject({ text: '5万余人次', value: 50000, unit: '人次', qualifier: '余', subject: '参加培训教师' });
    expect(one('近两万名学生参与。')[0]).toMatchObject({ text: '两万名', value: 20000, qualifier: '近' });
    expect(one('覆盖100所以上学校')[0]).toMatchObject({ text: '100所', qualifier: '以上' });
  });

  it('multiplies 万/亿 out of money too: the unit is 元, the printed text is kept', () => {
    expect(one('投入300万元。')[0]).toMatchObject({ text: '300万元', value: 3000000, unit: '元' });
    expect(one('投入三百万元。')[0]).toMatchObject({ text: '三百万元', value: 3000000, unit: '元' });
    expect(one('奖励5万余元。')[0]).toMatchObject({ value: 50000, unit: '元', qualifier: '余' });
    expect(one('筹集善款860余万元。')[0]).toMatchObject({ text: '860余万元', value: 8600000, unit: '元', qualifier: '余' });
  });

  it('reads full-width digits and percent signs', () => {
    expect(one('满意度达９７．３％。')[0]).toMatchObject({ text: '９７．３％', value: 97.3, unit: '%' });
  });

  it('records anchor, inBox and the verbatim sentence', () => {
    const facts = extractFacts([
      { anchor: 'p-7', text: '第一句没有数。成立区级名师工作室15个，组建校级名师研修坊45个。最后一句。', inBox: false },
      { anchor: 'box-1-2', text: '截至目前创建特色学校26所。', inBox: true, label: '创建国家级特色校' },
    ]);
    expect(facts.map((f) => [f.text, f.anchor, f.inBox])).toEqual([
      ['15个', 'p-7', false],
      ['45个', 'p-7', false],
      ['26所', 'box-1-2', true],
    ]);
    expect(facts[0]!.sentence).toBe('成立区级名师工作室15个，组建校级名师研修坊45个。');
  });

  it('says which rule dropped a rejected number (for review)', () => {
    const state = runExtract([{ anchor: 'p-1', text: '获得第一名，评选骨干教师数十名，落实“5个一”活动。', inBox: false }]);
    expect(state.candidates.map((c) => c.dropped)).toEqual(['ordinal', 'vague-quantity', 'quoted-term']);
  });

  it('gives a fact its own clause level before the sentence level', () => {
    const facts = one('师生荣获国家级奖项及荣誉300余项、市级1000余项。');
    expect(facts.map((f) => [f.value, f.level, f.category])).toEqual([
      [300, '国家级', '荣誉与奖项'],
      [1000, '市级', '荣誉与奖项'],
    ]);
  });

  it('is deterministic and handles empty input', () => {
    expect(extractFacts([])).toEqual([]);
    const text = '6支队伍参加世界机器人大赛总决赛，荣获4个一等奖，2个三等奖。';
    expect(one(text)).toEqual(one(text));
  });
});
