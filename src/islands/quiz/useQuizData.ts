/**
 * Fetches a lesson's quiz data once per page, however many of its sets (islands) are on it, and
 * shares the result between them.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { isQuizData, type QuizData } from '../../lib/quiz-data';

type Loaded = QuizData | 'loading' | 'failed';
const loaded = new Map<string, Loaded>();
const listeners = new Set<() => void>();

function load(src: string): void {
  if (loaded.has(src)) return;
  loaded.set(src, 'loading');
  fetch(src)
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : Promise.reject(new Error(src))))
    .then((data) => {
      loaded.set(src, isQuizData(data) ? data : 'failed');
    })
    .catch(() => {
      // Offline without a cached copy: the self-check version stays, which works without it.
      loaded.set(src, 'failed');
    })
    .finally(() => {
      for (const listener of [...listeners]) listener();
    });
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The quiz data at `src` once loaded; undefined while loading, on the server, or if it failed. */
export function useQuizData(src: string): QuizData | undefined {
  const state = useSyncExternalStore(
    subscribe,
    () => loaded.get(src),
    () => undefined,
  );
  useEffect(() => {
    load(src);
  }, [src]);
  return typeof state === 'object' ? state : undefined;
}
