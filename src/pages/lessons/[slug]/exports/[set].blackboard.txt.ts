import type { APIRoute, GetStaticPaths } from 'astro';
import { exportSetPaths } from '../../../../data/teach';
import { toBlackboard } from '../../../../lib/exports/blackboard';
import type { ExportSet } from '../../../../lib/exports/common';
import { exportLabels } from '../../../../lib/exports/labels';

export const getStaticPaths = exportSetPaths satisfies GetStaticPaths;

interface Props {
  set: ExportSet;
}

/** One question set as a Blackboard Learn "Upload Questions" file (tab-delimited), written at build time. */
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(toBlackboard(props.set, exportLabels()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
