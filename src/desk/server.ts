/**
 * The desk's local web server: node:http on 127.0.0.1 only, pages built per request from the
 * files (so a fix in the editor shows on reload), and one write — publishing a ready draft.
 * Every response carries a Content-Security-Policy that allows the desk's own stylesheet and
 * nothing else (no script at all). The write is guarded three ways, since any web page the
 * staff member has open could post a form to localhost: the Host header must name this server
 * (DNS rebinding), the form must carry this run's random token and come from this origin, and
 * the file must still have the SHA-256 it had when the page showed it.
 */
import { randomBytes, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { writeAtomic } from '../lib/write-atomic.ts';
import { deskDetail, deskList, reportPath, type DeskFolders } from './desk-reports.ts';
import { detailPage } from './detail-page.ts';
import { listPage, shell } from './list-page.ts';
import { html } from './html.ts';
import { publishEdit } from './publish-edit.ts';

export const DESK_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const CSS = readFileSync(new URL('./desk.css', import.meta.url), 'utf8');

/** What a publish ended in, shown on the report's page after the redirect. */
const NOTICES: Record<string, string> = {
  published: '已发布：draft 与 draftReasons 已从文件中删去，下次构建时上线。',
  changed: '没有写入：文件在本页打开之后被改动过。请看一看现在的内容，再决定是否发布。',
  refused: '没有写入：审稿台不能安全地自动修改这个文件，请按下面说明手工删去那几行。',
  'not-ready': '没有写入：这篇草稿还有没改好的原因。',
};

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': DESK_CSP,
    'X-Content-Type-Options': 'nosniff',
    // same-origin, not no-referrer: under no-referrer Chromium sends `Origin: null` with the publish form, which the origin check must refuse.
    'Referrer-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

const page = (res: ServerResponse, status: number, body: string) => send(res, status, 'text/html; charset=utf-8', body);
const notFound = (res: ServerResponse) => page(res, 404, shell('找不到', html`<h1>找不到这个页面</h1><p><a href="/">回到待审报道</a></p>`).text);
const redirect = (res: ServerResponse, to: string) => send(res, 303, 'text/plain; charset=utf-8', '', { Location: to });

function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 16 * 1024) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', () => resolve(null));
  });
}

export interface DeskServer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

export function startDesk(folders: DeskFolders, port: number): Promise<DeskServer> {
  const token = randomBytes(24).toString('hex');
  let origin = '';

  async function publish(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const fromHere = (req.headers.origin ?? `http://${req.headers.host}`) === `http://${req.headers.host}` && (req.headers['sec-fetch-site'] ?? 'same-origin') === 'same-origin';
    const form = await readForm(req);
    if (!fromHere || !form || form.get('token') !== token) return page(res, 403, shell('拒绝', html`<h1>拒绝写入</h1><p>这个请求不是从审稿台本身的页面发出的。</p>`).text);
    const name = form.get('file') ?? '';
    const file = reportPath(folders, name);
    if (!file) return notFound(res);
    const back = `/report/${encodeURIComponent(name)}`;
    const raw = readFileSync(file, 'utf8');
    if (sha(raw) !== form.get('sha256')) return redirect(res, `${back}?done=changed`);
    const detail = await deskDetail(folders, name);
    if (detail?.state !== 'ready') return redirect(res, `${back}?done=not-ready`);
    const edit = publishEdit(name, raw);
    if (!edit.ok) return redirect(res, `${back}?done=refused`);
    await writeAtomic(file, edit.text);
    redirect(res, `${back}?done=published`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A page elsewhere that rebinds its own name to 127.0.0.1 sends its own name as Host.
    const port = new URL(origin).port;
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) return send(res, 421, 'text/plain; charset=utf-8', 'wrong host');
    const url = new URL(req.url ?? '/', origin);
    if (req.method === 'POST' && url.pathname === '/publish') return publish(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed', { Allow: 'GET, HEAD, POST' });
    if (url.pathname === '/desk.css') return send(res, 200, 'text/css; charset=utf-8', CSS);
    if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (url.pathname === '/') {
      const { items, problems } = deskList(folders);
      return page(res, 200, listPage(items, problems).text);
    }
    const m = /^\/report\/([^/]+)$/.exec(url.pathname);
    if (!m) return notFound(res);
    let name: string;
    try {
      name = decodeURIComponent(m[1]!);
    } catch {
      return notFound(res);
    }
    const detail = await deskDetail(folders, name);
    if (!detail) return notFound(res);
    const edit = detail.state === 'draft' || detail.state === 'ready' ? publishEdit(name, readFileSync(reportPath(folders, name)!, 'utf8')) : null;
    const notice = NOTICES[url.searchParams.get('done') ?? ''] ?? null;
    page(res, 200, detailPage(detail, { edit, token, notice }).text);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => page(res, 500, shell('出错', html`<h1>出错了</h1><pre>${err.stack ?? err.message}</pre>`).text));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: the desk shows unpublished drafts and can edit files; nobody else on the network may reach it.
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}`;
      resolve({ server, url: origin, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
