/**
 * HTML for the desk's pages with escaping as the default: every value put into an `html`
 * template is escaped for HTML text and quoted attributes (src/lib/output-escape.ts), unless it
 * is itself an `html` result. Report data is untrusted (anyone with the folder edits it), so a
 * page cannot forget to escape one field: it would have to build an Html by hand.
 */
import { escapeHtml } from '../lib/output-escape.ts';

/** Markup already escaped by `html`. */
export class Html {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function part(v: Value): string {
  if (v instanceof Html) return v.text;
  if (Array.isArray(v)) return v.map(part).join('');
  if (v === null || v === undefined || v === false) return '';
  return escapeHtml(String(v));
}

/** A template whose interpolations are escaped (arrays joined, null/undefined/false empty). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += part(v) + strings[i + 1]!));
  return new Html(out);
}
