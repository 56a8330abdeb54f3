import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteIndex } from '../lib/reports.ts';
import { feedDate } from '../lib/dates.ts';
import { rssDescription } from '../lib/output-escape.ts';
import { PAGE_SIZE, SITE_DESCRIPTION, SITE_TITLE, UNTITLED } from '../consts.ts';

/** The latest reports as RSS 2.0. */
export async function GET(context: APIContext) {
  const index = await siteIndex();
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: context.site!,
    customData: '<language>zh-cn</language>',
    items: index.reports.slice(0, PAGE_SIZE * 2).map((r) => ({
      title: r.data.title ?? UNTITLED,
      link: r.url,
      // Only an exact, stated day: a partial or inferred date has no honest RFC 822 form (src/lib/dates.ts).
      pubDate: feedDate(r.data),
      // Readers render the description as HTML: the summary is text, so it goes in escaped.
      description: rssDescription(r.data.summary),
      categories: r.data.topics,
    })),
  });
}
