/**
 * A small block-style YAML writer for report front matter (plain data: maps, lists,
 * strings, numbers, booleans, null). The `yaml` package took ~3–7 ms per report here, more
 * than the whole pipeline; this takes ~0.1 ms. Strings are written plain only when every
 * YAML 1.1 and 1.2 reader reads them back as the same string; otherwise as JSON strings (a
 * valid YAML double-quoted scalar). Tests check the output round-trips through the `yaml`
 * package and js-yaml (gray-matter). Reading stays with the `yaml` package.
 */

/** Plain only when it starts with a character that cannot begin YAML syntax, a number or a date. */
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`0-9+.~=<\\/]/;
const UNSAFE_INSIDE = /: |:$| #|\s$|[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
const KEYWORD = /^(y|yes|n|no|true|false|on|off|null|nan|inf)$/i;
/** A digit may start a plain string when a non-ASCII character shows it is no number or date ("500余名"). */
const DIGIT_START_TEXT = /^[0-9][^\n]*[^\x00-\x7f]/;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`front matter cannot hold the number ${value}`);
    return String(value);
  }
  const s = String(value);
  const plain = (PLAIN_START.test(s) || DIGIT_START_TEXT.test(s)) && !UNSAFE_INSIDE.test(s) && !KEYWORD.test(s);
  return plain ? s : JSON.stringify(s);
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function block(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (!value.length) return ' []\n';
    return '\n' + value.map((item) => `${indent}-${isMap(item) || Array.isArray(item) ? inline(item, `${indent}  `) : ` ${scalar(item)}\n`}`).join('');
  }
  if (isMap(value)) {
    const keys = Object.keys(value);
    if (!keys.length) return ' {}\n';
    return '\n' + keys.map((k) => `${indent}${scalar(k)}:${block(value[k], `${indent}  `)}`).join('');
  }
  return ` ${scalar(value)}\n`;
}

/** A map or list as a list item: its first line goes after the "- ". */
function inline(value: unknown, indent: string): string {
  const text = block(value, indent);
  return text.startsWith('\n') ? ` ${text.slice(1 + indent.length)}` : text;
}

/** The YAML text of a map, keys in insertion order. */
export function emitYaml(data: Record<string, unknown>): string {
  return block(data, '').slice(1);
}
