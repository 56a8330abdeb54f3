/**
 * `npm run ingest -- [--json] [--force] [--out dir] [--quiet] <file|folder>...`
 * Thin edge around run-ingest.ts: real stdout/stderr and the exit status. Unexpected errors
 * print one line (no stack trace unless INGEST_DEBUG is set).
 */
import { runIngest } from './run-ingest.ts';

// `npm run ingest -- … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

try {
  process.exitCode = await runIngest(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    tty: Boolean(process.stderr.isTTY),
    // `npm run ingest -- <paths>` from any folder: npm runs this in the project root and passes the
    // caller's folder as INIT_CWD. Only for that script: `npm start` names `content/sources` from the root.
    cwd: process.env.npm_lifecycle_event === 'ingest' ? process.env.INIT_CWD : undefined,
  });
} catch (e) {
  process.stderr.write(`错误：ingest 内部错误：${(e as Error).message}（设置 INGEST_DEBUG=1 可看详细信息）\n`);
  if (process.env.INGEST_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 2;
}
