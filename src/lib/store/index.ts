/**
 * Learner data on this device. One generic versioned store (`versioned.ts`) and its instances, each
 * the only owner of its localStorage key:
 * - `progress.ts`: quiz progress, `gloss:progress`;
 * - `assignments.ts`: assignment attempts, `gloss:assignments`;
 * - `classes.ts`: the teacher's classes on /teach/results/, `gloss:classes`;
 * - `prefs.ts`: theme, text size, reading layers and reading comfort, `gloss:prefs` (also applied before first
 *   paint by the inline snippet `src/inline/prefs.js`, type-checked against `prefs.ts`).
 * - `claim-sort.ts`: "Check it yourself" claim sorting, `gloss:claim-sort`. Imported directly, not
 *   re-exported here, so the quiz and assignment islands, which import this index, do not bundle it.
 * - `highlights.ts`: the student's highlights and notes, `gloss:highlights`. Imported directly too, for
 *   the same reason.
 * - `lateral.ts`: "Read laterally" answers, `gloss:lateral`. Imported directly, for the same reason.
 * Nothing else in `src/` touches localStorage, except that the `client:interaction` directive
 * (`src/integrations/interaction-directive.ts`) checks whether a key it is given holds anything.
 */
export * from './versioned';
export * from './progress';
export * from './assignments';
export * from './prefs';
export * from './classes';
