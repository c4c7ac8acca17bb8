/**
 * Read-aloud's pure logic (issue 18): splitting text into sentences, finding a sentence's place among
 * the text nodes it came from, choosing a voice, and the player's state machine. The island
 * (src/islands/ReadAloud.tsx) only wires these to the Web Speech API and the CSS Custom Highlight API.
 */

/** One sentence of a text, by its place in that text (end exclusive, surrounding spaces left out). */
export interface Sentence {
  /** The sentence's text, trimmed. */
  text: string;
  /** Offset of its first character in the whole text. */
  start: number;
  /** Offset just after its last character. */
  end: number;
}

/**
 * Abbreviations after which a full stop does not end a sentence: initialisms written with stops
 * ("U.S.", "U.K.", "a.m."), single initials ("J. Smith") and a few titles. The segmenter breaks
 * after "U.S." when a capital follows ("the U.S. Army"), so those breaks are joined back. An
 * initialism really ending a sentence is then read together with the next one, which costs far less
 * than a sentence cut in two.
 */
const ABBREVIATION =
  /(?:\b(?:[A-Za-z]\.){2,}|(?:^|\s)[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)\s*$/;

/** Whether a segment ends on an abbreviation rather than a sentence's end. */
export function endsWithAbbreviation(segment: string): boolean {
  return ABBREVIATION.test(segment);
}

/**
 * The sentences of `text`, in order, each with its offsets. Uses `Intl.Segmenter` (sentence
 * granularity) and joins the breaks it makes after abbreviations. Empty or blank text has none.
 */
export function splitSentences(text: string, locale = 'en'): Sentence[] {
  const pieces: { start: number; end: number }[] = [];
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  for (const { segment, index } of segmenter.segment(text)) {
    const last = pieces.at(-1);
    if (last && endsWithAbbreviation(text.slice(last.start, last.end))) last.end = index + segment.length;
    else pieces.push({ start: index, end: index + segment.length });
  }
  const sentences: Sentence[] = [];
  for (const piece of pieces) {
    const raw = text.slice(piece.start, piece.end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    sentences.push({ text: body, start: piece.start + lead, end: piece.start + lead + body.length });
  }
  return sentences;
}

/** A place in a list of text chunks: which chunk, and the offset inside it. */
export interface ChunkPlace {
  /** Index of the chunk. */
  chunk: number;
  /** Offset inside that chunk. */
  offset: number;
}

/**
 * Where `position` of the joined text falls among chunks of the given lengths (the text nodes a
 * range is built over). A position on a boundary belongs to the chunk before it when it is a
 * sentence's end (`atEnd`) and to the one after when it is a start, so a range never begins at the
 * very end of a node or ends at the very start of the next. Throws when out of range.
 */
export function chunkAt(lengths: readonly number[], position: number, atEnd = false): ChunkPlace {
  let start = 0;
  for (const [chunk, length] of lengths.entries()) {
    const end = start + length;
    if (atEnd ? position <= end : position < end) return { chunk, offset: position - start };
    start = end;
  }
  if (position === start && lengths.length > 0) return { chunk: lengths.length - 1, offset: lengths.at(-1) ?? 0 };
  throw new RangeError(`position ${String(position)} is outside a text of ${String(start)} characters`);
}

/** What the player needs to know of a voice (a subset of `SpeechSynthesisVoice`). */
export interface VoiceInfo {
  /** BCP 47 language tag, e.g. "en-GB". */
  lang: string;
  /** True when the voice runs on the device (works offline, sends nothing away). */
  localService: boolean;
  /** The system's default voice. */
  default: boolean;
}

/**
 * The voice to read `lang` with: one in the same language (exact tag first, then the same base
 * language), on the device before online ones, the default before others. Undefined when there is
 * no voice in that language at all: reading English with, say, a French voice helps nobody.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | undefined {
  const want = lang.toLowerCase();
  const base = want.split('-')[0] ?? want;
  const score = (v: V): number => {
    const tag = v.lang.toLowerCase().replace('_', '-');
    if (tag !== want && tag.split('-')[0] !== base) return -1;
    return (v.localService ? 4 : 0) + (tag === want ? 2 : 0) + (v.default ? 1 : 0);
  };
  let best: V | undefined;
  let bestScore = -1;
  for (const v of voices) {
    const s = score(v);
    if (s > bestScore) {
      best = v;
      bestScore = s;
    }
  }
  return best;
}

/** The player's state. `utterance` counts the sentences handed to the speech engine. */
export interface PlayerState {
  /** Idle (nothing queued), playing or paused. */
  status: 'idle' | 'playing' | 'paused';
  /** How many sentences are queued. */
  count: number;
  /** The current sentence (0-based). */
  index: number;
  /** The speech rate. */
  rate: number;
  /**
   * Changes whenever the current sentence must be (re)spoken from its start: the island speaks on
   * each change, and ignores the end of any utterance it started under an older number (cancelling
   * one fires its end event late).
   */
  utterance: number;
}

/** What can happen to the player. */
export type PlayerAction =
  | { type: 'play'; count: number }
  | { type: 'ended'; utterance: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'stop' }
  | { type: 'rate'; rate: number };

/** A player with nothing queued, at normal speed. */
export const INITIAL_PLAYER: PlayerState = { status: 'idle', count: 0, index: 0, rate: 1, utterance: 0 };

/**
 * The player's state machine. Pausing stops the speech and resuming speaks the paused sentence again
 * from its start: browsers' own pause is unreliable (Chrome on Android ignores it, and desktop Chrome
 * stops a paused voice after about 15 seconds), and a whole sentence is easier to follow anyway.
 */
export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  const speak = (index: number): PlayerState => ({
    ...state,
    status: 'playing',
    index,
    utterance: state.utterance + 1,
  });
  switch (action.type) {
    case 'play':
      return action.count > 0 ? { ...speak(0), count: action.count } : { ...state, status: 'idle', count: 0, index: 0 };
    case 'ended':
      if (state.status !== 'playing' || action.utterance !== state.utterance) return state;
      return state.index + 1 < state.count ? speak(state.index + 1) : { ...state, status: 'idle', index: 0 };
    case 'pause':
      return state.status === 'playing' ? { ...state, status: 'paused' } : state;
    case 'resume':
      return state.status === 'paused' ? speak(state.index) : state;
    case 'next':
      if (state.status === 'idle') return state;
      if (state.index + 1 >= state.count) return { ...state, status: 'idle', index: 0 };
      return state.status === 'playing' ? speak(state.index + 1) : { ...state, index: state.index + 1 };
    case 'previous': {
      if (state.status === 'idle') return state;
      const index = Math.max(0, state.index - 1);
      return state.status === 'playing' ? speak(index) : { ...state, index };
    }
    case 'stop':
      return { ...state, status: 'idle', index: 0 };
    case 'rate':
      // A new rate applies from the current sentence's start, so the change is heard at once.
      return state.status === 'playing'
        ? { ...speak(state.index), rate: action.rate }
        : { ...state, rate: action.rate };
  }
}
