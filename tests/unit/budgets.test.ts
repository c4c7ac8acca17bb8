import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import budgetsJson from '../../budgets.json';
import {
  brotliSize,
  formatWeights,
  gzipSize,
  isLessonPage,
  moduleClosure,
  overBudget,
  resolveAsset,
  staticImports,
  weighPage,
  type Budgets,
  type ReadAsset,
} from '../../src/lib/budgets';

const ROOT = 'tests/fixtures/gates/budget-site';
const read: ReadAsset = (file) => (existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file)) : undefined);
const text = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const gz = (...files: string[]): number => files.reduce((sum, f) => sum + gzipSize(readFileSync(join(ROOT, f))), 0);

describe('staticImports and moduleClosure', () => {
  it('follows static imports in minified modules and leaves dynamic import() out', () => {
    expect(
      staticImports('import{a as b,c}from"./x.js";import"./side.js";export{d}from"../y.js";import("./lazy.js")'),
    ).toEqual(['./x.js', './side.js', '../y.js']);
    expect(moduleClosure('_astro/Quiz.js', read).sort()).toEqual([
      '_astro/Quiz.js',
      '_astro/quizlib.js',
      '_astro/react.js',
    ]);
  });
});

describe('resolveAsset', () => {
  it('maps page URLs to built files under the base, and ignores other origins', () => {
    expect(resolveAsset('/_astro/a.css', 'lessons/x/index.html')).toBe('_astro/a.css');
    expect(resolveAsset('../../photo.svg', 'lessons/x/index.html')).toBe('photo.svg');
    expect(resolveAsset('/gloss/_astro/a.css', 'index.html', '/gloss/')).toBe('_astro/a.css');
    expect(resolveAsset('https://cdn.example.com/a.js', 'index.html')).toBeUndefined();
  });
});

describe('weighPage on a deliberately heavy fixture lesson', () => {
  const page = 'lessons/demo/index.html';
  const html = text(page);
  const weight = weighPage(page, html, read);

  it('counts HTML plus render-blocking CSS (not print CSS) as first paint', () => {
    expect(weight.htmlGzip).toBe(gzipSize(html));
    expect(weight.blockingCssGzip).toBe(gz('_astro/site.css'));
    expect(weight.firstPaintGzip).toBe(gzipSize(html) + gz('_astro/site.css'));
    expect(weight.firstPaintBrotli).toBe(brotliSize(html) + brotliSize(readFileSync(join(ROOT, '_astro/site.css'))));
  });

  it('counts inline scripts, eager modules and client:idle islands as JavaScript before interaction', () => {
    expect(weight.inlineJsGzip).toBe(gzipSize("document.documentElement.classList.add('js');"));
    expect(weight.eagerJs.sort()).toEqual([
      '_astro/Clock.js',
      '_astro/client.js',
      '_astro/eager.js',
      '_astro/react.js',
      '_astro/shared.js',
    ]);
    expect(weight.jsBeforeInteractionGzip).toBe(
      weight.inlineJsGzip +
        gz('_astro/Clock.js', '_astro/client.js', '_astro/eager.js', '_astro/react.js', '_astro/shared.js'),
    );
  });

  it('weighs each island without the shared framework, and the framework once', () => {
    expect(weight.islands).toEqual([
      {
        component: '_astro/Quiz.js',
        client: 'visible',
        gzip: gz('_astro/Quiz.js', '_astro/quizlib.js'),
        files: ['_astro/Quiz.js', '_astro/quizlib.js'],
      },
      { component: '_astro/Clock.js', client: 'idle', gzip: gz('_astro/Clock.js'), files: ['_astro/Clock.js'] },
    ]);
    expect(weight.frameworkGzip).toBe(gz('_astro/client.js', '_astro/react.js'));
  });

  it('totals every file the page can load once each, lazy imports excepted', () => {
    const all = [
      '_astro/site.css',
      '_astro/print.css',
      '_astro/eager.js',
      '_astro/shared.js',
      '_astro/client.js',
      '_astro/react.js',
    ];
    const rest = ['_astro/Quiz.js', '_astro/quizlib.js', '_astro/Clock.js', 'favicon.svg', 'photo.svg'];
    expect(weight.totalGzip).toBe(gzipSize(html) + gz(...all, ...rest));
    expect(weight.missing).toEqual([]);
  });
});

describe('overBudget', () => {
  const weights = ['index.html', 'lessons/demo/index.html'].map((file) => weighPage(file, text(file), read));
  const generous: Budgets = {
    lessonFirstPaintGzip: 100_000,
    lessonFirstPaintBrotli: 100_000,
    lessonJsBeforeInteractionGzip: 100_000,
    islandGzip: 100_000,
    frameworkGzip: 100_000,
    lessonTotalGzip: 100_000,
    pageTotalGzip: 100_000,
    lessonFontsFirstVisit: 100_000,
  };

  it('passes pages within budget', () => {
    expect(overBudget(weights, generous)).toEqual([]);
  });

  it('fails every over-budget measure, naming the page, the measure, the size and the budget', () => {
    const tight: Budgets = {
      lessonFirstPaintGzip: 10,
      lessonFirstPaintBrotli: 10,
      lessonJsBeforeInteractionGzip: 10,
      islandGzip: 10,
      frameworkGzip: 10,
      lessonTotalGzip: 20,
      pageTotalGzip: 10,
      lessonFontsFirstVisit: 10,
    };
    const problems = overBudget(weights, tight);
    expect(problems.map((p) => p.replace(/ is \d+ B \([\d.]+ KiB\)/, ' is N'))).toEqual([
      'index.html: total (gzip) is N, over its budget of 10 B (0.0 KiB)',
      'lessons/demo/index.html: HTML + render-blocking CSS (gzip) is N, over its budget of 10 B (0.0 KiB)',
      'lessons/demo/index.html: HTML + render-blocking CSS (brotli) is N, over its budget of 10 B (0.0 KiB)',
      'lessons/demo/index.html: JavaScript before interaction (gzip) is N, over its budget of 10 B (0.0 KiB)',
      'lessons/demo/index.html: island _astro/Quiz.js (gzip) is N, over its budget of 10 B (0.0 KiB)',
      'lessons/demo/index.html: island _astro/Clock.js (gzip) is N, over its budget of 10 B (0.0 KiB)',
      'lessons/demo/index.html: framework runtime (gzip) is N, over its budget of 10 B (0.0 KiB)',
      'lessons/demo/index.html: total (gzip) is N, over its budget of 20 B (0.0 KiB)',
    ]);
  });

  it('prints the measurements one page a line, for re-tuning', () => {
    const [heading, home, lesson] = formatWeights(weights).split('\n');
    expect(heading).toBe('Page weights in bytes (gzip unless marked br):');
    expect(home).toMatch(
      /^index\.html: first paint \d+ gzip \/ \d+ br; JS before interaction 0; framework 0; total \d+$/,
    );
    expect(lesson).toContain('; island _astro/Quiz.js (visible) ');
  });

  it('applies the lesson budgets to lesson pages only', () => {
    expect(isLessonPage('lessons/x/index.html')).toBe(true);
    expect(isLessonPage('lessons/x/timeline/index.html')).toBe(false);
    expect(isLessonPage('index.html')).toBe(false);
  });
});

describe('budgets.json', () => {
  it('sets every budget to a positive number of bytes', () => {
    const budgets: Budgets = budgetsJson;
    for (const [name, value] of Object.entries(budgets)) {
      expect(Number.isInteger(value) && value > 0, `${name} must be a positive integer`).toBe(true);
    }
  });
});
