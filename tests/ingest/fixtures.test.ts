/**
 * Portal and news-site pages: each folder under tests/fixtures/ingest holds a real-looking
 * source.txt and expected.json (the --json fields checked; `expectWarnings` and
 * `expectEncoding` check the report's warnings and source encoding).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES, fixtureNames, ingestFixture } from './helpers.ts';

vi.mock('../../src/facts/extract.ts', () => ({ extractFacts: () => [] }));

const names = fixtureNames();

it('has at least six portal/news fixtures', () => {
  expect(names.length).toBeGreaterThanOrEqual(6);
});

describe.each(names)('%s', (name) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Record<string, unknown>;
  const { state, json } = ingestFixture(name);

  it('gives the expected --json fields', () => {
    const { expectWarnings, expectEncoding, ...fields } = expected;
    void expectWarnings;
    void expectEncoding;
    const actual = json as unknown as Record<string, unknown>;
    for (const key of Object.keys(fields)) expect({ [key]: actual[key] }).toEqual({ [key]: fields[key] });
  });

  it('warns and reads the encoding as expected', () => {
    for (const w of (expected.expectWarnings as string[] | undefined) ?? []) expect(state.warnings.join('\n')).toContain(w);
    if (expected.expectEncoding) expect(state.encoding).toBe(expected.expectEncoding);
  });

  it('lets no page furniture reach the body', () => {
    const body = state.body;
    for (const word of ['当前位置', '您的位置', '浏览次数', '发布时间', '字体', '字号', '打印', '关闭窗口', '分享到', '责任编辑', 'ICP', '版权所有', '相关新闻', '相关阅读', '免责声明', 'Copyright']) {
      expect(body).not.toContain(word);
    }
    // Menu items are single words that may well occur in the text; longer removed lines must not.
    // (A page's summary removed for repeating the lede is, by its nature, inside the lede.)
    for (const r of state.removed.filter((x) => x.text.length > 8 && x.reason !== 'repeated summary')) expect(body).not.toContain(r.text);
  });
});
