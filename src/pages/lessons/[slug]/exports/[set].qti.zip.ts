import type { APIRoute, GetStaticPaths } from 'astro';
import { exportSetPaths } from '../../../../data/teach';
import type { ExportSet } from '../../../../lib/exports/common';
import { exportLabels } from '../../../../lib/exports/labels';
import { toQtiZip } from '../../../../lib/exports/qti';

export const getStaticPaths = exportSetPaths satisfies GetStaticPaths;

interface Props {
  set: ExportSet;
}

/** One question set as a QTI 1.2 content package (Canvas, Blackboard), written at build time. */
export const GET: APIRoute<Props> = ({ props }) =>
  // Copied into a plain ArrayBuffer-backed array, the body type Response accepts.
  new Response(Uint8Array.from(toQtiZip(props.set, exportLabels())), {
    headers: { 'Content-Type': 'application/zip' },
  });
