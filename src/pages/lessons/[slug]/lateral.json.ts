import type { APIRoute, GetStaticPaths } from 'astro';
import { lateralData, lateralPaths } from '../../../data/lateral';
import type { LessonInfo } from '../../../data/site';

export const getStaticPaths = lateralPaths satisfies GetStaticPaths;

interface Props {
  lesson: LessonInfo;
}

/** The lesson's lateral-reading tasks and Gloss's findings, loaded when the student starts. */
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(JSON.stringify(await lateralData(props.lesson)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
