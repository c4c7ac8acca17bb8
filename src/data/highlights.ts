import en from '../i18n/en.json';
import { t } from '../i18n';
import { href } from './paths';

/** The URL of the highlights island's strings, which it loads on first use. */
export const highlightsHref = (): string => href('highlights.json');

const isHighlightsKey = (key: string): key is keyof typeof en => key.startsWith('highlights.');

/** The highlights island's strings (every `highlights.*` key), by key. */
export function highlightsLabels(): Record<string, string> {
  return Object.fromEntries(
    Object.keys(en)
      .filter(isHighlightsKey)
      .map((key) => [key, t(key)]),
  );
}
