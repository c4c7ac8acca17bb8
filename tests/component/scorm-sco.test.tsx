// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import { Sco } from '../../src/islands/scorm/Sco';
import { SCO_TEXT_KEYS, scoData, type ScoText } from '../../src/lib/scorm/package';
import type { Scorm12Api } from '../../src/lib/scorm/runtime';
import { MINI_ASSIGNMENT, MINI_DATA } from '../helpers/mini-lesson';
import './setup';

const text = Object.fromEntries(
  SCO_TEXT_KEYS.map((k) => [k, (en as Record<string, string>)[`teach.scorm.sco.${k}`] ?? '']),
) as unknown as ScoText;
const d = scoData({
  a: MINI_ASSIGNMENT,
  data: MINI_DATA,
  lesson: { title: 'Harbour lights', href: 'https://gloss.example/lessons/harbour-lights/' },
  text,
});

/** A fake LMS on `window.API` that records every call. */
function installLms(): { values: Map<string, string>; calls: string[] } {
  const values = new Map<string, string>([['cmi.core.lesson_status', 'not attempted']]);
  const calls: string[] = [];
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('initialize'), 'true'),
    LMSFinish: () => (calls.push('finish'), 'true'),
    LMSCommit: () => (calls.push('commit'), 'true'),
    LMSGetValue: (e) => values.get(e) ?? '',
    LMSSetValue: (e, v) => (values.set(e, v), 'true'),
    LMSGetLastError: () => '0',
  };
  (window as unknown as { API?: Scorm12Api }).API = api;
  return { values, calls };
}

afterEach(() => {
  delete (window as unknown as { API?: Scorm12Api }).API;
});

describe('the SCO page', () => {
  it('starts the LMS session, refuses to finish with questions unanswered, then sends Gloss’s score once', async () => {
    const lms = installLms();
    const user = userEvent.setup();
    render(<Sco d={d} />);
    expect(lms.calls).toEqual(['initialize']);
    expect(lms.values.get('cmi.core.lesson_status')).toBe('incomplete');

    await user.click(screen.getByRole('button', { name: 'Finish and send my answers' }));
    expect(screen.getByRole('alert').textContent).toBe('Answer every question first. Not answered yet: 1, 2.');
    expect(lms.calls).toEqual(['initialize']);

    // The single choice right; the true/false right with the wrong reason (half the mark).
    await user.click(screen.getByRole('radio', { name: 'The keeper' }));
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('radio', { name: 'A guess' }));
    await user.click(screen.getByRole('button', { name: 'Finish and send my answers' }));

    expect(screen.getByText('Score: 1.5 out of 2 (75%).')).toBeTruthy();
    expect(screen.getByText('Your result was sent to your learning platform.')).toBeTruthy();
    expect(lms.values.get('cmi.core.score.raw')).toBe('75');
    expect(lms.values.get('cmi.core.lesson_status')).toBe('completed');
    expect(lms.values.get('cmi.interactions.0.result')).toBe('correct');
    expect(lms.values.get('cmi.interactions.1.result')).toBe('0.5');
    expect(lms.calls).toEqual(['initialize', 'commit', 'finish']);
    // Assessment mode: no right answers shown after finishing.
    expect(screen.queryByText(/Right answer/)).toBeNull();
  });

  it('says the result will not be recorded when no LMS is around it', () => {
    render(<Sco d={d} />);
    expect(screen.getAllByText(/not running inside a learning platform/)).toHaveLength(1);
  });
});
