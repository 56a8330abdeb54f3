import { describe, expect, it } from 'vitest';
import markdownIt from 'markdown-it';
import { factMarks } from '../../src/lib/markdown/fact-marks.ts';

// A stand-in for the site's paragraph-anchors rule, so this test needs only the fact rule.
function md() {
  const m = markdownIt({ html: false });
  m.core.ruler.push('ids', (state) => {
    let n = 0;
    for (const t of state.tokens) if (t.type === 'paragraph_open') t.attrSet('id', `p-${++n}`);
    return true;
  });
  factMarks(m);
  return m;
}

describe('fact-marks', () => {
  it('wraps each fact number of its own paragraph, once, and escapes the text', () => {
    const html = md().render('第一段<b>10名</b>。\n\n招聘10名教师，另有10名、5万余人次。\n', {
      facts: [
        { anchor: 'p-2', text: '10名' },
        { anchor: 'p-2', text: '5万余人次' },
      ],
    });
    expect(html).toBe(
      '<p id="p-1">第一段&lt;b&gt;10名&lt;/b&gt;。</p>\n' +
        '<p id="p-2">招聘<span class="fact-num">10名</span>教师，另有10名、<span class="fact-num">5万余人次</span>。</p>\n',
    );
  });

  it('leaves paragraphs alone when there are no facts', () => {
    expect(md().render('招聘10名教师。\n', { facts: [] })).toBe('<p id="p-1">招聘10名教师。</p>\n');
  });
});

describe('fact-marks: a fact its paragraph no longer holds', () => {
  it('is reported with the paragraphs that hold its text, never skipped in silence', () => {
    // Staff split the first paragraph: "5万余人次" (anchored p-1 by ingest) is now in p-2.
    const env = { facts: [{ anchor: 'p-1', text: '10名' }, { anchor: 'p-1', text: '5万余人次' }, { anchor: 'p-3', text: '7所' }] } as Record<string, unknown>;
    md().render('招聘10名教师。\n\n培训5万余人次。\n\n新建学校。\n', env);
    expect(env.misplacedFacts).toEqual([
      { fact: { anchor: 'p-1', text: '5万余人次' }, foundIn: ['p-2'] },
      { fact: { anchor: 'p-3', text: '7所' }, foundIn: [] },
    ]);
  });
});
