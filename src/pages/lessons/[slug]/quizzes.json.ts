import type { APIRoute, GetStaticPaths } from 'astro';
import { quizData } from '../../../data/quizzes';
import { lessonPaths, type LessonInfo } from '../../../data/site';

export const getStaticPaths = lessonPaths satisfies GetStaticPaths;

interface Props {
  lesson: LessonInfo;
}

/** The lesson's question sets for the quiz islands, loaded once a quiz scrolls into view. */
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(JSON.stringify(await quizData(props.lesson)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
