import { describe, expect, it } from 'vitest';
import { answerText, explanations, plainText, rightAnswerText, type AnswerWords } from '../../src/lib/answer-text';
import { assignedQuestionIds, encodeAssignment, type Assignment } from '../../src/lib/assignment';
import {
  HARDEST_COUNT,
  RESULT_FILE_FORMAT,
  classCsv,
  classResults,
  collectCodes,
  csvCell,
  toCsv,
  type CsvLabels,
} from '../../src/lib/class-results';
import { correctAnswer, scoreSet, type Answer, type Question } from '../../src/lib/quiz';
import { encodeCompletion } from '../../src/lib/result-code';
import { INDEX, LESSON, QUESTIONS } from '../helpers/teach';

const sets = INDEX.lessons.find((l) => l.id === LESSON)?.sets ?? [];
// Two whole sets: enough question types to exercise every answer shape the lesson uses.
const assignment: Assignment = {
  id: 'K3M9QX2A',
  lesson: LESSON,
  sets: sets.slice(0, 2).map((s) => s.id),
  questions: [],
  title: 'Week 3',
  className: '9B',
  due: null,
  mode: 'assessment',
  shuffle: false,
  attempts: 2,
  showNotes: true,
  showClaims: true,
};
const questions: Question[] = assignedQuestionIds(assignment, INDEX).flatMap((id) => {
  const q = QUESTIONS.get(id);
  return q ? [q] : [];
});

const words: AnswerWords = { true: 'True', false: 'False', none: '(no answer)', paragraph: (n) => `¶${n}` };
const labels: CsvLabels = {
  student: 'Student',
  attempt: 'Attempt',
  score: 'Score',
  max: 'Out of',
  percent: 'Percent',
  questionScore: (n, id) => `Q${n} score (${id})`,
  questionAnswer: (n, id) => `Q${n} answer (${id})`,
};

/** A wrong answer of the right type: the first option that is not right, or nothing. */
function wrongAnswer(q: Question): Answer | null {
  switch (q.type) {
    case 'single':
    case 'evidence':
      return { type: q.type, choice: q.options.findIndex((o) => !o.correct) };
    case 'truefalse':
      return { type: 'truefalse', value: !q.answer, why: q.why.findIndex((o) => !o.correct) };
    default:
      return null;
  }
}

function code(
  student: string,
  answers: (Answer | null)[],
  attempt = 1,
  id = assignment.id,
  submitted?: string,
): string {
  const result = scoreSet(questions, Object.fromEntries(questions.map((q, i) => [q.id, answers[i] ?? undefined])));
  return encodeCompletion({ assignment: id, student, attempt, score: result.score, answers, submitted });
}

const allRight = questions.map(correctAnswer);
const allWrong = questions.map(wrongAnswer);
// Right on every question but the first.
const mostlyRight = questions.map((q, i) => (i === 0 ? wrongAnswer(q) : correctAnswer(q)));

describe('class results', () => {
  it('uses the content it was written for', () => {
    expect(questions.length).toBeGreaterThanOrEqual(4);
  });

  it('builds the table from valid codes and reports every other line, keeping the valid ones', () => {
    const ana = code('Ana', allRight);
    const pasted = [
      ana,
      '',
      'not a code!',
      code('Ben', allWrong),
      ana, // pasted twice
      code('Cleo', allRight, 1, 'ZZZZZZZZ'), // another assignment
      ana.slice(0, -2), // cut short
      code('Dev', mostlyRight),
    ].join('\n');
    const { codes, problems: fileProblems } = collectCodes(pasted);
    expect(codes.map((c) => c.source)).toEqual([1, 3, 4, 5, 6, 7, 8].map((line) => ({ type: 'line', line })));
    const r = classResults(assignment, questions, codes, fileProblems);

    expect(r.rows.map((row) => [row.student, row.result.score])).toEqual([
      ['Ana', questions.length],
      ['Ben', 0],
      ['Dev', questions.length - 1],
    ]);
    expect(r.problems.map((p) => [p.source, p.kind, p.severity])).toEqual([
      [{ type: 'line', line: 3 }, 'characters', 'error'],
      [{ type: 'line', line: 5 }, 'duplicate', 'error'],
      [{ type: 'line', line: 6 }, 'other-assignment', 'error'],
      [{ type: 'line', line: 7 }, 'checksum', 'error'],
    ]);
    expect(r.problems[1]?.message).toBe('Line 5: the same code as line 1; it is counted once.');
    expect(r.problems[2]?.message).toBe(
      'Line 6: this code is for another assignment (ZZZZZZZZ), not “Week 3” (K3M9QX2A).',
    );

    // Question 1: Ana right, Ben wrong, Dev wrong → a third of the class.
    expect(r.questions[0]).toMatchObject({ number: 1, right: 1, mean: 1 / 3, hardest: true });
    // The rest: Ana and Dev right, Ben wrong (or no answer).
    expect(r.questions[1]).toMatchObject({ number: 2, right: 2, mean: 2 / 3 });
    expect(r.hardest[0]).toBe(questions[0]?.id);
    expect(r.hardest.length).toBeLessThanOrEqual(HARDEST_COUNT);
    expect(r.skills.length).toBeGreaterThan(0);
    for (const s of r.skills) expect(s.mean).toBeGreaterThanOrEqual(0);
  });

  it('keeps the latest attempt per student and notes the earlier one', () => {
    const first = code('Ana', allWrong, 1);
    const second = code('ana ', allRight, 2);
    const r = classResults(assignment, questions, collectCodes(`${second}\n${first}`).codes);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.attempt).toBe(2);
    expect(r.problems).toMatchObject([
      { kind: 'earlier-attempt', severity: 'note', source: { type: 'line', line: 2 }, detail: 'Line 1' },
    ]);
  });

  it('keeps every attempt, and counts the best or the latest as the teacher chooses', () => {
    const codes = collectCodes(
      [code('Ana', allRight, 1), code('Ana', mostlyRight, 2), code('Ben', allWrong, 1)].join('\n'),
    ).codes;
    const latest = classResults(assignment, questions, codes, [], { counts: 'latest' });
    expect(latest.rows.map((r) => [r.student, r.attempt, r.attempts.map((t) => t.attempt)])).toEqual([
      ['Ana', 2, [1, 2]],
      ['Ben', 1, [1]],
    ]);
    const best = classResults(assignment, questions, codes, [], { counts: 'best' });
    expect(best.rows.map((r) => [r.student, r.attempt])).toEqual([
      ['Ana', 1],
      ['Ben', 1],
    ]);
    expect(best.rows[0]?.result.score).toBeGreaterThan(latest.rows[0]?.result.score ?? Infinity);
    // The CSV follows the choice.
    expect(classCsv(best, questions, labels, words).split('\r\n')[1]).toMatch(/^Ana,1,/);
    expect(classCsv(latest, questions, labels, words).split('\r\n')[1]).toMatch(/^Ana,2,/);
  });

  it('flags work submitted after the due date, by the student’s clock', () => {
    const due = { ...assignment, due: '2026-03-14' };
    const codes = collectCodes(
      [
        code('Ana', allRight, 1, assignment.id, '2026-03-14T12:00:00.000Z'),
        code('Ben', allRight, 1, assignment.id, '2026-03-15T12:00:00.000Z'),
        code('Cy', allRight, 1, assignment.id),
      ].join('\n'),
    ).codes;
    const r = classResults(due, questions, codes, [], { localDate: (iso) => iso.slice(0, 10) });
    expect(r.rows.map((row) => [row.student, row.late, row.submitted])).toEqual([
      ['Ana', false, '2026-03-14T12:00:00.000Z'],
      ['Ben', true, '2026-03-15T12:00:00.000Z'],
      ['Cy', false, undefined],
    ]);
  });

  it('keeps codes with no name apart, and takes the name the teacher gives', () => {
    const one = code('', allRight);
    const two = code('  ', allWrong);
    const r = classResults(assignment, questions, collectCodes(`${one}\n${two}`).codes);
    expect(r.rows.map((row) => [row.student, row.renamed])).toEqual([
      ['', false],
      ['', false],
    ]);
    const named = classResults(assignment, questions, collectCodes(`${one}\n${two}`).codes, [], {
      names: { [r.rows[0]?.code ?? '']: ' Dee\n' },
    });
    expect(named.rows.map((row) => [row.student, row.renamed])).toEqual([
      ['Dee', true],
      ['', false],
    ]);
  });

  it('rejects a code whose answers do not fit the questions, and notes a score that does not match', () => {
    const short = encodeCompletion({
      assignment: assignment.id,
      student: 'Eve',
      attempt: 1,
      score: 1,
      answers: [null],
    });
    const inflated = encodeCompletion({
      assignment: assignment.id,
      student: 'Fay',
      attempt: 1,
      score: 99,
      answers: allWrong,
    });
    const r = classResults(assignment, questions, collectCodes(`${short}\n${inflated}`).codes);
    expect(r.problems.map((p) => p.kind)).toEqual(['answers', 'score']);
    expect(r.rows.map((row) => [row.student, row.result.score])).toEqual([['Fay', 0]]);
  });

  it('reads result files, and reports files that are not', () => {
    const file = {
      format: RESULT_FILE_FORMAT,
      version: 1,
      code: code('Gus', allRight),
      assignment: encodeAssignment(assignment),
    };
    const { codes, problems, links } = collectCodes('', [
      { name: 'gus.json', text: JSON.stringify(file) },
      { name: 'notes.txt', text: 'hello' },
    ]);
    expect(codes).toEqual([{ source: { type: 'file', name: 'gus.json' }, code: file.code }]);
    expect(links).toEqual([{ assignment: file.assignment, file: 'gus.json' }]);
    expect(problems).toMatchObject([{ kind: 'file', source: { type: 'file', name: 'notes.txt' } }]);
    expect(problems[0]?.message).toBe(
      'File notes.txt is not a Gloss result file: choose the .json file a student downloaded from their result screen.',
    );
  });

  it('flags no question when everyone got everything right', () => {
    const r = classResults(assignment, questions, collectCodes(code('Ana', allRight)).codes);
    expect(r.hardest).toEqual([]);
  });
});

describe('CSV', () => {
  it('quotes cells the RFC 4180 way', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(0.5)).toBe('0.5');
    expect(
      toCsv([
        ['a', 1],
        ['b,c', 2],
      ]),
    ).toBe('a,1\r\n"b,c",2\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
  });

  it('defuses formulas behind a space, a non-breaking space, a line feed, a quote or a full-width ＝', () => {
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\u00a0=1+1')).toBe("'\u00a0=1+1");
    expect(csvCell('\n=1+1')).toBe('"\'\n=1+1"');
    expect(csvCell('"=1+1')).toBe('"\'""=1+1"');
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell(' \u00a0"＋cmd')).toBe('"\' \u00a0""＋cmd"');
    // Ordinary names with such characters inside are left alone.
    expect(csvCell('Ana-María')).toBe('Ana-María');
    expect(csvCell("O'Neil")).toBe("O'Neil");
  });

  it('normalises names when a code is read, so a hand-made code cannot hide a formula in them', () => {
    const hostile = ['\u00a0 =a', '\n=b', '＝c', ' "=d', 'Ana\nBen\u0007'];
    const r = classResults(assignment, questions, collectCodes(hostile.map((n) => code(n, allRight)).join('\n')).codes);
    expect(r.rows.map((row) => row.student)).toEqual(['=a', '=b', '=c', '"=d', 'Ana Ben']);
    const csv = classCsv(r, questions, labels, words).split('\r\n');
    expect(csv.slice(1, 6).map((line) => line.split(',')[0])).toEqual(["'=a", "'=b", "'=c", '"\'""=d"', 'Ana Ben']);
  });

  it('lists each student with the score and every answer in words', () => {
    const r = classResults(
      assignment,
      questions,
      collectCodes([code('=Ana', allRight), code('Ben, Jr.', allWrong)].join('\n')).codes,
    );
    const csv = classCsv(r, questions, labels, words);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      [
        'Student',
        'Attempt',
        'Score',
        'Out of',
        'Percent',
        ...questions.flatMap((q, i) => [`Q${i + 1} score (${q.id})`, `Q${i + 1} answer (${q.id})`]),
      ]
        .map(csvCell)
        .join(','),
    );
    expect(lines[1]?.startsWith(`'=Ana,1,${questions.length},${questions.length},100,1,`)).toBe(true);
    expect(lines[1]).toContain(csvCell(rightAnswerText(questions[0] as Question, words)));
    expect(lines[2]?.startsWith(`"Ben, Jr.",1,0,${questions.length},0,0,`)).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });
});

describe('answers in words', () => {
  it('describes each answer type', () => {
    for (const q of QUESTIONS.values()) {
      const right = correctAnswer(q);
      expect(answerText(q, right, words).length).toBeGreaterThan(0);
      expect(answerText(q, null, words)).toBe('(no answer)');
      if (q.type !== 'order' && q.type !== 'categorise') {
        expect(answerText(q, right, words)).toBe(rightAnswerText(q, words));
      }
    }
  });

  it('explains the chosen answer, then the right one it missed', () => {
    const q = [...QUESTIONS.values()].find((x) => x.type === 'single');
    if (q?.type !== 'single') throw new Error('the lesson has no single-choice question');
    const right = q.options.findIndex((o) => o.correct);
    const wrong = q.options.findIndex((o) => !o.correct);
    expect(explanations(q, { type: 'single', choice: right })).toEqual([q.options[right]?.explanation]);
    expect(explanations(q, { type: 'single', choice: wrong })).toEqual([
      q.options[wrong]?.explanation,
      q.options[right]?.explanation,
    ]);
    expect(explanations(q, null)).toEqual([q.options[right]?.explanation]);
  });

  it('turns Markdown prompts into plain text', () => {
    expect(plainText('Is **this** [a link](http://x) or *that* `code`?\nNext')).toBe(
      'Is this a link or that code? Next',
    );
  });
});

describe('the teacher loop in the class results', () => {
  const open = [...QUESTIONS.values()].find((q) => q.type === 'open');
  const withOpen: Question[] = open ? [questions[0] as Question, open] : [];
  const due: Assignment = { ...assignment, due: '2026-03-14', claimSort: true, questions: [], sets: [] };
  const make = (student: string, submitted: string, claims?: number[]): string =>
    encodeCompletion({
      assignment: due.id,
      student,
      attempt: 1,
      score: 1,
      submitted,
      answers: [correctAnswer(withOpen[0] as Question), { type: 'open', text: `${student} would search for it` }],
      ...(claims === undefined ? {} : { claims }),
    });

  it('counts per claim how many judged it as the key does, and writes submitted, late, rubric and claim columns', () => {
    expect(open).toBeDefined();
    const r = classResults(
      due,
      withOpen,
      collectCodes(
        [
          make('Ana', '2026-03-14T10:00:00.000Z', [0b01010101, 0b10]),
          make('Ben', '2026-03-16T10:00:00.000Z', [0b01, 0]),
          make('Cy', '2026-03-13T10:00:00.000Z'),
        ].join('\n'),
      ).codes,
      [],
      { localDate: (iso) => iso.slice(0, 10) },
    );
    expect(r.claims.map((c) => [c.students, c.agrees.speaker, c.agrees.isTrue, c.differs.speaker])).toEqual([
      [2, 2, 1, 0],
      [2, 0, 0, 1],
    ]);
    const csv = classCsv(r, withOpen, labels, words, {
      labels: {
        submitted: 'Submitted',
        late: 'Late',
        yes: 'yes',
        no: 'no',
        rubric: (n, id) => `Q${n} rubric (${id})`,
        claims: 'Claims',
      },
      rubric: (row) => (row.student === 'Ana' ? 'Strong' : ''),
    }).split('\r\n');
    expect(csv[0]).toBe(
      `Student,Attempt,Score,Out of,Percent,Submitted,Late,Q1 score (${withOpen[0]?.id ?? ''}),Q1 answer (${withOpen[0]?.id ?? ''}),Q2 score (${open?.id ?? ''}),Q2 answer (${open?.id ?? ''}),Q2 rubric (${open?.id ?? ''}),Claims`,
    );
    expect(csv[1]).toMatch(/^Ana,1,1,1,100,2026-03-14T10:00:00.000Z,no,1,.*,0,Ana would search for it,Strong,4\/8$/);
    expect(csv[2]).toMatch(/^Ben,1,.*,2026-03-16T10:00:00.000Z,yes,.*,Ben would search for it,,1\/8$/);
    expect(csv[3]).toMatch(/^Cy,.*,no,.*,Cy would search for it,,$/);
  });
});
