import en from './en.json';

/** A key of the UI string file. */
export type UiKey = keyof typeof en;

/**
 * Looks up a UI string and fills `{name}` placeholders. Every visible string goes through
 * here so that a translation is a new JSON file, not a code change.
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** Looks up a key built at run time (e.g. from a content enum), falling back to the raw value. */
export function tDynamic(key: string, fallback: string): string {
  return key in en ? en[key as UiKey] : fallback;
}
