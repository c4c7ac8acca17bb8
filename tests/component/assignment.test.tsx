// @vitest-environment happy-dom
import { inflateSync } from 'fflate';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Assignment from '../../src/islands/Assignment';
import { encodeAssignment } from '../../src/lib/assignment';
import { decodeCompletion } from '../../src/lib/result-code';
import { ASSIGNMENT_STORE_KEY } from '../../src/lib/store';
import { labels, MINI_INDEX, MINI_TEACH, MINI_ASSIGNMENT } from '../helpers/mini-lesson';
import { serveQuizData } from './setup';

const assignment = MINI_ASSIGNMENT;

const open = (): void => {
  serveQuizData();
  location.hash = `#${encodeAssignment(assignment)}`;
  render(<Assignment index={MINI_INDEX} lessons={[MINI_TEACH]} lessonsHref="/lessons/" labels={labels('assign.')} />);
};

describe('an assignment opened from a link', () => {
  it('takes a name and answers, and gives a completion code on submit', async () => {
    const user = userEvent.setup();
    open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Lamps' })).toBeDefined();
    await user.type(screen.getByRole('textbox', { name: 'Your name or initials' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('radio', { name: 'The keeper' }));
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('radio', { name: 'The article says so' }));
    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));

    const code = await screen.findByRole('textbox', { name: 'Your completion code' });
    const decoded = decodeCompletion((code as HTMLInputElement).value, inflateSync);
    expect(decoded.ok && decoded.completion).toMatchObject({ student: 'Ana', assignment: assignment.id, score: 2 });
    // The submission time, from this device's clock, is in the code and said on screen.
    expect(decoded.ok && decoded.completion.submitted).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    expect(screen.getByText(/^Submitted .*, by this device’s clock\.$/)).toBeDefined();
    // A multi-line block, not a one-line input.
    expect(code.tagName).toBe('TEXTAREA');
    // No share sheet in this browser: no share button.
    expect(screen.queryByRole('button', { name: 'Share code' })).toBeNull();
  });

  it('offers the code as a QR code on demand, and to the share sheet where there is one', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const user = userEvent.setup();
    open();
    await user.type(await screen.findByRole('textbox', { name: 'Your name or initials' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('radio', { name: 'The keeper' }));
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('radio', { name: 'The article says so' }));
    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));
    const block = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Your completion code' });
    const code = block.value;
    // The QR code is drawn only when asked for (its package loads then).
    expect(screen.queryByRole('img', { name: 'QR code of your completion code' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show as a QR code' }));
    expect(await screen.findByRole('img', { name: 'QR code of your completion code' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Share code' }));
    expect(share).toHaveBeenCalledWith({ title: assignment.title, text: code });
    expect(await screen.findByText('Code shared.')).toBeDefined();
    Reflect.deleteProperty(navigator, 'share');
  });

  it('sets unreadable saved answers aside and says so', async () => {
    localStorage.setItem(ASSIGNMENT_STORE_KEY, '{"version":1,"assignments":');
    open();
    const form = await screen.findByRole('textbox', { name: 'Your name or initials' });
    expect(form).toBeDefined();
    expect(screen.getByText(/could not be read\. They have been kept aside/)).toBeDefined();
    const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${ASSIGNMENT_STORE_KEY}:backup:`));
    expect(backups.map((k) => localStorage.getItem(k))).toEqual(['{"version":1,"assignments":']);
    expect(within(document.body).queryByText(/storage is full/)).toBeNull();
  });

  it('still shows saved answers when storage is full, and warns that new ones cannot be saved', async () => {
    const saved = {
      version: 1,
      assignments: {
        [assignment.id]: {
          name: 'Ana',
          salt: 'S4LT',
          attempts: [{ answers: { 'hl-keeper': { type: 'single', choice: 0 } }, checked: [], finished: null }],
        },
      },
    };
    localStorage.setItem(ASSIGNMENT_STORE_KEY, JSON.stringify(saved));
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    open();
    expect(await screen.findByRole('radio', { name: 'The keeper' })).toHaveProperty('checked', true);
    // The page's store was made by an earlier test, so it finds the storage full on this write.
    await userEvent.setup().click(screen.getByRole('radio', { name: 'The mayor' }));
    expect(screen.getByRole('radio', { name: 'The mayor' })).toHaveProperty('checked', true);
    expect(screen.getByText(/storage is full: your saved answers are shown/)).toBeDefined();
    expect(localStorage.getItem(ASSIGNMENT_STORE_KEY)).toBe(JSON.stringify(saved));
    vi.restoreAllMocks();
  });
});
