/** Looks up one of the island's strings (`highlights.*`, loaded from highlights.json) and fills it. */
export type Label = (key: string, vars?: Record<string, string | number>) => string;
