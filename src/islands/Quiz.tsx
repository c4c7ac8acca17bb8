import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { UiKey } from '../i18n';
import {
  arrange,
  isComplete,
  moveItem,
  multipleAnswer,
  scoreQuestion,
  scoreSet,
  setTitleId,
  validateAnswer,
  type Answer,
  type Question,
  type QuestionOf,
  type QuestionScore,
} from '../lib/quiz';
import { emptyProgress, getSetProgress, withQuestionProgress, withSetProgress, type Progress } from '../lib/store';
import { Cited as LinkedCitations } from './cited';
import { progressStore } from './progress';
import { useHydrated } from './hydrated';

/** The UI strings the quiz uses (the `quiz.*` keys of `src/i18n/en.json`). */
export type QuizLabelKey = Extract<UiKey, `quiz.${string}`>;

/** UI strings by key, looked up at build time so the island ships no string table. */
export type QuizLabels = Record<QuizLabelKey, string>;

/** A source cited by a question, resolved at build time (see `sourceCitation`). */
export interface QuizSource {
  /** Outlet, site, or a book's author and title, shown as the link text. */
  name: string;
  /** Address of the source; absent for a book. */
  href?: string;
  /** What kind of source it is, in words ("state media"), shown beside the name. */
  kind: string;
}

/** One question set as the island needs it. */
export interface QuizSetData {
  /** Heading of the set. */
  title: string;
  /** The questions, in order. */
  questions: Question[];
}

/** A lesson's quiz data (`/lessons/<id>/quizzes.json`), shared by all of its quiz islands. */
export interface QuizData {
  /** Lesson id: the default shuffle seed. */
  lesson: string;
  /** URL of the lesson's timeline page; order items link to `#<event id>` on it. */
  timeline: string;
  /** UI strings. */
  labels: QuizLabels;
  /** Skill labels by skill id, for the results. */
  skills: Record<string, string>;
  /** Text of each paragraph an evidence question offers, by paragraph number. */
  paragraphs: Record<string, string>;
  /** Sources the questions cite, by source id. */
  sources: Record<string, QuizSource>;
  /** Question sets by set id. */
  sets: Record<string, QuizSetData>;
}

/** Props of the quiz island: one question set of one lesson. */
export interface QuizProps {
  /** Lesson id: where progress is saved. */
  lesson: string;
  /** Set id (the file name), unique within the lesson; element ids start `quiz-<set>-`. */
  set: string;
  /** URL of the lesson's quiz data. */
  src: string;
  /** Shuffle seed (an assignment may set its own); defaults to the lesson id. */
  seed?: string | undefined;
  /**
   * The lesson page that "¶N" citations link to. Leave it out when the set is on that page, so
   * the links stay in-page anchors.
   */
  lessonHref?: string | undefined;
  /** Heading level of the set's title (3 in a lesson section, 2 on a page of its own). */
  level?: 2 | 3 | undefined;
  /** The server-rendered self-check version, shown until the quiz data has loaded. */
  children?: ReactNode;
}

type Label = (key: QuizLabelKey, vars?: Record<string, string | number>) => string;

const makeLabel =
  (labels: QuizLabels): Label =>
  (key, vars = {}) =>
    labels[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));

const percent = (x: number): number => Math.round(x * 100);
const tenths = (x: number): string => String(Math.round(x * 10) / 10);

/** Where "¶N" citations point: the lesson page, or '' for anchors on this page. */
const LessonHref = createContext('');

/** Text with every "¶N" turned into a link to that paragraph of the article. */
function Cited({ text }: { text: string }): ReactNode {
  return <LinkedCitations text={text} lessonHref={useContext(LessonHref)} />;
}

/** "✓ Right answer" / "✗ Wrong answer": a symbol plus words, never colour alone. */
function Mark({ ok, children }: { ok: boolean; children: ReactNode }): ReactNode {
  return (
    <strong className="gl-quiz__mark" data-ok={ok ? 'true' : 'false'}>
      <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
      {children}
    </strong>
  );
}

function Sources({ ids, sources, label }: { ids: readonly string[]; sources: QuizData['sources']; label: string }) {
  const cited = ids.flatMap((id) => (Object.hasOwn(sources, id) && sources[id] ? [sources[id]] : []));
  if (cited.length === 0) return null;
  return (
    <p className="gl-quiz__sources">
      {label}{' '}
      {cited.map((s, i) => (
        <span key={i}>
          {s.href === undefined ? (
            s.name
          ) : (
            <a href={s.href} rel="external noreferrer">
              {s.name}
            </a>
          )}{' '}
          <span className="gl-source-kind">({s.kind})</span>
          {i < cited.length - 1 ? '; ' : '.'}
        </span>
      ))}
    </p>
  );
}

/** What every part of one set's UI needs. */
interface Context {
  data: QuizData;
  set: QuizSetData;
  /** Set id. */
  setId: string;
  L: Label;
  /** Id of an element about a question (`part` names which). */
  idOf: (q: Question, part?: string) => string;
  /** Display order of each question's main list (authored indices). */
  order: (q: Question) => number[];
  /** Heading level of the set's title; the results sit one level below it. */
  level: 2 | 3;
}

const verdictKey = (s: QuestionScore): QuizLabelKey =>
  s.correct ? 'quiz.verdict.correct' : s.score > 0 ? 'quiz.verdict.partial' : 'quiz.verdict.wrong';

function Verdict({ score, L }: { score: QuestionScore; L: Label }) {
  return (
    <p className="gl-quiz__verdict" data-verdict={score.correct ? 'correct' : score.score > 0 ? 'partial' : 'wrong'}>
      <strong>
        <span aria-hidden="true">{score.correct ? '✓ ' : score.score > 0 ? '◐ ' : '✗ '}</span>
        {L(verdictKey(score))}
      </strong>{' '}
      {L('quiz.score', { score: percent(score.score) })}
    </p>
  );
}

const optionText = (q: Question, i: number, L: Label): string => {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options[i]?.text ?? '';
    case 'evidence':
      return L('quiz.paragraph', { n: q.options[i]?.paragraph ?? 0 });
    case 'truefalse':
      return q.why[i]?.text ?? '';
    case 'categorise':
    case 'order':
      return q.items[i]?.text ?? '';
  }
};

function TimelineLink({
  q,
  i,
  ctx,
  describedBy,
}: {
  q: QuestionOf<'order'>;
  i: number;
  ctx: Context;
  describedBy?: string;
}) {
  const event = q.items[i]?.event;
  if (event === undefined) return null;
  return (
    <>
      {' '}
      <a className="gl-quiz__timeline" href={`${ctx.data.timeline}#${event}`} aria-describedby={describedBy}>
        {ctx.L('quiz.onTimeline')}
      </a>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Interactive version

interface QuestionState {
  /** The saved answer, validated against the question. */
  answer: Answer | undefined;
  /** Whether it has been checked. */
  submitted: boolean;
}

interface Handlers {
  setAnswer: (q: Question, answer: Answer) => void;
  check: (qi: number) => void;
  move: (q: QuestionOf<'order'>, current: number[], from: number, delta: -1 | 1) => void;
}

/** Feedback on one option or item: a ✓/✗ verdict in words, then its explanation. */
function Feedback({ ok, mark, text, children }: { ok: boolean; mark: string; text: string; children?: ReactNode }) {
  return (
    <div className="gl-quiz__feedback">
      <p>
        <Mark ok={ok}>{mark}</Mark>
        {children}
      </p>
      <p>
        <Cited text={text} />
      </p>
    </div>
  );
}

function OptionFeedback({ ok, chosen, text, L }: { ok: boolean; chosen: boolean; text: string; L: Label }) {
  return (
    <Feedback ok={ok} mark={L(ok ? 'quiz.option.right' : 'quiz.option.wrong')} text={text}>
      {chosen && <span className="gl-quiz__yours"> · {L('quiz.yourChoice')}</span>}
    </Feedback>
  );
}

/** A radio or checkbox list of choices with per-option feedback once checked. */
function ChoiceList({
  q,
  name,
  multiple,
  chosen,
  onPick,
  state,
  ctx,
}: {
  q: Question;
  name: string;
  multiple: boolean;
  chosen: ReadonlySet<number>;
  onPick: (i: number) => void;
  state: QuestionState;
  ctx: Context;
}) {
  const options = q.type === 'truefalse' ? q.why : q.type === 'categorise' || q.type === 'order' ? [] : q.options;
  return (
    <ul className="gl-quiz__options">
      {ctx.order(q).map((i) => {
        const o = options[i];
        if (!o) return null;
        const id = ctx.idOf(q, `${name}-${i}`);
        const paragraph = 'paragraph' in o ? ctx.data.paragraphs[String(o.paragraph)] : undefined;
        return (
          <li key={i} className="gl-quiz__option">
            <label htmlFor={id}>
              <input
                id={id}
                type={multiple ? 'checkbox' : 'radio'}
                name={ctx.idOf(q, name)}
                checked={chosen.has(i)}
                onChange={() => {
                  onPick(i);
                }}
                aria-describedby={paragraph === undefined ? undefined : `${id}-text`}
              />{' '}
              <span>{optionText(q, i, ctx.L)}</span>
            </label>
            {paragraph !== undefined && (
              <p className="gl-quiz__para" id={`${id}-text`}>
                {paragraph}
              </p>
            )}
            {state.submitted && <OptionFeedback ok={o.correct} chosen={chosen.has(i)} text={o.explanation} L={ctx.L} />}
          </li>
        );
      })}
    </ul>
  );
}

function QuestionBody({ q, state, ctx, on }: { q: Question; state: QuestionState; ctx: Context; on: Handlers }) {
  const { L } = ctx;
  const a = state.answer;
  switch (q.type) {
    case 'single':
    case 'evidence': {
      const chosen = new Set(a && (a.type === 'single' || a.type === 'evidence') ? [a.choice] : []);
      return (
        <ChoiceList
          q={q}
          name="choice"
          multiple={false}
          chosen={chosen}
          onPick={(i) => {
            on.setAnswer(q, { type: q.type, choice: i });
          }}
          state={state}
          ctx={ctx}
        />
      );
    }
    case 'multiple': {
      const chosen = new Set(a?.type === 'multiple' ? a.choices : []);
      return (
        <ChoiceList
          q={q}
          name="choice"
          multiple
          chosen={chosen}
          onPick={(i) => {
            const next = new Set(chosen);
            if (next.has(i)) next.delete(i);
            else next.add(i);
            on.setAnswer(q, multipleAnswer(next));
          }}
          state={state}
          ctx={ctx}
        />
      );
    }
    case 'truefalse': {
      const current = a?.type === 'truefalse' ? a : { type: 'truefalse' as const, value: null, why: null };
      return (
        <>
          <fieldset className="gl-quiz__sub">
            <legend>{L('quiz.trueFalse')}</legend>
            <ul className="gl-quiz__options gl-quiz__options--inline">
              {[true, false].map((value) => {
                const id = ctx.idOf(q, `tf-${String(value)}`);
                const ok = value === q.answer;
                return (
                  <li key={String(value)} className="gl-quiz__option">
                    <label htmlFor={id}>
                      <input
                        id={id}
                        type="radio"
                        name={ctx.idOf(q, 'tf')}
                        checked={current.value === value}
                        onChange={() => {
                          on.setAnswer(q, { ...current, value });
                        }}
                      />{' '}
                      {L(value ? 'quiz.true' : 'quiz.false')}
                    </label>
                    {state.submitted && (
                      <OptionFeedback
                        ok={ok}
                        chosen={current.value === value}
                        text={q.explanations[value ? 'true' : 'false']}
                        L={L}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <fieldset className="gl-quiz__sub">
            <legend>{L('quiz.reason')}</legend>
            <ChoiceList
              q={q}
              name="why"
              multiple={false}
              chosen={new Set(current.why === null ? [] : [current.why])}
              onPick={(i) => {
                on.setAnswer(q, { ...current, why: i });
              }}
              state={state}
              ctx={ctx}
            />
          </fieldset>
        </>
      );
    }
    case 'categorise': {
      const buckets = a?.type === 'categorise' ? a.buckets : q.items.map(() => null);
      const score = state.submitted ? scoreQuestion(q, a) : undefined;
      return (
        <ul className="gl-quiz__options">
          {ctx.order(q).map((i) => {
            const item = q.items[i];
            if (!item) return null;
            const id = ctx.idOf(q, `item-${i}`);
            const placed = buckets[i];
            const right = q.buckets.find((b) => b.id === item.bucket)?.label ?? item.bucket;
            const ok = score?.parts[i]?.right ?? false;
            return (
              <li key={i} className="gl-quiz__option gl-quiz__option--select">
                <label htmlFor={id}>{item.text}</label>
                <select
                  id={id}
                  value={placed === null || placed === undefined ? '' : String(placed)}
                  onChange={(e) => {
                    const next = q.items.map((_, j) => buckets[j] ?? null);
                    next[i] = e.target.value === '' ? null : Number(e.target.value);
                    on.setAnswer(q, { type: 'categorise', buckets: next });
                  }}
                >
                  <option value="">{L('quiz.chooseGroup')}</option>
                  {q.buckets.map((b, bi) => (
                    <option key={b.id} value={String(bi)}>
                      {b.label}
                    </option>
                  ))}
                </select>
                {score && (
                  <Feedback
                    ok={ok}
                    mark={ok ? L('quiz.group.right') : L('quiz.group.wrong', { group: right })}
                    text={item.explanation}
                  />
                )}
              </li>
            );
          })}
        </ul>
      );
    }
    case 'order': {
      const current = a?.type === 'order' ? a.order : ctx.order(q);
      return (
        <ol className="gl-quiz__options gl-quiz__order">
          {current.map((i, pos) => {
            const item = q.items[i];
            if (!item) return null;
            const textId = ctx.idOf(q, `item-${i}`);
            const ok = pos === i;
            return (
              <li key={i} className="gl-quiz__option gl-quiz__order-item">
                <span id={textId} className="gl-quiz__order-text">
                  {item.text}
                </span>
                <TimelineLink q={q} i={i} ctx={ctx} describedBy={textId} />
                {!state.submitted && (
                  <span className="gl-quiz__moves">
                    {([-1, 1] as const).map((delta) => (
                      <button
                        key={delta}
                        type="button"
                        id={ctx.idOf(q, `move-${i}-${delta < 0 ? 'up' : 'down'}`)}
                        className="gl-button"
                        aria-describedby={textId}
                        disabled={delta < 0 ? pos === 0 : pos === current.length - 1}
                        onClick={() => {
                          on.move(q, current, pos, delta);
                        }}
                      >
                        {L(delta < 0 ? 'quiz.moveUp' : 'quiz.moveDown')}
                      </button>
                    ))}
                  </span>
                )}
                {state.submitted && (
                  <Feedback
                    ok={ok}
                    mark={ok ? L('quiz.place.right') : L('quiz.place.wrong', { n: i + 1 })}
                    text={item.explanation}
                  />
                )}
              </li>
            );
          })}
        </ol>
      );
    }
  }
}

function InteractiveQuestion({
  q,
  n,
  state,
  error,
  ctx,
  on,
}: {
  q: Question;
  n: number;
  state: QuestionState;
  error: boolean;
  ctx: Context;
  on: Handlers;
}) {
  const { L, data, set } = ctx;
  const ruleId = ctx.idOf(q, 'rule');
  const claimId = ctx.idOf(q, 'claim');
  const errorId = ctx.idOf(q, 'error');
  return (
    <li className="gl-quiz__q" id={ctx.idOf(q)} data-state={state.submitted ? 'checked' : 'open'}>
      <fieldset
        className="gl-quiz__fieldset"
        disabled={state.submitted}
        aria-describedby={[q.type === 'evidence' ? claimId : '', ruleId].join(' ').trim()}
      >
        <legend className="gl-quiz__prompt">
          <span className="gl-quiz__num">{L('quiz.questionOf', { n, total: set.questions.length })}</span>{' '}
          <Cited text={q.prompt} />
        </legend>
        {q.type === 'evidence' && (
          <p className="gl-quiz__claim" id={claimId}>
            <Cited text={q.claim} />
          </p>
        )}
        <p className="gl-quiz__rule gl-muted" id={ruleId}>
          {L(`quiz.rule.${q.type}`)}
        </p>
        <QuestionBody q={q} state={state} ctx={ctx} on={on} />
      </fieldset>
      {error && !state.submitted && (
        <p className="gl-quiz__error" id={errorId}>
          {L(`quiz.incomplete.${q.type}`)}
        </p>
      )}
      <button
        type="button"
        className="gl-button gl-button--primary gl-quiz__check"
        aria-disabled={state.submitted ? 'true' : undefined}
        aria-describedby={error && !state.submitted ? errorId : undefined}
        onClick={() => {
          on.check(n - 1);
        }}
      >
        {L(state.submitted ? 'quiz.checked' : 'quiz.check')}
      </button>
      {state.submitted && (
        <div className="gl-quiz__result">
          <Verdict score={scoreQuestion(q, state.answer)} L={L} />
          <Sources ids={q.sources} sources={data.sources} label={L('quiz.sources')} />
        </div>
      )}
    </li>
  );
}

/** What the learner answered, in words, for the review. */
function answerSummary(q: Question, a: Answer | undefined, L: Label): string {
  if (!a) return L('quiz.noAnswer');
  switch (a.type) {
    case 'single':
    case 'evidence':
      return optionText(q, a.choice, L);
    case 'multiple':
      return a.choices.map((i) => optionText(q, i, L)).join('; ') || L('quiz.noAnswer');
    case 'truefalse':
      return [
        a.value === null ? '' : L(a.value ? 'quiz.true' : 'quiz.false'),
        a.why === null ? '' : optionText(q, a.why, L),
      ]
        .filter(Boolean)
        .join(': ');
    case 'categorise':
      return q.type === 'categorise'
        ? q.items
            .map((item, i) => {
              const b = a.buckets[i];
              return `${item.text} → ${b === null || b === undefined ? '—' : (q.buckets[b]?.label ?? '—')}`;
            })
            .join('; ')
        : '';
    case 'order':
      return a.order.map((i, pos) => `${pos + 1}. ${optionText(q, i, L)}`).join(' ');
  }
}

/** The right answer, in words, for the review. */
function rightSummary(q: Question, L: Label): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'evidence':
      return q.options.flatMap((o, i) => (o.correct ? [optionText(q, i, L)] : [])).join('; ');
    case 'truefalse':
      return `${L(q.answer ? 'quiz.true' : 'quiz.false')}: ${q.why.find((o) => o.correct)?.text ?? ''}`;
    case 'categorise':
      return q.items
        .map((item) => `${item.text} → ${q.buckets.find((b) => b.id === item.bucket)?.label ?? item.bucket}`)
        .join('; ');
    case 'order':
      return q.items.map((item, i) => `${i + 1}. ${item.text}`).join(' ');
  }
}

/** The explanations that matter for the review: of the learner's choices, then of the right answer. */
function keyExplanations(q: Question, a: Answer | undefined): string[] {
  const chosenAndRight = (options: readonly { correct: boolean; explanation: string }[], chosen: number[]) => [
    ...chosen.flatMap((i) => (options[i] && !options[i].correct ? [options[i].explanation] : [])),
    ...options.filter((o) => o.correct).map((o) => o.explanation),
  ];
  switch (q.type) {
    case 'single':
    case 'evidence':
      return chosenAndRight(q.options, a && (a.type === 'single' || a.type === 'evidence') ? [a.choice] : []);
    case 'multiple':
      return chosenAndRight(q.options, a?.type === 'multiple' ? a.choices : []);
    case 'truefalse':
      return [
        q.explanations[q.answer ? 'true' : 'false'],
        ...chosenAndRight(q.why, a?.type === 'truefalse' && a.why !== null ? [a.why] : []),
      ];
    case 'categorise':
    case 'order':
      return q.items.map((item) => item.explanation);
  }
}

function Results({ states, ctx }: { states: QuestionState[]; ctx: Context }) {
  const { L, set, data } = ctx;
  const idOf = (part: string): string => `quiz-${ctx.setId}-${part}`;
  const answers = Object.fromEntries(set.questions.map((q, i) => [q.id, states[i]?.answer]));
  const result = scoreSet(set.questions, answers);
  const titleId = idOf('results');
  const Title = ctx.level === 2 ? 'h3' : 'h4';
  const Subtitle = ctx.level === 2 ? 'h4' : 'h5';
  return (
    <section className="gl-quiz__results" aria-labelledby={titleId}>
      <Title id={titleId} className="gl-quiz__results-title">
        {L('quiz.results')}
      </Title>
      <p className="gl-quiz__total">
        {L('quiz.total', { score: tenths(result.score), max: result.max, percent: percent(result.score / result.max) })}{' '}
        {L('quiz.correctCount', { n: result.correct, total: result.max })}
      </p>
      <div className="gl-table-scroll" tabIndex={0} role="region" aria-labelledby={idOf('skills')}>
        <table className="gl-quiz__skills">
          <caption id={idOf('skills')}>{L('quiz.bySkill')}</caption>
          <thead>
            <tr>
              <th scope="col">{L('quiz.skill')}</th>
              <th scope="col">{L('quiz.skillQuestions')}</th>
              <th scope="col">{L('quiz.skillScore')}</th>
            </tr>
          </thead>
          <tbody>
            {result.skills.map((s) => (
              <tr key={s.skill}>
                <th scope="row">{data.skills[s.skill] ?? s.skill}</th>
                <td>{s.questions}</td>
                <td>{L('quiz.percent', { n: percent(s.score) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Subtitle className="gl-quiz__review-title">{L('quiz.review')}</Subtitle>
      <ol className="gl-quiz__review">
        {set.questions.map((q, i) => {
          const r = result.questions[i];
          const a = states[i]?.answer;
          return (
            r && (
              <li key={q.id}>
                <Verdict score={r} L={L} />
                <p>
                  <Cited text={q.prompt} />
                </p>
                <p>
                  <strong>{L('quiz.yourAnswer')}</strong> {answerSummary(q, a, L)}
                </p>
                {!r.correct && (
                  <p>
                    <strong>{L('quiz.rightAnswer')}</strong> {rightSummary(q, L)}
                  </p>
                )}
                <ul className="gl-quiz__why">
                  {keyExplanations(q, a).map((text, j) => (
                    <li key={j}>
                      <Cited text={text} />
                    </li>
                  ))}
                </ul>
              </li>
            )
          );
        })}
      </ol>
    </section>
  );
}

const serverProgress = emptyProgress();

function InteractiveQuiz({ lesson, ctx }: { lesson: string; ctx: Context }) {
  const { L, set, setId } = ctx;
  const { questions } = set;
  const store = progressStore();
  const progress: Progress = useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverProgress);
  const saved = getSetProgress(progress, lesson, setId);
  const states = useMemo(
    () =>
      questions.map((q): QuestionState => {
        const entry = saved && Object.hasOwn(saved.questions, q.id) ? saved.questions[q.id] : undefined;
        const valid = entry ? validateAnswer(q, entry.answer) : undefined;
        // An answer that no longer fits its question (the content changed) is dropped, not shown.
        const answer = valid?.success ? valid.answer : undefined;
        return { answer, submitted: Boolean(entry?.submitted && answer && isComplete(q, answer)) };
      }),
    [saved, questions],
  );
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const focusNext = useRef<string | null>(null);
  const titleId = setTitleId(setId);

  useEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    focusNext.current = null;
    document.getElementById(id)?.focus();
  });

  // A repeated message would not be announced again; a trailing no-break space makes it new.
  const announce = (text: string): void => {
    setMessage((prev) => (prev === text ? `${text}\u00a0` : text));
  };
  const save = (q: Question, answer: Answer | undefined, submitted: boolean): void => {
    store.update((p) => withQuestionProgress(p, lesson, setId, q.id, answer ? { answer, submitted } : undefined));
  };
  const clearError = (q: Question): void => {
    if (errors.has(q.id)) setErrors((prev) => new Set([...prev].filter((id) => id !== q.id)));
  };
  const current = (q: Question, i: number): Answer | undefined =>
    states[i]?.answer ?? (q.type === 'order' ? { type: 'order', order: ctx.order(q) } : undefined);

  const on: Handlers = {
    setAnswer(q, answer) {
      clearError(q);
      save(q, answer, false);
    },
    check(qi) {
      const q = questions[qi];
      const state = states[qi];
      if (!q || !state || state.submitted) return;
      const answer = current(q, qi);
      if (!answer || !isComplete(q, answer)) {
        setErrors((prev) => new Set([...prev, q.id]));
        announce(L(`quiz.incomplete.${q.type}`));
        return;
      }
      clearError(q);
      save(q, answer, true);
      const score = scoreQuestion(q, answer);
      const parts = [
        L('quiz.announce', {
          n: qi + 1,
          verdict: L(verdictKey(score)),
          score: L('quiz.score', { score: percent(score.score) }),
        }),
      ];
      const done = states.every((s, i) => i === qi || s.submitted);
      if (done) {
        const answers = Object.fromEntries(questions.map((x, i) => [x.id, i === qi ? answer : states[i]?.answer]));
        const result = scoreSet(questions, answers);
        parts.push(
          L('quiz.finished', {
            score: tenths(result.score),
            max: result.max,
            percent: percent(result.score / result.max),
          }),
        );
      }
      announce(parts.join(' '));
    },
    move(q, order, from, delta) {
      const to = from + delta;
      const item = order[from];
      if (item === undefined || to < 0 || to >= order.length) return;
      save(q, { type: 'order', order: moveItem(order, from, delta) }, false);
      // Keep focus on the moved item; at either end, its other button is the one still enabled.
      const atEdge = delta < 0 ? to === 0 : to === order.length - 1;
      const dir = delta < 0 !== atEdge ? 'up' : 'down';
      focusNext.current = ctx.idOf(q, `move-${item}-${dir}`);
      announce(L('quiz.moved', { item: q.items[item]?.text ?? '', n: to + 1, total: order.length }));
    },
  };

  const answered = states.filter((s) => s.answer !== undefined).length;
  const checked = states.filter((s) => s.submitted).length;
  const finished = checked === questions.length;
  return (
    <>
      <p className="gl-quiz__progress">
        {L('quiz.progress', { n: checked, total: questions.length })}
        {!store.isPersistent() && <> {L('quiz.notSaved')}</>}
      </p>
      <ol className="gl-quiz__list">
        {questions.map((q, i) => (
          <InteractiveQuestion
            key={q.id}
            q={q}
            n={i + 1}
            state={states[i] ?? { answer: undefined, submitted: false }}
            error={errors.has(q.id)}
            ctx={ctx}
            on={on}
          />
        ))}
      </ol>
      {finished && <Results states={states} ctx={ctx} />}
      <div className="gl-quiz__reset">
        {answered > 0 && !confirming && (
          <button
            type="button"
            className="gl-button"
            id={`quiz-${setId}-reset`}
            onClick={() => {
              setConfirming(true);
              focusNext.current = `quiz-${setId}-reset-yes`;
            }}
          >
            {L('quiz.reset')}
          </button>
        )}
        {confirming && (
          <div role="group" aria-labelledby={`quiz-${setId}-reset-q`} className="gl-quiz__confirm">
            <p id={`quiz-${setId}-reset-q`}>{L('quiz.resetConfirm', { title: set.title })}</p>
            <button
              type="button"
              className="gl-button gl-button--primary"
              id={`quiz-${setId}-reset-yes`}
              onClick={() => {
                store.update((p) => withSetProgress(p, lesson, setId, undefined));
                setConfirming(false);
                setErrors(new Set());
                focusNext.current = titleId;
                announce(L('quiz.resetDone'));
              }}
            >
              {L('quiz.resetYes')}
            </button>{' '}
            <button
              type="button"
              className="gl-button"
              onClick={() => {
                setConfirming(false);
                focusNext.current = `quiz-${setId}-reset`;
              }}
            >
              {L('quiz.resetNo')}
            </button>
          </div>
        )}
      </div>
      <p className="gl-visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </>
  );
}

type Loaded = QuizData | 'loading' | 'failed';
const loaded = new Map<string, Loaded>();
const loadListeners = new Set<() => void>();

/** Fetches a lesson's quiz data once per page, however many of its sets are on it. */
function load(src: string): void {
  if (loaded.has(src)) return;
  loaded.set(src, 'loading');
  fetch(src)
    .then((response) => (response.ok ? (response.json() as Promise<QuizData>) : Promise.reject(new Error(src))))
    .then((data) => {
      loaded.set(src, typeof data === 'object' && typeof data.sets === 'object' ? data : 'failed');
    })
    .catch(() => {
      // Offline without a cached copy: the self-check version stays, which works without it.
      loaded.set(src, 'failed');
    })
    .finally(() => {
      for (const listener of [...loadListeners]) listener();
    });
}
const subscribeLoads = (listener: () => void): (() => void) => {
  loadListeners.add(listener);
  return () => loadListeners.delete(listener);
};

/**
 * One question set. The server renders the self-check version (passed in as `children`: every
 * question as text with the answer behind "Check your answer"), which readers without JavaScript
 * keep; once on screen the island loads the lesson's quiz data and becomes interactive, with
 * progress saved on the device.
 */
export default function Quiz({ lesson, set, src, seed, lessonHref = '', level = 3, children }: QuizProps) {
  // False during the server render and hydration, true once React runs in the browser.
  const hydrated = useHydrated();
  const state = useSyncExternalStore(
    subscribeLoads,
    () => loaded.get(src),
    () => undefined,
  );
  useEffect(() => {
    load(src);
  }, [src]);
  const data = typeof state === 'object' ? state : undefined;
  const setData = data && Object.hasOwn(data.sets, set) ? data.sets[set] : undefined;
  const ctx = useMemo((): Context | undefined => {
    if (!data || !setData) return undefined;
    const orders = new Map(setData.questions.map((q) => [q.id, arrange(q, seed ?? data.lesson)]));
    return {
      data,
      set: setData,
      setId: set,
      L: makeLabel(data.labels),
      idOf: (q, part) => `quiz-${set}-${q.id}${part === undefined ? '' : `-${part}`}`,
      order: (q) => orders.get(q.id) ?? [],
      level,
    };
  }, [data, setData, set, seed, level]);
  // A real box around the slot: `client:visible` watches the island's children, and Astro's
  // <astro-slot> is `display: contents`, which never intersects the viewport.
  return (
    <div className="gl-quiz__body">
      {hydrated && ctx ? (
        <LessonHref.Provider value={lessonHref}>
          <InteractiveQuiz lesson={lesson} ctx={ctx} />
        </LessonHref.Provider>
      ) : (
        children
      )}
    </div>
  );
}
