// @vitest-environment happy-dom
import { inflateSync } from 'fflate';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Assignment from '../../src/islands/Assignment';
import AssignmentBuilder from '../../src/islands/AssignmentBuilder';
import { decodeAssignment, encodeAssignment, type Assignment as AssignmentData } from '../../src/lib/assignment';
import { readAgreement } from '../../src/lib/claim-agreement';
import type { ClaimSortData } from '../../src/lib/claim-sort';
import { decodeCompletion } from '../../src/lib/result-code';
import { labels, MINI_ASSIGNMENT, MINI_DATA, MINI_INDEX, MINI_TEACH } from '../helpers/mini-lesson';
import './setup';

const CLAIMS: ClaimSortData = {
  speakers: [
    { id: 'harbour', label: 'The harbour office' },
    { id: 'keeper', label: 'The keeper' },
  ],
  claims: [
    {
      id: 'lamp-lit',
      paragraph: 1,
      quote: 'The lamp was lit every night',
      speaker: 'keeper',
      kind: 'fact',
      wasSaid: 'supported',
      isTrue: 'contradicted',
      status: 'contradicted',
      evidence: 'The log shows three dark nights.',
    },
    {
      id: 'storm',
      paragraph: 2,
      quote: 'A storm will come',
      speaker: 'harbour',
      kind: 'forecast',
      wasSaid: 'supported',
      isTrue: 'cant-tell',
      status: 'unverified',
      evidence: 'No storm was recorded.',
    },
  ],
  labels: labels('sort.', 'claims.kind.', 'claims.verdict.'),
};

/** Serves the quiz data and the claims, as the built site does. */
function serve(): void {
  vi.stubGlobal('fetch', (url: string) =>
    Promise.resolve(new Response(JSON.stringify(url.endsWith('claims.json') ? CLAIMS : MINI_DATA))),
  );
}

const openAssignment = (a: Partial<AssignmentData>): void => {
  serve();
  location.hash = `#${encodeAssignment({ ...MINI_ASSIGNMENT, claimSort: true, ...a })}`;
  render(<Assignment index={MINI_INDEX} lessons={[MINI_TEACH]} lessonsHref="/lessons/" labels={labels('assign.')} />);
};

/** The questions' part of the page (the claim sort has radios of the same names). */
const quiz = () => within(screen.getByRole('region', { name: 'Questions' }));

async function sortAndSubmit(user: ReturnType<typeof userEvent.setup>): Promise<string> {
  await user.type(await screen.findByRole('textbox', { name: 'Your name or initials' }), 'Ana');
  await user.click(screen.getByRole('button', { name: 'Start' }));
  const task = await screen.findByRole('region', { name: 'Check it yourself' });
  expect(task.textContent).toContain('Claim 1 of 2');
  await user.click(within(task).getByRole('radio', { name: 'The keeper' }));
  await user.click(within(task).getByRole('radio', { name: 'opinion' }));
  await user.click(quiz().getByRole('radio', { name: 'The keeper' }));
  await user.click(screen.getByRole('radio', { name: 'True' }));
  await user.click(screen.getByRole('radio', { name: 'The article says so' }));
  await user.click(screen.getByRole('button', { name: 'Submit my answers' }));
  const code = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Your completion code' });
  return code.value;
}

describe('the claim sort in an assignment', () => {
  it('keeps the key hidden before submitting and while attempts are left, and puts the agreement in the code', async () => {
    const user = userEvent.setup();
    openAssignment({ reveal: 'after', attempts: 2 });
    const code = await sortAndSubmit(user);
    const decoded = decodeCompletion(code, inflateSync);
    const claims = decoded.ok ? (decoded.completion.claims ?? []) : [];
    expect(claims).toHaveLength(2);
    expect(readAgreement(claims[0] ?? -1)).toEqual({
      speaker: 'agrees',
      kind: 'differs',
      wasSaid: 'unanswered',
      isTrue: 'unanswered',
    });
    expect(screen.getByText('You sorted 0 of 2 claims.')).toBeDefined();
    expect(screen.getByText(/^Gloss’s claims key shows once/)).toBeDefined();
    expect(screen.queryByText(/You agree with Gloss/)).toBeNull();
    expect(screen.queryByText('The log shows three dark nights.')).toBeNull();
  });

  it('shows the key after the last attempt is submitted, never before', async () => {
    const user = userEvent.setup();
    openAssignment({ reveal: 'after', attempts: 1 });
    await user.type(await screen.findByRole('textbox', { name: 'Your name or initials' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const task = await screen.findByRole('region', { name: 'Check it yourself' });
    expect(screen.getByText(/^Gloss’s claims key is not shown yet/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Compare with Gloss' })).toBeNull();
    await user.click(within(task).getByRole('radio', { name: 'opinion' }));
    await user.click(quiz().getByRole('radio', { name: 'The keeper' }));
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('radio', { name: 'The article says so' }));
    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));
    expect(await screen.findByText(/^You agree with Gloss on 0 of 8 answers/)).toBeDefined();
    expect(screen.getByText('The log shows three dark nights.')).toBeDefined();
  });

  it('lets the student compare at any time when the key is revealed at once', async () => {
    const user = userEvent.setup();
    openAssignment({ reveal: 'now' });
    await user.type(await screen.findByRole('textbox', { name: 'Your name or initials' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'Compare with Gloss' }));
    expect(screen.getByText(/^You agree with Gloss on 0 of 8 answers/)).toBeDefined();
  });

  it('never shows the key with "never", even after the last attempt', async () => {
    const user = userEvent.setup();
    openAssignment({ reveal: 'never', attempts: 1 });
    await user.type(await screen.findByRole('textbox', { name: 'Your name or initials' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('region', { name: 'Check it yourself' });
    await user.click(quiz().getByRole('radio', { name: 'The keeper' }));
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('radio', { name: 'The article says so' }));
    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));
    expect(await screen.findByText(/^Your teacher chose not to show Gloss’s claims key/)).toBeDefined();
    expect(screen.queryByText(/You agree with Gloss/)).toBeNull();
  });
});

describe('the builder’s reveal setting and claim sort', () => {
  it('makes a version 2 link with them, and offers the layer switches only when revealed at once', async () => {
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
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Lamps');
    await user.click(screen.getByRole('checkbox', { name: 'Set basics (2 questions)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Include “Check it yourself”/ }));
    expect(screen.getByRole('checkbox', { name: 'Show the margin notes' })).toBeDefined();
    await user.click(screen.getByRole('radio', { name: /^After the student submits/ }));
    expect(screen.queryByRole('checkbox', { name: 'Show the margin notes' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    const link = screen.getByRole<HTMLInputElement>('textbox', { name: 'Assignment link' }).value;
    expect(link).toMatch(/#2\./);
    expect(decodeAssignment(link, MINI_INDEX)).toMatchObject({
      ok: true,
      assignment: { reveal: 'after', claimSort: true, showNotes: false, showClaims: false },
    });
  });
});
