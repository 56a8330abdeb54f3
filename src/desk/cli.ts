/**
 * `npm run desk [-- --port N --reports DIR --sources DIR]`: serves the review desk on
 * http://127.0.0.1:4322/ until Ctrl-C. Folders default to the project's content/reports
 * (or REPORTS_DIR, as the build reads it) and content/sources; relative paths are read from the
 * folder the command was typed in (npm's INIT_CWD), as ingest reads them.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DESK_PORT } from '../consts.ts';
import { startDesk } from './server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const typedIn = process.env.INIT_CWD ?? process.cwd();
const { values } = parseArgs({ options: { port: { type: 'string' }, reports: { type: 'string' }, sources: { type: 'string' } } });
const port = values.port === undefined ? DESK_PORT : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port ${values.port}: expected a port number (0–65535)`);
  process.exit(2);
}
const reports = values.reports ? path.resolve(typedIn, values.reports) : path.resolve(ROOT, process.env.REPORTS_DIR ?? 'content/reports');
const sources = values.sources ? path.resolve(typedIn, values.sources) : path.join(ROOT, 'content/sources');
try {
  const desk = await startDesk({ reports, sources }, port);
  console.log(`审稿台：${desk.url}/ （只在本机可用；Ctrl-C 退出）\n报道：${reports}\n原文：${sources}`);
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `端口 ${port} 已被占用：换一个，例如 npm run desk -- --port ${port + 1}` : (err as Error).message);
  process.exit(1);
}
