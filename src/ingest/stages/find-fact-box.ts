/**
 * find-fact-box: the 数说 sidebar ("## 数说>>>", "### subtitle", "#### label" + text) becomes a
 * numbers box, not body text. It runs to the next level-1/2 heading or the end.
 */
import type { FactBox } from '../../schema/report.ts';
import { FACT_BOX, MD_HEADING } from '../patterns.ts';
import type { IngestState, SourceLine } from '../state.ts';

export function findFactBox(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const factBoxes: FactBox[] = [...s.factBoxes];
  let boxStart = s.boxStart;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.role !== null || l.text === '') continue;
    const h = MD_HEADING.exec(l.text);
    const head = h ? h[2]! : l.text;
    if (head.length > FACT_BOX.maxTitle || !FACT_BOX.title.test(head)) continue;
    const titleText = head.replace(FACT_BOX.decoration, '');
    const box: FactBox = { title: titleText, subtitle: null, items: [] };
    l.role = 'box';
    boxStart ??= l.no;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const m = lines[j]!;
      if (m.text === '' || m.role !== null) continue;
      const mh = MD_HEADING.exec(m.text);
      const level = mh ? mh[1]!.length : 0;
      if (mh && level <= 2) break;
      m.role = 'box';
      if (mh && level === 3 && box.items.length === 0 && box.subtitle === null) box.subtitle = mh[2]!;
      else if (mh) box.items.push({ label: mh[2]!, text: '' });
      else {
        const last = box.items[box.items.length - 1];
        if (last) last.text += m.text;
        else box.items.push({ label: '', text: m.text });
      }
    }
    factBoxes.push(box);
    i = j - 1;
  }
  return { ...s, lines, factBoxes, boxStart };
}
