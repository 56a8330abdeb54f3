import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPool, POOL_RULES } from '../../scripts/bench/seed-pool.ts';

const dir = join(import.meta.dirname, '../../content/sources');
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const pool = buildPool(seeds);

describe('buildPool on the seeds', () => {
  it('keeps only complete body paragraphs', () => {
    expect(pool.paragraphs.length).toBeGreaterThan(40);
    for (const p of pool.paragraphs) {
      expect(p.length).toBeGreaterThanOrEqual(POOL_RULES.minParagraphChars);
      expect(p).toMatch(POOL_RULES.sentenceEnd);
      expect(p.startsWith('#')).toBe(false);
    }
    // A line the page layout cut in two is not a paragraph of its own.
    expect(pool.paragraphs.some((p) => p.startsWith('深化教育督导管理体制，建立由分管教育工作的管委会领导同志任'))).toBe(false);
  });

  it('finds markdown headings, couplet headings and subheadings', () => {
    expect(pool.headings).toContain('坚持“第一标准”');
    expect(pool.headings).toContain('把牢改革方向盘 改出一片新天地');
    expect(pool.headings.some((h) => h.startsWith('数说'))).toBe(false);
    expect(pool.subheadings).toContain('强师先立德 好生态滋养更多“大先生”竞相涌现');
  });

  it('takes captions but not credits, bylines or the advertisement', () => {
    expect(pool.captions).toContain('重庆高新区教师参加重庆市美术现场赛课获一等奖');
    expect(pool.captions.some((c) => /提供|博览会|WTE/.test(c))).toBe(false);
    expect(pool.captions).not.toContain('江海波 文秀月 胡忠英');
  });

  it('reads the 数说 box as labelled items, not paragraphs', () => {
    expect(pool.boxItems.map((i) => i.label)).toEqual([
      '新增“国字号”荣誉',
      '创建国家级特色校',
      '壮大高层次人才队伍',
      '课程入选率全市领先',
      '教师队伍精专多能',
      '人才培养硕果累累',
    ]);
    expect(pool.boxItems[1]!.text).toBe('截至目前创建全国全市科创、体育特色学校26所。');
    expect(pool.boxSubtitles).toEqual(['瞩目荣耀·高新风采']);
    expect(pool.paragraphs.some((p) => p.includes('师生累计荣获国家级、省部级奖项'))).toBe(false);
  });
});
