import type { APIRoute } from 'astro';
import { scoStyle } from '../../../data/scorm';

/** The SCORM package's style sheet, fetched by the assignment builder and put in the zip. */
export const GET: APIRoute = async () =>
  new Response(await scoStyle(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
