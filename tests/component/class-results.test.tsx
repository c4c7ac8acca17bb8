// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ClassResults from '../../src/islands/ClassResults';
import { encodeAssignment } from '../../src/lib/assignment';
import { encodeCompletion } from '../../src/lib/result-code';
import { labels, MINI_INDEX, MINI_TEACH, MINI_ASSIGNMENT } from '../helpers/mini-lesson';
import { serveQuizData } from './setup';

const assignment = MINI_ASSIGNMENT;

describe('the class results page', () => {
  it('shows a row for a pasted code', async () => {
    serveQuizData();
    const user = userEvent.setup();
    render(
      <ClassResults
        index={MINI_INDEX}
        lessons={[MINI_TEACH]}
        assignHref="/assign/"
        labels={labels('results.', 'assign.error.')}
      />,
    );
    const code = encodeCompletion({
      assignment: assignment.id,
      student: 'Ana',
      attempt: 1,
      score: 1,
      answers: [{ type: 'single', choice: 0 }, null],
    });
    await user.type(
      screen.getByRole('textbox', { name: /^Assignment link/ }),
      `/assign/#${encodeAssignment(assignment)}`,
    );
    await user.click(screen.getByRole('textbox', { name: 'Completion codes, one per line' }));
    await user.paste(code);
    expect(await screen.findByRole('heading', { name: /Lamps/ })).toBeDefined();
    const row = screen.getByRole('row', { name: /^Ana/ });
    expect(row.textContent).toContain('1 / 2');
  });

  it('offers "Scan a code" only where the browser has BarcodeDetector and a camera API', () => {
    const page = () =>
      render(
        <ClassResults
          index={MINI_INDEX}
          lessons={[MINI_TEACH]}
          assignHref="/assign/"
          labels={labels('results.', 'assign.error.')}
        />,
      );
    const { unmount } = page();
    expect(screen.queryByRole('button', { name: 'Scan a code' })).toBeNull();
    unmount();
    vi.stubGlobal('BarcodeDetector', function BarcodeDetector() {
      return undefined;
    });
    Object.defineProperty(navigator, 'mediaDevices', { value: {}, configurable: true });
    page();
    expect(screen.getByRole('button', { name: 'Scan a code' })).toBeDefined();
    Reflect.deleteProperty(navigator, 'mediaDevices');
  });

  it('keeps the class after a reload, shows a nameless code as such, and lets the teacher name it', async () => {
    serveQuizData();
    const user = userEvent.setup();
    const page = () =>
      render(
        <ClassResults
          index={MINI_INDEX}
          lessons={[MINI_TEACH]}
          assignHref="/assign/"
          labels={labels('results.', 'assign.error.')}
        />,
      );
    const nameless = encodeCompletion({
      assignment: assignment.id,
      student: '',
      attempt: 1,
      score: 1,
      answers: [{ type: 'single', choice: 0 }, null],
      submitted: '2026-03-14T09:00:00.000Z',
    });
    const link = `/assign/#${encodeAssignment(assignment)}`;
    const first = page();
    await user.type(screen.getByRole('textbox', { name: /^Assignment link/ }), link);
    await user.click(screen.getByRole('textbox', { name: 'Completion codes, one per line' }));
    await user.paste(nameless);
    expect(await screen.findByRole('row', { name: /^no name given/ })).toBeDefined();
    expect(screen.getByText(/submitted .*, by the student’s clock/)).toBeDefined();
    await user.type(screen.getByRole('textbox', { name: 'Name for the code from Line 1 (no name given)' }), 'Dee');
    expect(await screen.findByRole('row', { name: /^Dee/ })).toBeDefined();
    first.unmount();

    // A reload: the same link, nothing pasted; the saved class comes back with the name.
    page();
    await user.type(screen.getByRole('textbox', { name: /^Assignment link/ }), link);
    expect(await screen.findByRole('row', { name: /^Dee/ })).toBeDefined();
    expect(screen.getByRole('textbox', { name: 'Completion codes, one per line' })).toHaveProperty(
      'value',
      `${nameless}\n`,
    );

    // Clearing asks first, then forgets the class.
    await user.click(screen.getByRole('button', { name: 'Clear this class from this device' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear it' }));
    expect(await screen.findByText('The class was cleared from this device.')).toBeDefined();
    expect(screen.queryByRole('row', { name: /^Dee/ })).toBeNull();
  });
});
