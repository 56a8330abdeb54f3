/** The escaping rules, one per output context (src/lib/output-escape.ts), and the small checks beside them. */
import { describe, expect, test } from 'vitest';
import { csvCell, escapeHtml, htmlId, jsonForScript, pagefindFilter, rssDescription } from '../../src/lib/output-escape.ts';
import { decodeReport, fileNameProblem, topicCollisions } from '../../src/lib/report-checks.ts';
import { assetRefs, unusedImages } from '../../src/lib/prune-assets.ts';

describe('output contexts', () => {
  test('HTML text and attributes: & < > " \' become entities, nothing else changes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> 中文`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; 中文');
    expect(pagefindFilter('A<B>')).toBe('A&lt;B&gt;');
    expect(rssDescription('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('ids are checked, not escaped', () => {
    expect(htmlId('fig-1')).toBe('fig-1');
    for (const bad of ['fig-1-->', 'a b', '1a', '', 'x"y']) expect(() => htmlId(bad)).toThrow(/not a safe element id/);
  });

  test('JSON in a script element cannot close it, and parses back to the same value', () => {
    const value = { a: '</script><!--<script>', b: 'x\u2028y&z>' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@A1', "'@A1"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['正常文字', '正常文字'],
    ['a=1', 'a=1'],
  ])('CSV cell %j → %j', (raw, cell) => expect(csvCell(raw)).toBe(cell));

  test('CSV numbers stay numbers, negative ones too', () => {
    expect(csvCell(-5)).toBe(-5);
    expect(csvCell(null)).toBe(null);
  });
});

describe('report checks', () => {
  test('file names that cannot be URLs are refused with a safe suggestion', () => {
    expect(fileNameProblem('r/a.md', '2024-01-01-ok_name.v2')).toBeNull();
    expect(fileNameProblem('r/x.md', 'a#b?c')).toMatch(/^r\/x\.md:1: the file name "a#b\?c\.md" cannot be a web address .*e\.g\. "a-b-c\.md"/);
    expect(fileNameProblem('r/x.md', '报道')).toMatch(/e\.g\. "report\.md"/);
    expect(fileNameProblem('r/x.md', 'a..b')).not.toBeNull();
  });

  test('invalid UTF-8 is named with its line and column; a BOM and CRLF are fine', () => {
    expect(decodeReport('x.md', Buffer.from('\uFEFF---\r\ntitle: 好\r\n---\r\n'))).toMatchObject({ ok: true });
    const bad = decodeReport('x.md', Buffer.concat([Buffer.from('一\n二\nab'), Buffer.from([0xd6, 0xd0])]));
    expect(bad).toEqual({ ok: false, problem: expect.stringMatching(/^x\.md:3: the file is not valid UTF-8 \(byte 0xd[06] at column 3\)/) });
  });

  test('topic names with one slug are named together, once', () => {
    const lines = topicCollisions([
      { topic: '智慧教育', where: 'a.md:5' },
      { topic: '质慧教育', where: 'b.md:7' },
      { topic: '质慧教育', where: 'c.md:7' },
      { topic: '智慧教育', where: 'd.md:5' },
    ]);
    expect(lines).toEqual(['b.md:7: topic "质慧教育" and topic "智慧教育" (a.md:5) would share one page, /topics/zhihuijiaoyu/; use one name for both, or rename one.']);
  });
});

describe('asset pruning', () => {
  test('an image no output names is unused; scripts and styles are never pruned', () => {
    const refs = new Set(assetRefs('<img src="/_astro/a.1.webp" srcset="/_astro/a.2.avif 480w, /_astro/a.3.avif 800w"><meta content="https://x/_astro/og.jpg">'));
    expect([...refs].sort()).toEqual(['a.1.webp', 'a.2.avif', 'a.3.avif', 'og.jpg']);
    expect(unusedImages(['a.1.webp', 'a.2.avif', 'a.3.avif', 'og.jpg', 'old.webp', 'evil.svg', 'x.js', 'y.css'], refs)).toEqual(['old.webp', 'evil.svg']);
  });
});
