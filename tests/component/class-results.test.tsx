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
});
