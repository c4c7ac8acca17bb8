import { useEffect, useReducer, useRef, useState } from 'react';
import { chunkAt, INITIAL_PLAYER, pickVoice, playerReducer, splitSentences } from '../lib/read-aloud';
import { READ_ALOUD_RATES as RATES, withPrefs } from '../lib/store/prefs';
import { prefsStore } from './prefs-store';

/** UI strings, passed in so the island does not ship the whole string file. */
export interface ReadAloudLabels {
  what: string;
  article: string;
  /** With `{n}`. */
  paragraph: string;
  notes: string;
  terms: string;
  play: string;
  pause: string;
  resume: string;
  previous: string;
  next: string;
  stop: string;
  speed: string;
  noVoice: string;
  /** With `{n}` and `{total}`. */
  reading: string;
  empty: string;
  online: string;
  hint: string;
}

/** What can be read: the blocks to read, in page order. A paragraph is `p<n>`. */
const BLOCKS: Record<string, string> = {
  article: 'p[data-paragraph]',
  notes: '.gl-note__body',
  terms: '.gl-popover__head, .gl-popover__short',
};
/** Parts of a block that are not its text: reader-layer additions, hidden or screen-reader-only text. */
const SKIP = '[data-layer], [aria-hidden="true"], .gl-visually-hidden';
const HIGHLIGHT = 'gl-read-aloud';

/**
 * Fills `{name}` in a label. Its own few lines rather than `labeller` from ./labels, which the quiz
 * also imports: sharing it would split that module into a chunk of its own, which costs the lesson
 * more bytes than these lines.
 */
const fill = (text: string, values: Record<string, number> = {}): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

/** One sentence to speak, and where it is on the page: one range per text node, for the highlight. */
interface Spoken {
  text: string;
  ranges: Range[];
}

/**
 * The sentences of some blocks, each with ranges over the page's own text nodes (no DOM change).
 * One range per node, not one from the sentence's start to its end, so the highlight leaves out the
 * reader-layer parts in between (a note inside a sentence, say).
 */
function sentencesOf(blocks: Iterable<Element>, lang: string): Spoken[] {
  const out: Spoken[] = [];
  for (const block of blocks) {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const skip = node.parentElement?.closest(SKIP);
      if (!skip || skip === block || !block.contains(skip)) nodes.push(node as Text);
    }
    const lengths = nodes.map((n) => n.data.length);
    for (const s of splitSentences(nodes.map((n) => n.data).join(''), lang)) {
      const from = chunkAt(lengths, s.start);
      const to = chunkAt(lengths, s.end, true);
      const ranges: Range[] = [];
      for (let i = from.chunk; i <= to.chunk; i++) {
        const node = nodes[i] as Text;
        const range = document.createRange();
        range.setStart(node, i === from.chunk ? from.offset : 0);
        range.setEnd(node, i === to.chunk ? to.offset : node.length);
        ranges.push(range);
      }
      out.push({ text: s.text.replace(/\s+/g, ' '), ranges });
    }
  }
  return out;
}

/**
 * Read-aloud (issue 18): reads the article, one paragraph, the notes or the glossary definitions,
 * sentence by sentence with the Web Speech API, and marks the sentence being read with the CSS Custom
 * Highlight API. It prefers a voice on the device; with no voice it says so and shows no controls.
 * The state machine is `playerReducer` (src/lib/read-aloud.ts); this only wires it to the browser.
 */
export default function ReadAloud({ labels }: { labels: ReadAloudLabels }) {
  const l = (key: keyof ReadAloudLabels, values?: Record<string, number>): string => fill(labels[key], values);
  const [voice, setVoice] = useState<SpeechSynthesisVoice | 'checking' | 'none'>('checking');
  const [what, setWhat] = useState('article');
  const [empty, setEmpty] = useState(false);
  const [state, dispatch] = useReducer(playerReducer, INITIAL_PLAYER);
  const queue = useRef<Spoken[]>([]);

  // The speed saved on this device. Set after hydration, so the server's markup (speed 1) matches.
  useEffect(() => {
    const saved = prefsStore().getSnapshot().prefs.readAloudRate;
    if (saved !== undefined) dispatch({ type: 'rate', rate: saved });
  }, []);

  // Find a voice: browsers often list none until `voiceschanged`, and some never fire it, so after a
  // moment with none the island gives up and says so.
  useEffect(() => {
    const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
    const lang = document.documentElement.lang || 'en';
    let done = false;
    const found = (): void => {
      const v = synth ? pickVoice(synth.getVoices(), lang) : undefined;
      if (v && !done) setVoice(v);
      done ||= v !== undefined;
    };
    synth?.addEventListener('voiceschanged', found);
    const now = setTimeout(found);
    const giveUp = setTimeout(
      () => {
        if (!done) setVoice('none');
        done = true;
      },
      synth ? 1500 : 0,
    );
    return () => {
      synth?.removeEventListener('voiceschanged', found);
      clearTimeout(now);
      clearTimeout(giveUp);
    };
  }, []);

  // Speak the current sentence each time the player asks for it; stop speaking when it stops.
  useEffect(() => {
    if (typeof voice === 'string') return;
    const synth = window.speechSynthesis;
    synth.cancel();
    const item = queue.current[state.index];
    if (state.status !== 'playing' || !item) return;
    const utterance = new SpeechSynthesisUtterance(item.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = state.rate;
    const token = state.utterance;
    utterance.addEventListener('end', () => {
      dispatch({ type: 'ended', utterance: token });
    });
    utterance.addEventListener('error', (event) => {
      // Cancelling (pause, skip, stop) interrupts an utterance on purpose; anything else stops the player.
      if (event.error !== 'interrupted' && event.error !== 'canceled') dispatch({ type: 'stop' });
    });
    synth.speak(utterance);
  }, [voice, state.status, state.utterance, state.index, state.rate]);

  // Mark the current sentence, and bring it into view (at once when motion is reduced).
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const item = state.status === 'idle' ? undefined : queue.current[state.index];
    if (!item) {
      CSS.highlights.delete(HIGHLIGHT);
      return;
    }
    CSS.highlights.set(HIGHLIGHT, new Highlight(...item.ranges));
    const box = item.ranges[0]?.getBoundingClientRect() ?? new DOMRect();
    if (box.height > 0 && (box.top < 0 || box.bottom > innerHeight)) {
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      scrollBy({ top: box.top - innerHeight / 3, behavior: still ? 'instant' : 'smooth' });
    }
  }, [state.status, state.index]);

  // Leaving the page (or the island going away) stops the voice and the mark.
  useEffect(
    () => () => {
      if ('speechSynthesis' in window) window.speechSynthesis.cancel();
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
    },
    [],
  );

  // Until the voices are known (a few seconds at most) only the hint shows, not controls that may go.
  // It also gives `client:visible` an element to watch, so the island hydrates when the panel opens.
  const hint = <p className="gl-comfort__hint">{l('hint')}</p>;
  if (voice === 'checking') return hint;
  if (voice === 'none') return <p role="status">{l('noVoice')}</p>;

  const play = (): void => {
    const selector = what.startsWith('p') ? `p[data-paragraph="${what.slice(1)}"]` : (BLOCKS[what] ?? '');
    queue.current = sentencesOf(document.querySelectorAll(selector), document.documentElement.lang || 'en');
    setEmpty(queue.current.length === 0);
    dispatch({ type: 'play', count: queue.current.length });
  };
  const main = (): void => {
    if (state.status === 'playing') dispatch({ type: 'pause' });
    else if (state.status === 'paused') dispatch({ type: 'resume' });
    else play();
  };
  const idle = state.status === 'idle';
  const paragraphs = document.querySelectorAll(BLOCKS['article'] ?? '').length;
  const where = { n: state.index + 1, total: state.count };

  return (
    <>
      {hint}
      <div className="gl-comfort__row">
        <label>
          {l('what')}
          <select
            value={what}
            onChange={(e) => {
              setWhat(e.target.value);
              dispatch({ type: 'stop' });
            }}
          >
            <option value="article">{l('article')}</option>
            {Array.from({ length: paragraphs }, (_, i) => (
              <option key={i} value={`p${String(i + 1)}`}>
                {l('paragraph', { n: i + 1 })}
              </option>
            ))}
            <option value="notes">{l('notes')}</option>
            <option value="terms">{l('terms')}</option>
          </select>
        </label>
        <label>
          {l('speed')}
          <select
            value={state.rate}
            onChange={(e) => {
              const rate = RATES.find((r) => r === Number(e.target.value));
              if (rate === undefined) return;
              dispatch({ type: 'rate', rate });
              prefsStore().update((stored) => withPrefs(stored, { readAloudRate: rate }));
            }}
          >
            {RATES.map((r) => (
              <option key={r} value={r}>{`${String(r)}×`}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="gl-comfort__row">
        <button type="button" className="gl-button" onClick={main}>
          {l(state.status === 'playing' ? 'pause' : state.status === 'paused' ? 'resume' : 'play')}
        </button>
        {(['previous', 'next', 'stop'] as const).map((action) => (
          <button
            key={action}
            type="button"
            className="gl-button"
            disabled={idle}
            onClick={() => {
              dispatch({ type: action });
            }}
          >
            {l(action)}
          </button>
        ))}
      </div>
      <p>{idle ? (empty ? l('empty') : '') : l('reading', where)}</p>
      {!voice.localService && <p className="gl-comfort__hint">{l('online')}</p>}
    </>
  );
}
