/**
 * The report body renderer: golden HTML for each folder under markdown-cases/ (input.md +
 * context.json → expected.html), plus the behaviours the site and ingest rely on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderReportBody } from '../../src/lib/markdown/index.ts';
import { factSchema, figureSchema } from '../../src/schema/report.ts';

const CASES = path.join(import.meta.dirname, 'markdown-cases');

function renderCase(name: string) {
  const dir = path.join(CASES, name);
  const ctx = JSON.parse(readFileSync(path.join(dir, 'context.json'), 'utf8'));
  return renderReportBody(
    readFileSync(path.join(dir, 'input.md'), 'utf8'),
    ctx.figures.map((f: unknown) => figureSchema.parse(f)),
    ctx.facts.map((f: unknown) => factSchema.parse(f)),
  );
}

describe('golden cases', () => {
  for (const name of readdirSync(CASES)) {
    test(name, async () => {
      await expect(renderCase(name).html).toMatchFileSnapshot(path.join(CASES, name, 'expected.html'));
    });
  }
});

describe('anchors', () => {
  test('body paragraphs outside containers are p-1, p-2, … in order; headings and containers do not count', () => {
    const r = renderCase('box-and-figures');
    const ids = [...r.html.matchAll(/<p id="(p-\d+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
    expect(r.paragraphCount).toBe(4);
    expect(r.html).toMatch(/<p id="p-4">最后一段。<\/p>/);
  });

  test('box items are box-B-I and a fact anchored there becomes one named group', () => {
    const { html } = renderCase('box-and-figures');
    expect(html).toContain('<li class="fact-card" id="box-1-1">');
    expect(html).toContain('<li class="fact-card fact-card--text" id="box-1-2">');
    expect(html).toContain('role="group" aria-label="97.3%，教育的社会满意度"');
    // An item without a fact still shows its text.
    expect(html).toContain('学生在各大赛事中勇攀高峰。');
  });

  test('headings keep Chinese in their ids and feed the table of contents in document order', () => {
    const r = renderCase('box-and-figures');
    expect(r.headings.map((h) => [h.slug, h.text])).toEqual([
      ['h-坚持-第一标准', '坚持“第一标准”'],
      ['h-第二节', '第二节'],
      ['box-1', '数说'],
    ]);
  });

  test('a ### right after a ## is the section subheading, not a subsection', () => {
    const { html } = renderCase('box-and-figures');
    expect(html).toMatch(/<hgroup>\s*<h2 id="h-坚持-第一标准"[^>]*>坚持“第一标准”<\/h2>\s*<p class="section-dek"[^>]*>强师先立德 好生态<\/p>\s*<\/hgroup>/);
  });
});

describe('figures', () => {
  test('a figure with a photo leaves a marker for the page; one without is a plain 图片说明 line, no figure box', () => {
    const r = renderCase('box-and-figures');
    expect(r.photoFigures).toEqual(['fig-1']);
    expect(r.html).toContain('<figure class="figure" id="fig-1"><!--photo:fig-1--><figcaption>');
    expect(r.html).toContain('<span class="figure-credit">张三 摄</span>');
    expect(r.html).toMatch(/<div class="caption-note" id="fig-2"><span class="caption-note-label" data-pagefind-ignore>图片说明：<\/span><span class="figure-caption">没有照片的图片说明<\/span><\/div>/);
    // Exactly one <figure>: the photo's. The photo-less caption is neither a figure nor a paragraph.
    expect(r.html.match(/<figure\b/g)).toHaveLength(1);
    expect(r.html).not.toMatch(/<p[^>]*>[^<]*没有照片/);
  });
});

describe('CJK text', () => {
  test('a line break between Chinese characters adds no space; emphasis works beside full-width quotes', () => {
    const { html } = renderCase('box-and-figures');
    expect(html).toContain('导语第一段。同一段的第二行');
    expect(html).toContain('<strong>“强调”</strong>');
  });
});

describe('escaping', () => {
  test('source text never becomes markup', () => {
    const { html } = renderCase('escaping');
    expect(html).not.toMatch(/<(script|img|b|i)[\s>]|href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;script&gt;credit&lt;/script&gt;');
  });

  test('source text cannot forge a photo marker', () => {
    const { html, photoFigures } = renderReportBody('文字<!--photo:fig-1-->文字');
    expect(html).not.toContain('<!--photo:');
    expect(photoFigures).toEqual([]);
  });
});
