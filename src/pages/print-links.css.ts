import type { APIRoute } from 'astro';
import { printLinkRules } from '../lib/print/printLinkRules.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(printLinkRules((site ?? new URL('http://localhost/')).origin), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
