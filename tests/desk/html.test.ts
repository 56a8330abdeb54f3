/** The desk's templates escape every value, and only once; skipped-photo reasons read in Chinese. */
import { expect, test } from 'vitest';
import { html } from '../../src/desk/html.ts';
import { SKIPPED_PHOTO_REASONS } from '../../src/desk/detail-page.ts';
import { REMOVAL_REASON_LABELS } from '../../src/lib/removal-reasons.ts';

test('values are escaped for text and quoted attributes; html results are not escaped again', () => {
  const evil = `"><script>alert('x')</script>&`;
  expect(html`<a title="${evil}">${evil}</a>`.text).toBe('<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>');
  expect(html`<ul>${['<b>', html`<li>${'<i>'}</li>`]}</ul>`.text).toBe('<ul>&lt;b&gt;<li>&lt;i&gt;</li></ul>');
  expect(html`${null}${undefined}${false}${0}`.text).toBe('0');
});

test('every skipped-photo reason has a Chinese label', () => {
  for (const code of SKIPPED_PHOTO_REASONS) expect(REMOVAL_REASON_LABELS[code], code).toMatch(/[\u4e00-\u9fa5]/);
});
