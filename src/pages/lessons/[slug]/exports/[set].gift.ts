import type { APIRoute, GetStaticPaths } from 'astro';
import { exportSetPaths } from '../../../../data/teach';
import type { ExportSet } from '../../../../lib/exports/common';
import { toGift } from '../../../../lib/exports/gift';
import { exportLabels } from '../../../../lib/exports/labels';

export const getStaticPaths = exportSetPaths satisfies GetStaticPaths;

interface Props {
  set: ExportSet;
}

/** One question set as a Moodle GIFT file, written at build time. */
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(toGift(props.set, exportLabels()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
