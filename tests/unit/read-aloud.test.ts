import { describe, expect, it } from 'vitest';
import {
  chunkAt,
  endsWithAbbreviation,
  INITIAL_PLAYER,
  pickVoice,
  playerReducer,
  splitSentences,
  type PlayerAction,
  type PlayerState,
  type VoiceInfo,
} from '../../src/lib/read-aloud';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at sentence ends and keeps each sentence’s offsets into the text', () => {
    const text = '  Russia warned. The Taliban replied!   Who is right? ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Russia warned.', 'The Taliban replied!', 'Who is right?']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after initialisms such as U.S. or titles such as Dr.', () => {
    expect(texts('The U.S. Army left in 2021. Then the Taliban took Kabul.')).toEqual([
      'The U.S. Army left in 2021.',
      'Then the Taliban took Kabul.',
    ]);
    expect(texts('Dr. Smith met Mr. Jones at 9 a.m. Monday. They spoke.')).toEqual([
      'Dr. Smith met Mr. Jones at 9 a.m. Monday.',
      'They spoke.',
    ]);
    expect(texts('Sergei K. Shoigu spoke. He was brief.')).toEqual(['Sergei K. Shoigu spoke.', 'He was brief.']);
  });

  it('has no sentences in blank text, and one in text with no final stop', () => {
    expect(splitSentences('   ')).toEqual([]);
    expect(texts('A headline without a stop')).toEqual(['A headline without a stop']);
  });

  it('tells abbreviations from sentence ends', () => {
    expect(endsWithAbbreviation('in the U.S. ')).toBe(true);
    expect(endsWithAbbreviation('as Gen. ')).toBe(true);
    expect(endsWithAbbreviation('it ended. ')).toBe(false);
    expect(endsWithAbbreviation('in the USA. ')).toBe(false);
  });
});

describe('chunkAt', () => {
  const lengths = [5, 3, 4]; // "Hello" "Wor" "ld. "
  it('finds the chunk and offset of a start, the next chunk on a boundary', () => {
    expect(chunkAt(lengths, 0)).toEqual({ chunk: 0, offset: 0 });
    expect(chunkAt(lengths, 5)).toEqual({ chunk: 1, offset: 0 });
    expect(chunkAt(lengths, 9)).toEqual({ chunk: 2, offset: 1 });
  });
  it('puts an end on a boundary in the chunk before it', () => {
    expect(chunkAt(lengths, 5, true)).toEqual({ chunk: 0, offset: 5 });
    expect(chunkAt(lengths, 12, true)).toEqual({ chunk: 2, offset: 4 });
    expect(chunkAt(lengths, 12)).toEqual({ chunk: 2, offset: 4 });
  });
  it('refuses a place outside the text', () => {
    expect(() => chunkAt(lengths, 13)).toThrow(/outside a text of 12 characters/);
    expect(() => chunkAt([], 0)).toThrow(RangeError);
  });
});

describe('pickVoice', () => {
  const voice = (lang: string, localService: boolean, isDefault = false): VoiceInfo & { name: string } => ({
    name: `${lang}${localService ? ' local' : ' online'}${isDefault ? ' default' : ''}`,
    lang,
    localService,
    default: isDefault,
  });
  it('prefers a voice on the device in the page’s language', () => {
    const voices = [voice('en-US', false, true), voice('fr-FR', true), voice('en-GB', true)];
    expect(pickVoice(voices, 'en-GB')?.name).toBe('en-GB local');
    expect(pickVoice(voices, 'en')?.name).toBe('en-GB local');
  });
  it('falls back to an online voice in the language, but never to another language', () => {
    expect(pickVoice([voice('en-US', false), voice('fr-FR', true)], 'en')?.name).toBe('en-US online');
    expect(pickVoice([voice('fr-FR', true)], 'en')).toBeUndefined();
    expect(pickVoice<VoiceInfo>([], 'en')).toBeUndefined();
  });
});

describe('playerReducer', () => {
  const run = (...actions: PlayerAction[]): PlayerState => actions.reduce(playerReducer, INITIAL_PLAYER);

  it('plays sentence after sentence, each end starting the next, and stops after the last', () => {
    let s = run({ type: 'play', count: 2 });
    expect(s).toMatchObject({ status: 'playing', index: 0, utterance: 1 });
    s = playerReducer(s, { type: 'ended', utterance: 1 });
    expect(s).toMatchObject({ status: 'playing', index: 1, utterance: 2 });
    s = playerReducer(s, { type: 'ended', utterance: 2 });
    expect(s).toMatchObject({ status: 'idle', index: 0 });
  });

  it('ignores the late end of an utterance it cancelled', () => {
    const s = run({ type: 'play', count: 3 }, { type: 'next' });
    expect(s).toMatchObject({ index: 1, utterance: 2 });
    expect(playerReducer(s, { type: 'ended', utterance: 1 })).toBe(s);
  });

  it('pauses, and resumes the paused sentence from its start', () => {
    const paused = run({ type: 'play', count: 3 }, { type: 'next' }, { type: 'pause' });
    expect(paused).toMatchObject({ status: 'paused', index: 1 });
    expect(playerReducer(paused, { type: 'ended', utterance: paused.utterance })).toBe(paused);
    expect(playerReducer(paused, { type: 'resume' })).toMatchObject({
      status: 'playing',
      index: 1,
      utterance: paused.utterance + 1,
    });
  });

  it('skips both ways within the queue; past the last sentence it stops', () => {
    expect(run({ type: 'play', count: 2 }, { type: 'previous' })).toMatchObject({ index: 0, utterance: 2 });
    expect(run({ type: 'play', count: 2 }, { type: 'next' }, { type: 'previous' })).toMatchObject({ index: 0 });
    expect(run({ type: 'play', count: 2 }, { type: 'next' }, { type: 'next' })).toMatchObject({ status: 'idle' });
    // Skipping while paused moves without speaking.
    expect(run({ type: 'play', count: 3 }, { type: 'pause' }, { type: 'next' })).toMatchObject({
      status: 'paused',
      index: 1,
      utterance: 1,
    });
    expect(run({ type: 'next' })).toBe(INITIAL_PLAYER);
  });

  it('applies a new speed from the current sentence at once, and keeps it for the next play', () => {
    const s = run({ type: 'play', count: 2 }, { type: 'rate', rate: 1.5 });
    expect(s).toMatchObject({ status: 'playing', rate: 1.5, index: 0, utterance: 2 });
    expect(run({ type: 'rate', rate: 0.75 }, { type: 'play', count: 1 })).toMatchObject({ rate: 0.75 });
  });

  it('stops from any state, and plays nothing when there is nothing to read', () => {
    expect(run({ type: 'play', count: 2 }, { type: 'stop' })).toMatchObject({ status: 'idle', index: 0 });
    expect(run({ type: 'play', count: 0 })).toMatchObject({ status: 'idle', count: 0 });
  });
});
