import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { MINI_DATA } from '../helpers/mini-lesson';

/** Serves the made-up lesson's quiz data to the islands that fetch it. */
export function serveQuizData(): void {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(MINI_DATA))));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  location.hash = '';
});
