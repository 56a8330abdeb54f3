/**
 * A piece of the index built in a child Node process (same Node, same flags), both sides of
 * the one message protocol: the parent sends one input; the child sends `{ log }` lines, then
 * `{ result }` or `{ error }`, and exits. Used for the index shards: two at once after Astro's
 * build, one at low priority while Astro still writes pages (early-index.ts).
 */
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';

type Message<R> = { log?: string; result?: R; error?: string };

export interface ChildOptions {
  /** Raised nice value (lower priority) for the child, when allowed. */
  nice?: number;
  /** What the child does, for the error when it stops without an answer. */
  what: string;
}

/** Runs `script` (a module that calls `serveChild(flag, …)`) in a child process with `input`. */
export function runInChild<I, R>(script: URL, flag: string, input: I, log: (msg: string) => void, opts: ChildOptions): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const child = fork(fileURLToPath(script), [flag], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    if (opts.nice !== undefined && child.pid) {
      try {
        setPriority(child.pid, opts.nice);
      } catch {
        // Not allowed to lower the priority here: the work is still done, only at equal priority.
      }
    }
    let settled = false;
    child.on('message', (m: Message<R>) => {
      if (m.log) log(m.log);
      if (m.error !== undefined) { settled = true; reject(new Error(m.error)); }
      if (m.result !== undefined) { settled = true; resolve(m.result); }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`${opts.what} stopped (exit ${code}) before it answered`));
    });
    child.send(input as object);
  });
}

/**
 * The child's side: when this process was forked with `flag`, runs `work` on the one input and
 * answers. The parent gone (its build failed or was stopped) stops the child too.
 */
export function serveChild<I, R>(flag: string, work: (input: I, log: (msg: string) => void) => Promise<R>): void {
  if (!process.send || process.argv[2] !== flag) return;
  process.on('disconnect', () => process.exit(1));
  process.once('message', (input) => {
    work(input as I, (msg) => process.send?.({ log: msg })).then(
      (result) => process.send?.({ result }, () => process.exit(0)),
      (e: Error) => process.send?.({ error: e.message }, () => process.exit(1)),
    );
  });
}
