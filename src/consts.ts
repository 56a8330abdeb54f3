/** Site-wide constants: one place for names and URLs the pages share. */
import { PLACEHOLDER_SITE, siteOrigin } from './lib/settings.ts';
export const SITE_TITLE = '重庆高新区教育报道';
export const SITE_DESCRIPTION = '西部（重庆）科学城重庆高新区教育新闻与成果报道汇编。';
export const SITE_LANG = 'zh-CN';
/** Public origin of the site; canonical URLs, the sitemap and RSS are built from it (SITE_URL, checked by src/lib/settings.ts before the build). */
export const SITE_URL = siteOrigin(process.env.SITE_URL) ?? PLACEHOLDER_SITE;
/** Reports per page on listing pages (home, year archives, topics). */
export const PAGE_SIZE = 20;
/** A report gets a table of contents from this many sections on. */
export const TOC_MIN_SECTIONS = 3;
/** Shown wherever a report without a headline (ingest's `title: null`) needs a name: cards, links, the page, RSS, the 成果库. */
export const UNTITLED = '（无标题）';
/** The 专题 of reports that have none, so every report is reachable from /topics/ (listed last). */
export const OTHER_TOPIC = '其他';
/** Search sort key of undated reports and facts: sorts after every date, newest first. */
export const UNDATED_SORT = '0000';
/** The year bucket of undated reports: `/years/undated/`, the 成果库's last year (sorted by compareYearsDesc in src/lib/dates.ts). */
export const UNDATED = 'undated';
/** Port of the staff review desk (`npm run desk`, src/desk/), on 127.0.0.1 only; `--port` overrides it. */
export const DESK_PORT = 4322;
