// @ts-check
/**
 * 成果库 filters (loaded only on /chengguo/<year>/ pages, as an external file: the CSP
 * allows no inline script). Reads the year's compact JSON, filters by level, category,
 * unit, topic, report, report title and text (the fact's own words: subject, sentence, unit,
 * number; not the report title, which has its own field), sorts by date or value, keeps the
 * state in the query string (deep links), renders rows with textContent (source text is data),
 * and downloads the filtered rows as CSV made here, in the browser.
 *
 * The year's JSON is fetched when it is first needed, not on arrival: the page already shows
 * the newest rows, and at 10,000 reports the JSON of a year is ~200 KB gzipped against
 * ~27 KB for the page. A deep link (query string) loads it at once; otherwise touching a
 * filter or "显示更多" does.
 */
// Served with this import replaced by the module's text (src/pages/chengguo/chengguo.js.ts).
import { displayNumber } from '../../lib/chengguo/display-number.js';

const form = /** @type {HTMLFormElement | null} */ (document.getElementById('cg-filters'));
const tbody = document.getElementById('cg-rows');
const count = document.getElementById('cg-count');
const more = /** @type {HTMLButtonElement | null} */ (document.getElementById('cg-more'));
const csv = /** @type {HTMLButtonElement | null} */ (document.getElementById('cg-csv'));

if (form && tbody && count && more) start(form, tbody, count, more);

/**
 * @typedef {[string, string, string, string[], string]} ReportTuple  [title, date, page path, topics, date as shown]
 * @typedef {[number, number, string, string, string | null, string, string | null, string | null, string, string, string]} FactTuple
 */

/**
 * @param {HTMLFormElement} form
 * @param {HTMLElement} tbody
 * @param {HTMLElement} count
 * @param {HTMLButtonElement} more
 */
function start(form, tbody, count, more) {
  const pageRows = Number(form.dataset.pageRows) || 100;
  const serverRows = Number(form.dataset.serverRows) || 0;
  const total = Number(form.dataset.total) || 0;
  let shown = pageRows;
  /** @type {{ f: FactTuple, r: ReportTuple | undefined, i: number }[]} */
  let facts = [];
  /** @type {typeof facts} */
  let current = [];
  /** @type {Promise<boolean> | null} */
  let loading = null;

  const field = (/** @type {string} */ name) => {
    const el = /** @type {HTMLInputElement | HTMLSelectElement | null} */ (form.elements.namedItem(name));
    return el ? el.value.trim() : '';
  };

  /** Fetches the year's data once; false when it could not be read. */
  function load() {
    loading ??= (async () => {
      const before = count.textContent;
      count.textContent = '正在载入本年数据…';
      try {
        const res = await fetch(form.dataset.src ?? '', { credentials: 'same-origin' });
        if (!res.ok) throw new Error(String(res.status));
        /** @type {{ reports: ReportTuple[], facts: FactTuple[] }} */
        const data = await res.json();
        facts = data.facts.map((f, i) => ({ f, r: data.reports[f[0]], i }));
        form.classList.add('cg-live');
        // Until a filter applies, the server's count still describes the rows shown.
        count.textContent = before;
        return true;
      } catch {
        count.textContent = '数据载入失败，请刷新页面或下载 CSV。';
        return false;
      }
    })();
    return loading;
  }

  function apply() {
    const level = field('level');
    const category = field('category');
    const unit = field('unit');
    const topic = field('topic');
    const report = field('report');
    const q = field('q').toLowerCase();
    const title = field('title').toLowerCase();
    const sort = field('sort') || 'date-desc';
    current = facts.filter(({ f, r }) => {
      if (!r) return false;
      if (level && (level === '未标注' ? f[7] !== null : f[7] !== level)) return false;
      if (category && f[8] !== category) return false;
      if (unit && f[2] !== unit) return false;
      if (topic && !r[3].includes(topic)) return false;
      if (report && r[2] !== report) return false;
      // The fact's own words: number, subject, unit, period, sentence. A report whose title has
      // the word is not a match by itself (every fact of a report titled …一等奖… would be).
      if (q && ![f[3], f[5], f[2], f[6] ?? '', f[10] ?? ''].join(' ').toLowerCase().includes(q)) return false;
      if (title && !r[0].toLowerCase().includes(title)) return false;
      return true;
    });
    const dir = sort.endsWith('-asc') ? 1 : -1;
    if (sort.startsWith('value')) current.sort((a, b) => dir * (a.f[1] - b.f[1]) || a.i - b.i);
    else current.sort((a, b) => dir * ((a.r?.[1] ?? '') < (b.r?.[1] ?? '') ? -1 : (a.r?.[1] ?? '') > (b.r?.[1] ?? '') ? 1 : 0) || a.i - b.i);
    shown = pageRows;
    render();
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v && !(k === 'sort' && v === 'date-desc')) params.set(k, v);
    const qs = params.toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  }

  function render() {
    const rows = current.slice(0, shown).map(({ f, r }) => row(f, /** @type {ReportTuple} */ (r)));
    tbody.replaceChildren(...rows);
    count.textContent = current.length === facts.length ? `共 ${facts.length} 条` : `筛选出 ${current.length} 条（本年共 ${facts.length} 条）`;
    more.hidden = current.length <= shown;
    more.textContent = `显示更多（还有 ${current.length - shown} 条）`;
  }

  const applyWhenLoaded = () => load().then((ok) => ok && apply());
  form.addEventListener('input', applyWhenLoaded);
  form.addEventListener('change', applyWhenLoaded);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    applyWhenLoaded();
  });
  // Reaching for a filter starts the download, so the data is usually there by the change.
  form.addEventListener('focusin', () => void load(), { once: true });
  csv?.addEventListener('click', async () => {
    if (!(await load())) return;
    // Data fetched on focus but no filter applied yet: the rows shown are the whole year.
    if (current.length === 0) apply();
    download(current, form.dataset.year ?? '');
  });
  more.addEventListener('click', async () => {
    if (!loading) {
      if (!(await load())) return;
      apply();
      shown = Math.max(serverRows, 0) + pageRows;
    } else {
      if (!(await loading)) return;
      shown += pageRows;
    }
    render();
  });

  const params = new URLSearchParams(location.search);
  // On a phone the filters are one line until asked for, so the rows start on the first screen;
  // a deep link keeps them open to show what is filtered.
  const box = /** @type {HTMLDetailsElement | null} */ (document.getElementById('cg-filter-box'));
  if (box && !params.size && matchMedia('(max-width: 600px)').matches) box.open = false;
  if ([...params.keys()].length) {
    for (const [k, v] of params) {
      const el = /** @type {HTMLInputElement | HTMLSelectElement | null} */ (form.elements.namedItem(k));
      if (el && 'value' in el) el.value = v;
    }
    applyWhenLoaded();
  } else if (total > serverRows) {
    // The page shows the newest rows; the rest come with the data.
    more.hidden = false;
    more.textContent = `显示更多（还有 ${total - serverRows} 条）`;
  }
}

/**
 * @param {FactTuple} f
 * @param {ReportTuple} r
 */
function row(f, r) {
  const tr = document.createElement('tr');
  let col = 0;
  const cell = (/** @type {string} */ text, /** @type {string} */ cls = '') => {
    const td = document.createElement('td');
    if (cls) td.className = cls;
    // Card labels below 600 px (the header row is hidden there), as AchievementRow.astro writes them.
    td.dataset.label = LABELS[col++] ?? '';
    td.textContent = text;
    tr.append(td);
    return td;
  };
  // The date as the pages show it (约2020年 for a year the source does not state), never the bare ISO value.
  cell(r[4], 'cg-date');
  const num = cell('', 'cg-num');
  const a = document.createElement('a');
  a.href = f[9] ? `${r[2]}#${f[9]}` : r[2];
  a.textContent = displayNumber(f[3], f[4]);
  num.append(a);
  cell(f[5]);
  cell(f[6] ?? '');
  cell(f[7] ?? '');
  cell(f[8]);
  const rep = cell('', 'cg-report');
  const ra = document.createElement('a');
  ra.href = r[2];
  ra.textContent = r[0];
  rep.append(ra);
  tr.dataset.value = String(f[1]);
  return tr;
}

/** Column headers, in row order: the card labels on phones. */
const LABELS = ['日期', '数据', '统计对象', '时段', '级别', '类别', '报道'];

/** The CSV columns: the same as the site's exports (EXPORT_COLUMNS in src/lib/chengguo/achievements.ts). */
const CSV_HEADER = ['报道标题', '日期', '日期说明', '数值', '单位', '限定词', '统计对象', '时段', '级别', '类别', '原句', '链接'];

/**
 * One CSV cell: quoted when needed; a text a spreadsheet would read as a formula (starting with
 * =, +, -, an at sign, tab or CR) gets a leading apostrophe, as OWASP advises for CSV exports.
 * @param {string | number | null} v
 */
function csvCell(v) {
  let s = v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Saves the filtered rows as a CSV file (BOM for Excel, CRLF), made in the browser: no server.
 * @param {{ f: FactTuple, r: ReportTuple | undefined }[]} rows
 * @param {string} year
 */
function download(rows, year) {
  const lines = [CSV_HEADER.map(csvCell).join(',')];
  for (const { f, r } of rows) {
    if (!r) continue;
    const link = new URL(f[9] ? `${r[2]}#${f[9]}` : r[2], location.href).href;
    lines.push([r[0], r[1], r[4], f[1], f[2], f[4], f[5], f[6], f[7], f[8], f[10] ?? '', link].map(csvCell).join(','));
  }
  const blob = new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `chengguo-${year || 'filtered'}-${rows.length}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
