// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

const site = process.env.SITE_URL ?? 'https://edu.cqgxq.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [sitemap()],
});
