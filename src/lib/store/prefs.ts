/**
 * Reading preferences on this device: theme, text size, which reading layers show, and the
 * reading-comfort settings (spacing, line length, face, paragraph focus). One instance
 * of the generic versioned store (`versioned.ts`) under `PREFS_KEY`, and the one source of truth for
 * that key and the shape. The inline snippet `src/inline/prefs.js` applies these before first paint;
 * it is type-checked (`// @ts-check`) against the constants and types exported here, so its key,
 * themes, text range and layer names cannot drift from this module's.
 *
 * Shape (version 1; version 0 is the same without `version`, as the inline snippet first writes it):
 * ```json
 * { "version": 1, "theme": "dark", "text": 1, "terms": true, "notes": true, "claims": false,
 *   "timeline": false, "allTerms": false, "leading": "relaxed", "measure": "narrow", "focus": true,
 *   "fonts": true, "readAloudRate": 1.25 }
 * ```
 * A layer with no saved choice takes its first-visit default: vocabulary on, everything else off, so
 * the student reads the article and checks its claims before seeing Gloss's notes and verdicts
 * (issue 17). The CSS reads that default from the attribute being absent (`LAYER_DEFAULTS`).
 * Unknown keys are kept, so an older copy of the site does not delete a newer one's choices.
 */
import {
  createVersionedStore,
  type DocumentSpec,
  type StorageLike,
  type StoreOptions,
  type VersionedStore,
} from './versioned';

/**
 * Read-aloud's speeds, as speech rates (1 is the voice's normal speed). Here, with the other
 * choices the store checks, so that checking one does not bring the speech code into every island
 * that reads the preferences.
 */
export const READ_ALOUD_RATES = [0.75, 1, 1.25, 1.5] as const;

/** The localStorage key of the preferences. */
export const PREFS_KEY = 'gloss:prefs';
/** The version this code writes. */
export const PREFS_VERSION = 1;
/** The theme choices, in the order the theme button cycles through them. */
export const THEMES = ['system', 'light', 'dark'] as const;
/** A theme choice; `system` follows the device. */
export type Theme = (typeof THEMES)[number];
/** The smallest text-size step (0 is the default size). */
export const TEXT_MIN = -1;
/** The largest text-size step. */
export const TEXT_MAX = 3;
/** The reading layers a reader can switch on and off, by their `data-*` name on `<html>`. */
export const READING_LAYERS = ['terms', 'notes', 'claims', 'timeline', 'allTerms'] as const;
/** One reading layer. */
export type ReadingLayer = (typeof READING_LAYERS)[number];
/**
 * Each layer on a first visit, before any choice is saved. The lesson CSS and the switches' checked
 * state in `ReadingTools.astro` follow the same defaults; `tests/e2e/layers.spec.ts` checks the page.
 */
export const LAYER_DEFAULTS: Readonly<Record<ReadingLayer, boolean>> = {
  terms: true,
  notes: false,
  claims: false,
  timeline: false,
  allTerms: false,
};

/**
 * Reading-comfort settings (issue 18), each a named choice the lesson CSS (src/styles/comfort.css)
 * reads from `data-<setting>` on `<html>`. The first choice of each is the default.
 */
export const COMFORT_CHOICES = {
  /** Line height: 1.65 (already above WCAG's 1.5), 1.9 or 2.2. */
  leading: ['standard', 'relaxed', 'loose'],
  /**
   * Letter, word and paragraph spacing together: none; half of WCAG's values; or WCAG 1.4.12's
   * values (letters 0.12em, words 0.16em, 2em after each paragraph).
   */
  spacing: ['standard', 'wide', 'wider'],
  /** Line length: 65ch, 45ch or 80ch. */
  measure: ['medium', 'narrow', 'wide'],
  /** The article's face: the text serif, or the UI face (Atkinson Hyperlegible Next). */
  face: ['text', 'hyperlegible'],
} as const;
/** One reading-comfort setting with named choices. */
export type ComfortSetting = keyof typeof COMFORT_CHOICES;
/**
 * Every reading-comfort key of the preferences, by its `data-*` name on `<html>`: the named choices,
 * then `focus` (paragraph focus mode, on or off, mirrored like a reading layer).
 */
export const COMFORT_KEYS = ['leading', 'spacing', 'measure', 'face', 'focus'] as const;

/** The preferences; a missing field means the default. */
export interface Prefs {
  /** Colour theme. */
  theme?: Theme;
  /** Text-size step, an integer from `TEXT_MIN` to `TEXT_MAX`. */
  text?: number;
  /** Glossary terms marked as buttons that open their definitions (default on). */
  terms?: boolean;
  /** Margin notes shown (true) or hidden (false, the default). */
  notes?: boolean;
  /** Claim highlights ("Who is speaking?") shown or hidden (default hidden). */
  claims?: boolean;
  /** Each paragraph's marker for its timeline events shown or hidden (default hidden). */
  timeline?: boolean;
  /** Every glossary term marked, not only the first in each paragraph. */
  allTerms?: boolean;
  /** Line height (`COMFORT_CHOICES.leading`). */
  leading?: (typeof COMFORT_CHOICES.leading)[number];
  /** Letter, word and paragraph spacing (`COMFORT_CHOICES.spacing`). */
  spacing?: (typeof COMFORT_CHOICES.spacing)[number];
  /** Line length (`COMFORT_CHOICES.measure`). */
  measure?: (typeof COMFORT_CHOICES.measure)[number];
  /** The article's typeface (`COMFORT_CHOICES.face`). */
  face?: (typeof COMFORT_CHOICES.face)[number];
  /** Paragraph focus mode: the other paragraphs are dimmed (default off). */
  focus?: boolean;
  /**
   * A page of this site has loaded on this device, so its self-hosted fonts are cached (or being
   * precached): later pages use them from the first paint. Not a choice; the inline snippet sets it
   * once, and a first visit reads in the system faces (src/integrations/fonts.ts says why).
   */
  fonts?: boolean;
  /** Read-aloud's speed, one of `READ_ALOUD_RATES` (default 1, the voice's own). */
  readAloudRate?: (typeof READ_ALOUD_RATES)[number];
}

/** The stored document: the preferences and any keys this version does not know. */
export interface StoredPrefs {
  /** The preferences this version reads. */
  prefs: Prefs;
  /** Top-level keys this version does not know, kept untouched and written back. */
  preserved: Record<string, unknown>;
}

const isTheme = (x: unknown): x is Theme => THEMES.some((t) => t === x);
const isTextStep = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= TEXT_MIN && x <= TEXT_MAX;

const isComfortSetting = (x: string): x is ComfortSetting => Object.hasOwn(COMFORT_CHOICES, x);

/** Preferences as a document of the generic store. */
export const PREFS_DOCUMENT: DocumentSpec<StoredPrefs> = {
  key: PREFS_KEY,
  name: 'preferences',
  version: PREFS_VERSION,
  migrations: { 0: (data) => ({ ...data, version: 1 }) },
  empty: () => ({ prefs: {}, preserved: {} }),
  read(data, problems) {
    const prefs: Prefs = {};
    const preserved: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) {
      if (key === 'theme') {
        if (isTheme(value)) prefs.theme = value;
        else problems.push(`theme: ${JSON.stringify(value)} is not one of ${THEMES.join(', ')}, dropped`);
      } else if (key === 'text') {
        if (isTextStep(value)) prefs.text = value;
        else
          problems.push(
            `text: ${JSON.stringify(value)} is not a whole number from ${TEXT_MIN} to ${TEXT_MAX}, dropped`,
          );
      } else if (key === 'readAloudRate') {
        const rate = READ_ALOUD_RATES.find((r) => r === value);
        if (rate === undefined)
          problems.push(
            `readAloudRate: ${JSON.stringify(value)} is not one of ${READ_ALOUD_RATES.join(', ')}, dropped`,
          );
        else prefs.readAloudRate = rate;
      } else if (isComfortSetting(key)) {
        const choices: readonly unknown[] = COMFORT_CHOICES[key];
        if (choices.includes(value)) Object.assign(prefs, { [key]: value });
        else problems.push(`${key}: ${JSON.stringify(value)} is not one of ${choices.join(', ')}, dropped`);
      } else if (key === 'focus' || key === 'fonts' || READING_LAYERS.some((layer) => layer === key)) {
        if (typeof value === 'boolean') prefs[key as ReadingLayer | 'focus' | 'fonts'] = value;
        else problems.push(`${key}: expected true or false, dropped`);
      } else {
        preserved[key] = value;
      }
    }
    return { prefs, preserved };
  },
  write: ({ prefs, preserved }) => ({ ...preserved, ...prefs }),
};

/** A copy of the stored preferences with some changed. */
export function withPrefs(stored: StoredPrefs, change: Prefs): StoredPrefs {
  return { ...stored, prefs: { ...stored.prefs, ...change } };
}

/** A live preferences store (see `VersionedStore`). */
export type PrefsStore = VersionedStore<StoredPrefs>;

/** The preferences store over a storage object. Never throws. */
export function createPrefsStore(storage: StorageLike | null, options: StoreOptions = {}): PrefsStore {
  return createVersionedStore(storage, PREFS_DOCUMENT, options);
}
