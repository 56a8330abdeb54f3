/**
 * Source text is data: whatever a paragraph, heading or caption contains, markdown-it (raw
 * HTML off, as on the site) renders it back as the same literal text.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/ingest/markdown-escape.ts';

const md = new MarkdownIt({ html: false });
const decode = (html: string) =>
  html
    .replace(/<\/?p>\n?/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

describe('escapeMarkdown', () => {
  it.each([
    '1. 不是列表',
    '2) 也不是',
    '# 不是标题',
    '> 不是引用',
    '- 不是列表',
    '+ 也不是',
    '= 号',
    '::: figure fig-9',
    '*不是强调* 和 _下划线_ 和 **粗体**',
    '`代码` 与 ~~删除线~~',
    '[链接](http://example.com) 与 ![图](x.png)',
    '<script>alert(1)</script> 与 <b>粗</b>',
    '&amp; 与 &#60; 与 &copy;',
    '反斜杠 \\ 与 \\*',
    'a | b | c',
    '“科创高新·智慧教育”高质量发展，奋力打造“西部教育高地引领区”。',
  ])('%s', (text) => {
    const html = md.render(escapeMarkdown(text));
    expect(html.startsWith('<p>')).toBe(true);
    expect(html).not.toMatch(/<(script|b|em|strong|code|a|img|s|h\d|ol|ul|blockquote)[ >]/);
    expect(decode(html)).toBe(text);
  });

  it('leaves plain Chinese text untouched so it reads well in an editor', () => {
    const text = '一组组数据是最有力的印证：仅2024年获奖271人次，其中全国特等奖、一等奖37人次。';
    expect(escapeMarkdown(text)).toBe(text);
  });
});
