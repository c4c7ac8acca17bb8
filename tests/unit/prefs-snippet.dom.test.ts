// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { minifyInlineScript } from '../../src/lib/inline-script';
import {
  COMFORT_CHOICES,
  createPrefsStore,
  LAYER_DEFAULTS,
  localStorageOrNull,
  PREFS_KEY,
  READING_LAYERS,
  withPrefs,
} from '../../src/lib/store';

const source = readFileSync('src/inline/prefs.js', 'utf8');
const run = (): void => {
  // The page runs the same minified text the CSP hashes.
  runInThisContext(minifyInlineScript(source, 'prefs.js'));
};

describe('the inline preferences snippet and the preferences store', () => {
  beforeEach(() => {
    localStorage.clear();
    for (const key of Object.keys(document.documentElement.dataset)) {
      document.documentElement.removeAttribute(`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    }
  });

  it('is type-checked against the store module, not written apart from it', () => {
    expect(source.startsWith('// @ts-check\n')).toBe(true);
    for (const name of ['PREFS_KEY', 'THEMES', 'TEXT_MIN', 'TEXT_MAX', 'READING_LAYERS', 'COMFORT_KEYS']) {
      expect(source).toContain(`@type {typeof import('../lib/store/prefs').${name}}`);
    }
    expect(minifyInlineScript(source, 'prefs.js')).toContain(JSON.stringify(PREFS_KEY));
  });

  it('applies what the store saved (the assignment sets the reading layers)', () => {
    const store = createPrefsStore(localStorageOrNull());
    store.update((s) => withPrefs(s, { theme: 'dark', text: 2, notes: false, claims: true }));
    run();
    const { dataset } = document.documentElement;
    expect([dataset['theme'], dataset['text'], dataset['notes'], dataset['claims']]).toEqual([
      'dark',
      '2',
      'off',
      'on',
    ]);
  });

  it('writes what the store reads (a toggle on the lesson page)', () => {
    document.body.innerHTML = '<input type="checkbox" data-gl-toggle="allTerms">';
    run();
    const input = document.querySelector('input');
    if (!input) throw new Error('no input');
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const store = createPrefsStore(localStorageOrNull());
    expect(store.getSnapshot().prefs).toEqual({ allTerms: true });
    expect(store.problems()).toEqual([]);
  });

  it('sets no layer on a first visit, so the CSS shows the defaults (vocabulary only), and mirrors each saved layer', () => {
    run();
    const { dataset } = document.documentElement;
    expect(READING_LAYERS.map((l) => dataset[l])).toEqual(READING_LAYERS.map(() => undefined));
    expect(Object.entries(LAYER_DEFAULTS).filter(([, on]) => on)).toEqual([['terms', true]]);
    createPrefsStore(localStorageOrNull()).update((s) => withPrefs(s, { terms: false, timeline: true }));
    run();
    expect([dataset['terms'], dataset['timeline'], dataset['notes']]).toEqual(['off', 'on', undefined]);
  });

  it('leaves the web fonts off on a first page, marks the device when it has loaded, and turns them on for the next page', () => {
    const { dataset } = document.documentElement;
    run();
    expect(dataset['fonts'], 'a first page paints in the system faces').toBeUndefined();
    // A choice saved after the snippet ran (by an island, through the store) survives the mark.
    createPrefsStore(localStorageOrNull()).update((s) => withPrefs(s, { theme: 'dark' }));
    window.dispatchEvent(new Event('load'));
    expect(dataset['fonts'], 'the page being read does not switch faces').toBeUndefined();
    const store = createPrefsStore(localStorageOrNull());
    expect(store.getSnapshot().prefs).toEqual({ theme: 'dark', fonts: true });
    expect(store.problems()).toEqual([]);
    run();
    expect(dataset['fonts']).toBe('on');
  });

  it('ignores unreadable preferences, which the store then sets aside', () => {
    localStorage.setItem(PREFS_KEY, '{"theme":');
    run();
    expect(document.documentElement.dataset['theme']).toBeUndefined();
    const store = createPrefsStore(localStorageOrNull());
    expect(store.notice().setAside).toMatch(/^gloss:prefs:backup:/);
  });

  it('mirrors the reading-comfort choices before paint, and a panel radio or switch writes what the store reads', () => {
    createPrefsStore(localStorageOrNull()).update((s) => withPrefs(s, { leading: 'loose', measure: 'narrow' }));
    document.body.innerHTML =
      '<input type="radio" name="spacing" value="standard" data-gl-toggle="spacing" checked>' +
      '<input type="radio" name="spacing" value="wider" data-gl-toggle="spacing">' +
      '<input type="checkbox" data-gl-toggle="focus">';
    run();
    const { dataset } = document.documentElement;
    expect([dataset['leading'], dataset['measure'], dataset['spacing'], dataset['focus']]).toEqual([
      'loose',
      'narrow',
      undefined,
      undefined,
    ]);
    const [, wider, focus] = document.querySelectorAll('input');
    if (!wider || !focus) throw new Error('no inputs');
    wider.checked = true;
    wider.dispatchEvent(new Event('change', { bubbles: true }));
    focus.checked = true;
    focus.dispatchEvent(new Event('change', { bubbles: true }));
    expect([dataset['spacing'], dataset['focus']]).toEqual(['wider', 'on']);
    const store = createPrefsStore(localStorageOrNull());
    expect(store.getSnapshot().prefs).toEqual({ leading: 'loose', measure: 'narrow', spacing: 'wider', focus: true });
    expect(store.problems()).toEqual([]);
  });

  it('drops a comfort choice the store does not know, and says which', () => {
    localStorage.setItem(
      PREFS_KEY,
      JSON.stringify({ version: 1, leading: 'huge', focus: 'yes', face: 'hyperlegible' }),
    );
    const store = createPrefsStore(localStorageOrNull());
    expect(store.getSnapshot().prefs).toEqual({ face: 'hyperlegible' });
    expect(store.problems().join('\n')).toContain(
      `leading: "huge" is not one of ${COMFORT_CHOICES.leading.join(', ')}`,
    );
    expect(store.problems().join('\n')).toContain('focus: expected true or false');
  });
});
