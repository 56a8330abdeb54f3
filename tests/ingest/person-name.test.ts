/**
 * The personal-name test that every byline name must pass: a surname first (pinyin-pro's
 * table), the shape of a name, and not a common word of jieba's dictionary. Names here are
 * made up; the words are everyday words and the furniture words pages put where names go.
 */
import { describe, expect, it } from 'vitest';
import { isName, namesOf } from '../../src/ingest/byline-names.ts';
import { nameEvidence, surnameOf } from '../../src/ingest/person-name.ts';

describe('nameEvidence', () => {
  it.each(['赵德鹏', '周新宇', '钱晓峰', '欧阳明远', '司马清', '阿依古丽·买买提'])('%s is a name', (w) => expect(nameEvidence(w)).toBe('name'));

  it.each(['汽车', '标题', '导航', '据说', '比如说', '赞赏', '校园', '同学', '本周热榜', '标题党', '阳光', '明白'])('%s is a word', (w) => expect(nameEvidence(w)).toBe('word'));

  it('holds a rare dictionary word with a surname first as a name only after a role word', () => {
    expect(nameEvidence('严明')).toBe('known');
    expect(isName('严明')).toBe(false);
    expect(isName('严明', true)).toBe(true);
  });

  it('refuses shapes that are no name: one character, five, Latin, digits', () => {
    for (const w of ['王', '王二三四五', 'Wang', '张3']) expect(nameEvidence(w)).toBe('word');
  });

  it('finds single and compound surnames', () => {
    expect(surnameOf('欧阳明远')).toBe('欧阳');
    expect(surnameOf('张明')).toBe('张');
    expect(surnameOf('汽车')).toBeNull();
  });
});

describe('namesOf', () => {
  it('keeps names after role words and refuses menu words', () => {
    expect(namesOf('记者 严明 通讯员 钱晓峰')).toEqual({ names: ['严明', '钱晓峰'], refused: [] });
    expect(namesOf('本周热榜 汽车 低俗色情 标题党', true).names).toEqual([]);
    expect(namesOf('本周热榜 汽车 低俗色情 标题党', true).refused).toEqual(['本周热榜', '汽车', '低俗色情', '标题党']);
  });

  it('joins a two-character name spaced to three, and stops at production staff', () => {
    expect(namesOf('记者:孙 伟').names).toEqual(['孙伟']);
    expect(namesOf('赵明哲 ;一审:钱建新;二审:孙丽华', true)).toEqual({ names: ['赵明哲'], refused: [] });
  });

  it('takes 佚名 for no one, without a doubt', () => {
    expect(namesOf('佚名', true)).toEqual({ names: [], refused: [] });
  });

  it('takes a unit that sent the article (图书馆供稿) for no person, without a doubt; a name beside it stays', () => {
    expect(namesOf('图书馆供稿', true)).toEqual({ names: [], refused: [] });
    expect(namesOf('教务处供图 周明远', true)).toEqual({ names: ['周明远'], refused: [] });
  });
});
