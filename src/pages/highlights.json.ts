import type { APIRoute } from 'astro';
import { highlightsLabels } from '../data/highlights';

/**
 * The strings of the student-highlights island, loaded when the student first highlights or opens
 * the list, so the lesson page's first paint carries none of them.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ labels: highlightsLabels() }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
