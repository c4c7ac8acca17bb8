import type { APIRoute } from 'astro';
import { scoScript } from '../../../data/scorm';

/** The SCORM package's script, fetched by the assignment builder and put in the zip. */
export const GET: APIRoute = async () =>
  new Response(await scoScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
