/** The quiz authoring-error fixture, tests/fixtures/quiz-authoring-errors/broken.yaml, and what it must report. */

/**
 * The messages the broken set must produce, in the checker's order. That the build prints them
 * and fails is checked by the one fixture build of broken content, in fixture-build.test.ts.
 */
export const expected = (file: string): string[] => [
  `${file}: questions[1] (no-right-answer).skills[0] refers to unknown skill id "forecst-vs-fact". Did you mean "forecast-vs-fact"?`,
  `${file}: questions[1] (no-right-answer).paragraphs[0] refers to paragraph anchor "p9", but lesson "tide-report" has paragraphs p1 to p2. Did you mean "p2"?`,
  `${file}: questions[1] (no-right-answer).why[0].explanation (¶12) refers to paragraph anchor "p12", but lesson "tide-report" has paragraphs p1 to p2. Did you mean "p2"?`,
  `${file}: question "no-right-answer", field options: has 0 correct options; mark exactly one with "correct: true".`,
  `${file}: question "no-right-answer", field id: duplicate question id; it is already used in ${file}. Give every question in a lesson its own id.`,
  `${file}: question "no-right-answer", field explanations.false: cites no paragraph, and the question lists no sources; add the paragraph it rests on, e.g. "(¶3)", or, if nothing in the article supports it, add the source it rests on to the question's "sources".`,
  `${file}: question "no-right-answer", field why[1]: repeats reason text "The Harbour Office calls it predicted."; make every reason text different.`,
  `${file}: question "same-paragraph-twice", field options[1]: repeats paragraph 2; make every paragraph different.`,
];
