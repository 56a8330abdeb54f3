/** /chengguo/chengguo.js — the 成果库 filter script, served as a file (the CSP forbids inline scripts). */
import type { APIRoute } from 'astro';
import code from '../../components/facts/chengguo-client.js?raw';

export const GET: APIRoute = () => new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
