import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import { eagerGlob, scoScript } from '../../src/data/scorm';
import { correctAnswer, scoreSet, type Answer, type Question } from '../../src/lib/quiz';
import {
  packageName,
  SCO_FILES,
  SCO_TEXT_KEYS,
  scoData,
  scormManifest,
  scormPackage,
  scoPage,
  type ScoData,
  type ScoText,
} from '../../src/lib/scorm/package';
import {
  findApi,
  interactionOf,
  reportOf,
  sendReport,
  statusOf,
  timespan,
  type ApiWindow,
  type Scorm12Api,
} from '../../src/lib/scorm/runtime';
import { MINI_ASSIGNMENT, MINI_DATA, MINI_SETS } from '../helpers/mini-lesson';
import { QUESTIONS } from '../helpers/teach';

/**
 * Whether an XML document is well formed. `XMLValidator` is marked deprecated in favour of the
 * separate fast-xml-validator package, which is not installed; it still validates fully.
 */
// eslint-disable-next-line @typescript-eslint/no-deprecated
const wellFormed = (doc: string): true | object => XMLValidator.validate(doc);

const text = Object.fromEntries(
  SCO_TEXT_KEYS.map((k) => [k, (en as Record<string, string>)[`teach.scorm.sco.${k}`] ?? '']),
) as unknown as ScoText;
const lesson = { title: 'Harbour lights', href: 'https://gloss.example/lessons/harbour-lights/' };
const input = { a: MINI_ASSIGNMENT, data: MINI_DATA, lesson, text, script: 'console.log(1)', style: 'p{}' };

/** The JSON the SCO page carries, read back as the page's script reads it. */
function embedded(page: string): ScoData {
  const m = /<script type="application\/json" id="gloss-sco-data">([\s\S]*?)<\/script>/.exec(page);
  if (!m?.[1]) throw new Error('no embedded data in the SCO page');
  return JSON.parse(m[1]) as ScoData;
}

/** The manifest as fast-xml-parser reads it (attributes prefixed with "@"). */
interface Parsed {
  manifest: {
    '@xmlns': string;
    '@xmlns:adlcp': string;
    '@xsi:schemaLocation': string;
    metadata: unknown;
    organizations: {
      '@default': string;
      organization: { '@identifier': string; title: string; item: { '@identifierref': string } };
    };
    resources: {
      resource: {
        '@identifier': string;
        '@type': string;
        '@adlcp:scormtype': string;
        '@href': string;
        file: { '@href': string }[];
      };
    };
  };
}

describe('SCORM 1.2 manifest', () => {
  const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });
  const parser = { parse: (xml: string): Parsed => xmlParser.parse(xml) as Parsed };
  const tricky = { ...MINI_ASSIGNMENT, title: 'Lamps & <boats> "quoted" \u0001' };

  it('is well-formed XML with the SCORM 1.2 schema, namespaces and schema locations', () => {
    const xml = scormManifest(tricky);
    expect(wellFormed(xml)).toBe(true);
    const m = parser.parse(xml).manifest;
    expect(m['@xmlns']).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(m['@xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
    expect(m['@xsi:schemaLocation']).toContain('adlcp_rootv1p2.xsd');
    expect(m.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: '1.2' });
    expect(m.organizations.organization.title).toBe('Lamps & <boats> "quoted"');
  });

  it('points its default organization and its item at resources that exist, and lists every package file', () => {
    const files = scormPackage(input);
    const m = parser.parse(files['imsmanifest.xml'] ?? '').manifest;
    const org = m.organizations.organization;
    expect(m.organizations['@default']).toBe(org['@identifier']);
    const res = m.resources.resource;
    expect(org.item['@identifierref']).toBe(res['@identifier']);
    expect(res['@adlcp:scormtype']).toBe('sco');
    expect(res['@type']).toBe('webcontent');
    expect(Object.keys(files)).toContain(res['@href']);
    const listed = res.file.map((f) => f['@href']).sort();
    expect(listed).toEqual(
      Object.keys(files)
        .filter((f) => f !== 'imsmanifest.xml')
        .sort(),
    );
  });
});

describe('SCO page', () => {
  it('carries only the assigned questions, with the strings and lesson it needs', () => {
    const d = embedded(scormPackage(input)[SCO_FILES.page] ?? '');
    expect(d.questions.map((q) => q.id)).toEqual(MINI_SETS.basics.map((q) => q.id));
    expect(d.questions.map((q) => q.id)).not.toContain(MINI_SETS.boats[0].id);
    expect(d.mode).toBe('assessment');
    expect(d.seed).toBe(MINI_DATA.lesson);
    expect(d.timeline).toBe('https://gloss.example/lessons/harbour-lights/timeline/');
    expect(d.text.finish).toBe(en['teach.scorm.sco.finish']);
  });

  it('keeps a title that holds "</script>" inside its JSON, and escapes it in the markup', () => {
    const a = { ...MINI_ASSIGNMENT, title: '</script><script>alert(1)</script>' };
    const page = scoPage(scoData({ a, data: MINI_DATA, lesson, text }));
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(embedded(page).title).toBe(a.title);
  });

  it('loads nothing from another origin: its only script and style are files of the package', () => {
    const page = scormPackage(input)[SCO_FILES.page] ?? '';
    const refs = [...page.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs.sort()).toEqual([SCO_FILES.style, SCO_FILES.script].sort());
  });

  it('refuses an assignment with no question in the quiz data, naming it and what to do', () => {
    const a = { ...MINI_ASSIGNMENT, sets: ['gone'], questions: [] };
    expect(() => scormPackage({ ...input, a })).toThrow(
      'SCORM package: assignment "K3M9QX2A" names no question of lesson "harbour-lights" (sets: gone; questions: none). Reload /teach/ and make the assignment again.',
    );
  });

  it('is named after the title, in safe characters', () => {
    expect(packageName({ ...MINI_ASSIGNMENT, title: 'Lamps: café & boats!' })).toBe(
      'gloss-lamps-cafe-boats-scorm12.zip',
    );
    expect(packageName({ ...MINI_ASSIGNMENT, title: '!!!' })).toBe('gloss-K3M9QX2A-scorm12.zip');
  });

  it('has every SCO string in en.json, and no unused one', () => {
    const keys = Object.keys(en)
      .filter((k) => k.startsWith('teach.scorm.sco.'))
      .map((k) => k.slice('teach.scorm.sco.'.length));
    expect(keys.sort()).toEqual([...SCO_TEXT_KEYS].sort());
  });
});

describe('finding the LMS API', () => {
  const api = { LMSInitialize: () => 'true', LMSSetValue: () => 'true' };
  const win = (over: Partial<ApiWindow> = {}): ApiWindow => {
    const w: ApiWindow = { parent: null, opener: null, ...over };
    if (w.parent === null) w.parent = w;
    return w;
  };

  it('finds it in a parent frame two levels up', () => {
    const top = win({ API: api });
    const mid = win({ parent: top });
    expect(findApi(win({ parent: mid }))).toBe(api);
  });

  it('finds it in the window that opened this one', () => {
    expect(findApi(win({ opener: win({ parent: win({ API: api }) }) }))).toBe(api);
  });

  it('finds nothing on its own, nor an object that is not an API, nor past a frame it may not read', () => {
    expect(findApi(win())).toBeUndefined();
    expect(findApi(win({ API: { LMSInitialize: 'no' } }))).toBeUndefined();
    const guarded = win();
    Object.defineProperty(guarded, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findApi(win({ parent: guarded }))).toBeUndefined();
  });

  it('gives up after seven parents', () => {
    let w = win({ API: api });
    for (let i = 0; i < 8; i += 1) w = win({ parent: w });
    expect(findApi(w)).toBeUndefined();
  });
});

/** A fake LMS that stores what it is given and refuses the listed elements. */
function fakeLms(refuse: string[] = [], mastery = ''): Scorm12Api & { values: Map<string, string>; calls: string[] } {
  const values = new Map<string, string>([['cmi.student_data.mastery_score', mastery]]);
  const calls: string[] = [];
  let last = '0';
  return {
    values,
    calls,
    LMSInitialize: () => 'true',
    LMSGetValue: (e) => values.get(e) ?? '',
    LMSSetValue: (e, v) => {
      if (refuse.includes(e)) {
        last = '405';
        return 'false';
      }
      values.set(e, v);
      return 'true';
    },
    LMSCommit: () => {
      calls.push('commit');
      return 'true';
    },
    LMSFinish: () => {
      calls.push('finish');
      return 'true';
    },
    LMSGetLastError: () => last,
  };
}

const lessonQuestions = [...QUESTIONS.values()];

describe('what the SCO reports', () => {
  it('gives each question of the lesson a SCORM 1.2 interaction in its type’s format, right when the answer is right', () => {
    const patterns: Record<string, RegExp> = {
      choice: /^[a-z](,[a-z])*$/,
      'true-false': /^[tf]$/,
      matching: /^[a-z]\.[a-z](,[a-z]\.[a-z])*$/,
      sequencing: /^[a-z](,[a-z])*$/,
      'fill-in': /^.{0,255}$/s,
    };
    expect(lessonQuestions.length).toBeGreaterThan(0);
    for (const q of lessonQuestions) {
      const a = correctAnswer(q) as Answer;
      const x = interactionOf(q, a, scoreSet([q], { [q.id]: a }).questions[0] ?? expect.fail('no score'));
      expect(x.id, q.id).toMatch(/^[a-z0-9-]{1,255}$/);
      expect(x.response ?? '', q.id).toMatch(patterns[x.type] ?? /^$/);
      expect(x.result, q.id).toBe(q.type === 'open' ? 'neutral' : 'correct');
      expect(x.weighting, q.id).toBe(q.type === 'open' ? 0 : 1);
    }
  });

  it('reports the percentage Gloss shows for the same answers, partial credit included', () => {
    // Every other question right, the rest unanswered; multiple-choice half right.
    const answers: Record<string, Answer> = {};
    lessonQuestions.forEach((q, i) => {
      if (i % 2 === 0) answers[q.id] = correctAnswer(q);
      else if (q.type === 'multiple') answers[q.id] = { type: 'multiple', choices: [0] };
    });
    const gloss = scoreSet(lessonQuestions, answers);
    const report = reportOf(lessonQuestions, answers);
    expect(report.percent).toBe(Math.round((gloss.score / gloss.max) * 100));
    expect(report.points).toBe(Math.round(gloss.score * 100) / 100);
    expect(report.max).toBe(gloss.max);
    expect(report.percent).toBeGreaterThan(0);
    expect(report.percent).toBeLessThan(100);
    const unanswered = lessonQuestions.find((q, i) => i % 2 === 1 && q.type !== 'multiple' && q.type !== 'open');
    const record = report.interactions.find((x) => x.id === unanswered?.id);
    expect(record).toMatchObject({ result: 'wrong' });
    expect(record).not.toHaveProperty('response');
  });

  it('writes a partial credit as a decimal result', () => {
    const q = MINI_SETS.boats[0];
    const report = reportOf([q], { [q.id]: { type: 'multiple', choices: [0] } });
    expect(report.interactions[0]?.result).toMatch(/^0\.\d+$/);
  });

  it('sends score, status and interactions, then commits and finishes', () => {
    const lms = fakeLms();
    const q = MINI_SETS.basics[0];
    const sent = sendReport(lms, reportOf([q], { [q.id]: { type: 'single', choice: 0 } }), 65_000);
    expect(sent).toEqual({ ok: true, refused: [] });
    expect(Object.fromEntries(lms.values)).toMatchObject({
      'cmi.core.score.raw': '100',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.lesson_status': 'completed',
      'cmi.core.session_time': '0000:01:05',
      'cmi.interactions.0.id': q.id,
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.student_response': 'a',
      'cmi.interactions.0.result': 'correct',
    });
    expect(lms.calls).toEqual(['commit', 'finish']);
  });

  it('says which values the LMS refused, and still finishes', () => {
    const lms = fakeLms(['cmi.interactions.0.type']);
    const q = MINI_SETS.basics[0];
    const sent = sendReport(lms, reportOf([q], {}), 0);
    expect(sent).toEqual({ ok: false, refused: ['cmi.interactions.0.type (405)'] });
    expect(lms.values.get('cmi.core.score.raw')).toBe('0');
    expect(lms.calls).toEqual(['commit', 'finish']);
  });

  it('passes or fails against the LMS’s mastery score, and is completed without one', () => {
    expect(statusOf(80, '80')).toBe('passed');
    expect(statusOf(79, '80')).toBe('failed');
    expect(statusOf(0, '')).toBe('completed');
    expect(statusOf(50, 'n/a')).toBe('completed');
    expect(timespan(3_600_000 * 2 + 61_400)).toBe('0002:01:01');
  });
});

describe('the SCO script, bundled from the site’s own code', () => {
  it('turns the question views’ glob into an import of every view file', () => {
    const dir = new URL('../../src/islands/questions/', import.meta.url).pathname;
    const code = eagerGlob(readFileSync(`${dir}index.ts`, 'utf8'), dir);
    expect(code).not.toContain('import.meta.glob');
    for (const q of new Set(lessonQuestions.map((x: Question) => x.type))) {
      expect(code).toContain(`from './${q}.view.tsx'`);
    }
  });

  it('is one file that requests nothing: no fetch, no XHR, no module import, no beacon', async () => {
    const js = await scoScript();
    expect(js.length).toBeGreaterThan(1000);
    expect(js).toContain('LMSInitialize');
    expect(js).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|\bimport\(|import\.meta|WebSocket|EventSource/);
  }, 60_000);
});
