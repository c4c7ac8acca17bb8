/**
 * HTML validity with html-validate, configured by the repository's `.htmlvalidate.json` (loaded
 * explicitly, because the pages under test may be built outside the repository).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

const config = JSON.parse(readFileSync(resolve('.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

/**
 * Validates one page. Returns one line per problem, `file:line:col rule: message`
 * (empty when the page is valid).
 */
export async function validateHtml(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}
