/**
 * The one way the browser tests run axe-core. It replaces @axe-core/playwright's AxeBuilder, which
 * opened a blank page and injected the 650 KB script twice on every call and sent every node of
 * every result (passes included) back over the wire. Here axe's source is read once per worker
 * process, evaluated once per document, and run inside the page; only the violations come back,
 * already formatted.
 *
 * The second colour scheme only changes colours (the theme follows `prefers-color-scheme` through
 * CSS alone), so it is checked with axe's colour rules only ({@link COLOUR_RULES}).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { DEFERRED_CLASS } from '../../src/lib/links';

const require = createRequire(import.meta.url);

/** axe-core rule tags for WCAG 2.0–2.2 A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeRule {
  ruleId: string;
  tags: string[];
}

/**
 * The WCAG A/AA rules whose result can depend on colour (axe tags them `cat.color`): today
 * `color-contrast` and `link-in-text-block`. Read from axe itself, so a rule added in an update
 * is included without editing this file.
 */
export const COLOUR_RULES: readonly string[] = (require('axe-core') as { getRules: (tags: string[]) => AxeRule[] })
  .getRules(WCAG_TAGS)
  .filter((rule) => rule.tags.includes('cat.color'))
  .map((rule) => rule.ruleId);

let axeSource: string | undefined;
/** axe-core's browser bundle, read from disk once per process. */
function source(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** CSS selector of the deferred sections (`content-visibility: auto`, see src/lib/links.ts). */
export const DEFERRED = `.${DEFERRED_CLASS}`;

/**
 * Runs `check` with every deferred section laid out as it is when on screen: its containment kept,
 * its skipping off. Off screen, the browser skips such a section's layout and paint, and hit-testing
 * finds nothing in it, so axe's target-size rule (which hit-tests) reports each control there as
 * "obscured". A reader only ever touches those controls once the section is on screen, which is the
 * state checked here. `tests/e2e/deferred.spec.ts` checks each deferred section scrolled on screen
 * with no override, so this stand-in cannot drift from the real thing.
 */
export async function withDeferredSectionsShown<T>(page: Page, check: () => Promise<T>): Promise<T> {
  const count = await page.evaluate((selector) => {
    const sections = document.querySelectorAll<HTMLElement>(selector);
    for (const section of sections) {
      section.style.setProperty('content-visibility', 'visible', 'important');
      section.style.setProperty('contain', 'layout style paint', 'important');
    }
    return sections.length;
  }, DEFERRED);
  try {
    return await check();
  } finally {
    if (count > 0) {
      await page.evaluate((selector) => {
        for (const section of document.querySelectorAll<HTMLElement>(selector)) {
          section.style.removeProperty('content-visibility');
          section.style.removeProperty('contain');
        }
      }, DEFERRED);
    }
  }
}

/** What to check. */
export interface AxeOptions {
  /** CSS selector of the part of the page to check; the whole page when absent. */
  include?: string | undefined;
  /** `'all'` (every WCAG A/AA rule, the default) or `'colour'` ({@link COLOUR_RULES} only). */
  rules?: 'all' | 'colour';
  /** Leave deferred sections as they are (for checking them really on screen). */
  asIs?: boolean;
}

/** The outcome of one axe run: violations one line each, and how many rules passed. */
export interface AxeReport {
  /** `rule (impact): target, target — help`, one per violated rule. */
  violations: string[];
  /** Rules that passed: above zero proves axe found something to check. */
  passes: number;
}

/** Runs axe-core in the page as it is now (deferred sections laid out, see above). */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeReport> {
  const run = async (): Promise<AxeReport> => {
    // Once per document: a navigation brings a fresh window without axe.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source());
    const runOnly =
      options.rules === 'colour'
        ? { type: 'rule' as const, values: [...COLOUR_RULES] }
        : { type: 'tag' as const, values: WCAG_TAGS };
    return page.evaluate(
      async ({ include, runOnly }) => {
        interface Result {
          id: string;
          impact?: string | null;
          help: string;
          nodes: { target: unknown[] }[];
        }
        const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
        const results = (await axe.run(include ?? document, { runOnly, resultTypes: ['violations'] })) as {
          violations: Result[];
          passes: Result[];
        };
        return {
          violations: results.violations.map(
            (v) =>
              `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes.map((n) => n.target.map(String).join(' ')).join(', ')} — ${v.help}`,
          ),
          passes: results.passes.length,
        };
      },
      { include: options.include, runOnly },
    );
  };
  return options.asIs ? run() : withDeferredSectionsShown(page, run);
}

/**
 * Checks the page in both colour schemes: every rule in the scheme it is in, then the colour
 * rules in the other, then back. A state set up once (a dialog open, feedback shown) is so
 * checked in both themes. Returns every violation, each line prefixed with its scheme, and the
 * number of rules that passed in the first scheme.
 */
export async function axeBothSchemes(page: Page, include?: string): Promise<AxeReport> {
  const current = await page.evaluate(() =>
    window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  );
  const other = current === 'dark' ? 'light' : 'dark';
  const first = await runAxe(page, { include });
  await page.emulateMedia({ colorScheme: other });
  try {
    const second = await runAxe(page, { include, rules: 'colour' });
    return {
      violations: [
        ...first.violations.map((v) => `${current}: ${v}`),
        ...second.violations.map((v) => `${other}: ${v}`),
      ],
      passes: first.passes,
    };
  } finally {
    await page.emulateMedia({ colorScheme: current });
  }
}
