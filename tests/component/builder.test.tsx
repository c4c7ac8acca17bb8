// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AssignmentBuilder from '../../src/islands/AssignmentBuilder';
import { decodeAssignment } from '../../src/lib/assignment';
import { classroomShareUrl, teamsShareUrl } from '../../src/lib/share-links';
import { labels, MINI_INDEX, MINI_TEACH } from '../helpers/mini-lesson';
import './setup';

describe('the assignment builder', () => {
  it('makes a link from a title and a ticked set', async () => {
    const user = userEvent.setup();
    render(
      <AssignmentBuilder
        lessons={[MINI_TEACH]}
        assignHref="/assign/"
        resultsHref="/teach/results/"
        scormHref="/teach/scorm/"
        labels={labels('teach.')}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(screen.getByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('Give the assignment a title'),
    );

    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Lamps');
    await user.click(screen.getByRole('checkbox', { name: 'Set basics (2 questions)' }));
    await user.click(screen.getByRole('button', { name: 'Make the link' }));

    const link = screen.getByRole('textbox', { name: 'Assignment link' });
    expect(link).toHaveProperty('value', expect.stringContaining('/assign/#'));
    const decoded = decodeAssignment((link as HTMLInputElement).value, MINI_INDEX);
    expect(decoded.ok && decoded.assignment).toMatchObject({ title: 'Lamps', sets: ['basics'], questions: [] });

    // Plain share links (no vendor script) that carry the whole link, its `#` settings included.
    const value = (link as HTMLInputElement).value;
    for (const [name, url] of [
      ['Share to Google Classroom', classroomShareUrl(value)],
      ['Share to Microsoft Teams', teamsShareUrl(value)],
    ] as const) {
      expect(screen.getByRole('link', { name }).getAttribute('href')).toBe(url);
    }
  });

  it('says what the attempt limit cannot promise, and warns about a due date in the past', async () => {
    const user = userEvent.setup();
    render(
      <AssignmentBuilder
        lessons={[MINI_TEACH]}
        assignHref="/assign/"
        resultsHref="/teach/results/"
        scormHref="/teach/scorm/"
        labels={labels('teach.')}
      />,
    );
    expect(screen.getByText(/^The attempt limit holds per device/)).toBeDefined();
    expect(screen.getByText(/^The right answers are in the page for anyone who digs/)).toBeDefined();
    expect(screen.getByText(/^For stakes that matter, use your learning platform’s export/)).toBeDefined();
    expect(screen.queryByText(/^This date is in the past/)).toBeNull();
    const due = screen.getByLabelText('Due date (optional)');
    await user.type(due, '2001-01-01');
    expect(screen.getByText(/^This date is in the past/)).toBeDefined();
  });
});
