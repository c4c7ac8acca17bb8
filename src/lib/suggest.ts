import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `bad` by edit distance, ignoring case, or undefined when there are
 * no candidates. Used to turn "unknown id" errors into "did you mean …?" hints.
 */
export function closestId(bad: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const needle = bad.toLowerCase();
  for (const candidate of candidates) {
    const score = distance(needle, candidate.toLowerCase());
    if (score < bestScore || (score === bestScore && best !== undefined && candidate < best)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
