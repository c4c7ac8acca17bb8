import { describe, expect, it } from 'vitest';
import {
  CLASSES_KEY,
  classFile,
  createClassesStore,
  emptyClass,
  parseClassFile,
  rubricKey,
  withClass,
  type SavedClass,
  type StorageLike,
} from '../../src/lib/store';

const memory = (): StorageLike & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v);
    },
    removeItem: (k) => {
      data.delete(k);
    },
  };
};

const saved: SavedClass = {
  ...emptyClass('1.abc.DEF'),
  codes: ['Acode1', 'Acode2'],
  names: { Acode2: 'Ben' },
  marks: { ana: 'B+' },
  notes: { ana: 'Talked it through' },
  counts: 'latest',
  rubric: { [rubricKey('Acode1', 'open-q')]: 1 },
};

describe('the classes store', () => {
  it('keeps a class per assignment across a reload, and clears it', () => {
    const storage = memory();
    createClassesStore(storage).update((d) => withClass(d, 'K3M9QX2A', saved));
    expect(JSON.parse(storage.data.get(CLASSES_KEY) ?? '')).toMatchObject({ version: 1 });
    // A new store over the same storage: what a reload sees.
    const again = createClassesStore(storage);
    expect(again.getSnapshot().classes['K3M9QX2A']).toEqual(saved);
    again.update((d) => withClass(d, 'K3M9QX2A', undefined));
    expect(createClassesStore(storage).getSnapshot().classes).toEqual({});
  });

  it('drops a class without its link or codes, and keeps the rest', () => {
    const storage = memory();
    storage.setItem(
      CLASSES_KEY,
      JSON.stringify({ version: 1, classes: { GOOD0000: saved, BAD00000: { link: '', codes: [] } } }),
    );
    expect(Object.keys(createClassesStore(storage).getSnapshot().classes)).toEqual(['GOOD0000']);
  });
});

describe('rubric marks', () => {
  it('are keyed by a short hash of the code and the question, and kept in the store and the class file', () => {
    const long = `A${'x'.repeat(1200)}`;
    expect(rubricKey(long, 'open-q')).toMatch(/^[0-9a-f]{8}\/open-q$/);
    expect(rubricKey(long, 'open-q')).not.toBe(rubricKey(`${long}y`, 'open-q'));
    const file = parseClassFile('class.json', classFile('K3M9QX2A', saved));
    expect(file.ok && file.value.rubric).toEqual(saved.rubric);
  });

  it('read as none from a class saved before they existed, and drop a level that is not one', () => {
    const storage = memory();
    const old = Object.fromEntries(Object.entries(saved).filter(([k]) => k !== 'rubric'));
    const bad = { ...saved, rubric: { a: 1, b: 7, c: 'Strong', d: -1 } };
    storage.setItem(CLASSES_KEY, JSON.stringify({ version: 1, classes: { OLD00000: old, BAD00000: bad } }));
    const classes = createClassesStore(storage).getSnapshot().classes;
    expect(classes['OLD00000']?.rubric).toEqual({});
    expect(classes['BAD00000']?.rubric).toEqual({ a: 1 });
  });
});

describe('class files', () => {
  it('round-trip: export on one machine, import on another', () => {
    expect(parseClassFile('class.json', classFile('K3M9QX2A', saved))).toEqual({
      ok: true,
      id: 'K3M9QX2A',
      value: saved,
      problems: [],
    });
  });

  it('say what is wrong with a file that is not one', () => {
    expect(parseClassFile('notes.txt', 'hello')).toEqual({
      ok: false,
      message: 'notes.txt is not a class file: it is not JSON. Choose the .json file “Export class” saved.',
    });
    expect(parseClassFile('ana.json', '{"format":"gloss-result","code":"A"}')).toEqual({
      ok: false,
      message:
        'ana.json is not a class file: it has no "format": "gloss-class". Choose the .json file “Export class” saved (a student\'s result file goes in “Result files” instead).',
    });
    expect(parseClassFile('new.json', '{"format":"gloss-class","version":9,"classes":{}}')).toEqual({
      ok: false,
      message: 'new.json was written by a newer version of Gloss; update this copy to read it.',
    });
    const broken = JSON.stringify({ format: 'gloss-class', version: 1, classes: { X: { link: 'l', codes: 'A' } } });
    expect(parseClassFile('broken.json', broken)).toEqual({
      ok: false,
      message: 'broken.json could not be read: classes.X.codes: expected a list of at most 2000 codes, dropped.',
    });
  });
});
