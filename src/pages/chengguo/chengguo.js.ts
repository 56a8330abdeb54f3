/**
 * /chengguo/chengguo.js — the 成果库 filter script, served as a file (the CSP forbids inline
 * scripts). Its one import, the shared displayNumber, is replaced by that module's text, so
 * the page script is one request and shows numbers exactly as the server-rendered rows do.
 */
import type { APIRoute } from 'astro';
import client from '../../components/facts/chengguo-client.js?raw';
import shared from '../../lib/chengguo/display-number.js?raw';

const IMPORT = /^import \{ displayNumber \} from '[^']+';\n/m;

export function chengguoScript(clientCode: string = client, sharedCode: string = shared): string {
  if (!IMPORT.test(clientCode)) throw new Error('chengguo-client.js: expected its displayNumber import, to inline the shared module');
  return clientCode.replace(IMPORT, () => sharedCode.replace(/^\/\/ @ts-check\n/, '').replace(/^export /m, ''));
}

export const GET: APIRoute = () => new Response(chengguoScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
