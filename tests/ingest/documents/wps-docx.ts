/**
 * Word files as WPS Office writes them, built from raw WordprocessingML (the `docx` package
 * cannot write some of these shapes): direct run formatting instead of styles (a headline in
 * 方正小标宋 at 二号 = 22 pt, not bold), paragraph alignment, a photo and its caption in one
 * paragraph split by a line break, floating (anchored) pictures, photos side by side in a table
 * (a caption cell may span columns: `w:gridSpan`), and formatting set by a paragraph style
 * (`style`, with `styles` the `word/styles.xml` body) instead of on the runs.
 * The ZIP is stored, not deflated (zip-writer.ts), so the bytes are the same on every run.
 */
import { writeZip } from './zip-writer.ts';

export type WpsRun = string | { br: true } | { image: number; float?: boolean };

export interface WpsParagraph {
  runs: WpsRun[];
  align?: 'center' | 'right' | 'both' | 'left';
  /** Run font (ascii, hAnsi and eastAsia, as WPS writes them). */
  font?: string;
  /** Run size in points (WPS writes `w:sz` in half-points on every run). */
  size?: number;
  bold?: boolean;
  /** A paragraph style id (`w:pStyle`): its runs then carry no formatting of their own. */
  style?: string;
}

/** A cell spanning `span` grid columns (`w:gridSpan`). */
export interface WpsSpanCell {
  span: number;
  paragraphs: WpsParagraph[];
}

/** A table: rows of cells, each cell a list of paragraphs (or a spanning cell). */
export interface WpsTable {
  rows: (WpsParagraph[] | WpsSpanCell)[][];
}

export type WpsBlock = WpsParagraph | WpsTable;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

function drawing(image: number, float: boolean): string {
  const id = image + 1;
  const size = '<wp:extent cx="4572000" cy="3048000"/>';
  const graphic =
    `<wp:docPr id="${id}" name="图片 ${id}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="图片 ${id}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="rIdImg${id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4572000" cy="3048000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>`;
  const body = float
    ? `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>${size}<wp:wrapTopAndBottom/>${graphic}</wp:anchor>`
    : `<wp:inline distT="0" distB="0" distL="0" distR="0">${size}${graphic}</wp:inline>`;
  return `<w:r><w:drawing>${body}</w:drawing></w:r>`;
}

function paragraph(p: WpsParagraph): string {
  const font = p.font ?? '仿宋_GB2312';
  const rPr = p.style ? '' : `<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>${p.bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${(p.size ?? 16) * 2}"/><w:szCs w:val="${(p.size ?? 16) * 2}"/></w:rPr>`;
  const runs = p.runs
    .map((r) => (typeof r === 'string' ? `<w:r>${rPr}<w:t xml:space="preserve">${esc(r)}</w:t></w:r>` : 'br' in r ? `<w:r>${rPr}<w:br/></w:r>` : drawing(r.image, Boolean(r.float))))
    .join('');
  const pPr = `<w:pPr>${p.style ? `<w:pStyle w:val="${p.style}"/>` : ''}${p.align ? `<w:jc w:val="${p.align}"/>` : ''}<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>`;
  return `<w:p>${pPr}${runs}</w:p>`;
}

function block(b: WpsBlock): string {
  if (!('rows' in b)) return paragraph(b);
  const cell = (c: WpsParagraph[] | WpsSpanCell) => {
    const [span, ps] = Array.isArray(c) ? [1, c] : [c.span, c.paragraphs];
    return `<w:tc><w:tcPr><w:tcW w:w="${4261 * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>${ps.map(paragraph).join('')}</w:tc>`;
  };
  const rows = b.rows.map((cells) => `<w:tr>${cells.map(cell).join('')}</w:tr>`);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/></w:tblPr>${rows.join('')}</w:tbl>`;
}

/** A `.docx` as WPS writes it: the blocks, and the images (JPEG bytes) they refer to by index; `styles`: the `<w:styles>` children. */
export function wpsDocx(blocks: WpsBlock[], images: Buffer[], styles?: string): Buffer {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${blocks.map(block).join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  const rels = images.map((_, i) => `<Relationship Id="rIdImg${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${i + 1}.jpeg"/>`).join('');
  const entries = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${styles ? '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' : ''}<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    },
    { name: 'docProps/app.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>WPS Office_11.1.0.11365_F1E327BC-269C-435d-A152-05C5408002CA</Application></Properties>` },
    { name: 'word/document.xml', data: document },
    { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${styles ? '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : ''}</Relationships>` },
    ...(styles ? [{ name: 'word/styles.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}>${styles}</w:styles>` }] : []),
  ].map((e): { name: string; data: Buffer } => ({ name: e.name, data: Buffer.from(e.data, 'utf8') }));
  images.forEach((data, i) => entries.push({ name: `word/media/image${i + 1}.jpeg`, data }));
  return writeZip(entries);
}
