import type { APIRoute, GetStaticPaths } from 'astro';
import { exportSetPaths } from '../../../../data/teach';
import type { ExportSet } from '../../../../lib/exports/common';
import { exportLabels } from '../../../../lib/exports/labels';
import { toMoodleXml } from '../../../../lib/exports/moodle';

export const getStaticPaths = exportSetPaths satisfies GetStaticPaths;

interface Props {
  set: ExportSet;
}

/** One question set as a Moodle XML file, written at build time. */
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(toMoodleXml(props.set, exportLabels()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
