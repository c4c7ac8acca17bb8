import type { APIRoute, GetStaticPaths } from 'astro';
import { claimSortData } from '../../../data/claim-sort';
import { lessonPaths, type LessonInfo } from '../../../data/site';

export const getStaticPaths = lessonPaths satisfies GetStaticPaths;

interface Props {
  lesson: LessonInfo;
}

/** The lesson's claims and Gloss's key for "Check it yourself", loaded when the student starts. */
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(JSON.stringify(await claimSortData(props.lesson)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
