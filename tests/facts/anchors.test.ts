/**
 * The anchor contract (src/facts/anchors.ts): ingest's anchors for paragraphs and box items
 * are the ids the renderer gives them, whatever headings, figures and boxes stand between.
 */
import { describe, expect, it } from 'vitest';
import { anchoredParagraphs, boxItemAnchor, isBoxItemAnchor, isParagraphAnchor, paragraphAnchor, parseAnchor } from '../../src/facts/anchors.ts';
import { renderReportBody } from '../../src/lib/markdown/index.ts';

describe('anchors', () => {
  it('writes and reads both forms', () => {
    expect(paragraphAnchor(12)).toBe('p-12');
    expect(boxItemAnchor(1, 3)).toBe('box-1-3');
    expect(parseAnchor('p-12')).toEqual({ paragraph: 12 });
    expect(parseAnchor('box-2-3')).toEqual({ box: 2, item: 3 });
    for (const bad of ['p-0', 'p-', 'box-1', 'P-1', 'p-1a', '']) expect(parseAnchor(bad)).toBeNull();
    expect(isParagraphAnchor('p-3')).toBe(true);
    expect(isBoxItemAnchor('p-3')).toBe(false);
    expect(isBoxItemAnchor('box-1-1')).toBe(true);
  });

  it('ingest anchors the same paragraphs and box items the renderer gives ids', () => {
    const paragraphs = ['第一段，有10名教师。', '第二段，新建3所学校。', '第三段，培训5万余人次。'];
    const box = { items: [{ label: '满意度', text: '社会满意度达97.3%' }, { label: '课程', text: '精品课56节' }] };
    const body = [
      '## 小标题', '', paragraphs[0], '', '::: figure fig-1', '图片说明', ':::', '', paragraphs[1], '',
      '::: facts 数说', '#### 满意度', '', box.items[0]!.text, '', '#### 课程', '', box.items[1]!.text, ':::', '', paragraphs[2], '',
    ].join('\n');
    const html = renderReportBody(body).html;
    for (const p of anchoredParagraphs(paragraphs, [box])) {
      const element = new RegExp(`id="${p.anchor}"[^>]*>(.*?)</(p|li)>`).exec(html);
      expect(element, p.anchor).not.toBeNull();
      expect(element![1]).toContain(p.text);
    }
  });
});
