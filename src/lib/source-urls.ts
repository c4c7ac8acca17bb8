import type { ReferenceProblem } from './references';

/** A source as the URL check needs it: its file and its (optional: books have none) address. */
export interface UrlSite {
  /** Path of the source file, relative to the project root. */
  file: string;
  data: { url?: string | undefined };
}

/** What is wrong with an address, and what to write instead. */
export interface UrlProblem {
  /** Why the address cannot be trusted to lead readers to the page. */
  why: string;
  /** How to fix it. */
  fix: string;
  /** The address to use instead, when it can be read off the bad one. */
  suggestion?: string;
}

/**
 * Hosts that serve other sites' pages. Such copies vanish when the service is retired (as
 * googleweblight was) and can differ from the original, so a citation must name the original.
 */
const PROXY_HOSTS = ['googleweblight.com', 'webcache.googleusercontent.com', 'translate.goog'];

/** Top-level names reserved for private or test use (RFC 2606, RFC 6761, RFC 6762); never public sites. */
const RESERVED_TLDS = new Set(['localhost', 'local', 'test', 'invalid', 'example', 'internal', 'lan', 'home']);

/** Words that mark a subdomain as a test or staging copy of a site, e.g. `test.`, `staging-2.`, `ciaotest.`. */
const TEST_WORDS = new Set(['test', 'testing', 'staging', 'stage', 'dev', 'devel', 'qa', 'uat', 'sandbox', 'preprod']);

/** A DNS label: letters, digits and inner hyphens, 1 to 63 characters. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

function isTestLabel(label: string): boolean {
  if (label.split('-').some((part) => TEST_WORDS.has(part.replace(/\d+$/, '')))) return true;
  // A site's test server is often the site's name with "test" glued on (ciaotest.cc.columbia.edu).
  return /^(?:test|staging)|(?:test|staging)$/.test(label);
}

/** The page a Google proxy address stands for, when the address says (`?u=` or a `*.translate.goog` host). */
function proxiedOriginal(url: URL, host: string): string | undefined {
  const target = url.searchParams.get('u') ?? url.searchParams.get('url');
  if (target !== null && /^https?:\/\//.test(target)) return target;
  if (host.endsWith('.translate.goog')) {
    // translate.goog writes "en.m.wikipedia.org" as "en-m-wikipedia-org" and a real hyphen as "--".
    const original = host
      .slice(0, -'.translate.goog'.length)
      .split('--')
      .map((part) => part.replace(/-/g, '.'))
      .join('-');
    const params = new URLSearchParams(url.search);
    for (const key of [...params.keys()]) if (key.startsWith('_x_tr_')) params.delete(key);
    const query = params.toString();
    return `https://${original}${url.pathname}${query === '' ? '' : `?${query}`}`;
  }
  return undefined;
}

/**
 * Checks one source address without any network access: it must be http(s) on a well-formed public
 * host name, not an IP address, a reserved or test host, or a proxy that serves someone else's page.
 * Returns undefined for a good address.
 */
export function urlProblem(address: string): UrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { why: 'is not a valid web address', fix: 'copy the full address, starting with https://, from the page.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { why: `uses "${url.protocol}", not http or https`, fix: 'link to the web page of the source.' };
  }
  const host = url.hostname.toLowerCase();
  const fixHost = 'write the address the site itself uses, as shown in the browser on the page.';
  if (host.startsWith('[') || /^\d+(?:\.\d+){3}$/.test(host)) {
    return { why: `has an IP address (${host}) as its host, not a site name`, fix: fixHost };
  }
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  if (labels.length < 2) {
    return { why: `has the host "${host}", which has no dot, so it is not a public site`, fix: fixHost };
  }
  if (RESERVED_TLDS.has(tld)) {
    return { why: `has the host "${host}", whose ending ".${tld}" is reserved for private or test use`, fix: fixHost };
  }
  const badLabel = labels.find((label) => !LABEL.test(label));
  if (badLabel !== undefined) {
    return {
      why: `has the host "${host}", whose part "${badLabel}" is not a valid host name part (letters, digits and inner hyphens)`,
      fix: fixHost,
    };
  }
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/.test(tld)) {
    return { why: `has the host "${host}", whose ending ".${tld}" is not a top-level domain`, fix: fixHost };
  }
  if (/^(?:ww|w{4,})$/.test(labels[0] ?? '')) {
    const www = ['www', ...labels.slice(1)].join('.');
    return {
      why: `has the host "${host}", which starts with "${labels[0] ?? ''}." (a typo for "www.")`,
      fix: `write the site's real host, most likely "${www}".`,
      suggestion: address.replace(host, www),
    };
  }
  const proxy = PROXY_HOSTS.find((p) => host === p || host.endsWith(`.${p}`));
  if (proxy !== undefined || labels.some((label) => label.includes('proxy'))) {
    const original = proxiedOriginal(url, host);
    return {
      why: `goes through "${host}", a proxy that serves a copy of another site's page and can disappear or change it`,
      fix:
        original === undefined
          ? 'link to the original page instead.'
          : `link to the original page instead: ${original}`,
      ...(original === undefined ? {} : { suggestion: original }),
    };
  }
  const testLabel = labels.slice(0, -2).find(isTestLabel);
  if (testLabel !== undefined) {
    return {
      why: `has the host "${host}", a test or staging server ("${testLabel}"), not the site readers use`,
      fix: "link to the same page on the site's public host.",
    };
  }
  return undefined;
}

/** The message for a bad source address; its wording is locked by unit tests. */
export function formatUrlProblem(file: string, address: string, problem: UrlProblem): string {
  return `${file}: field url ${JSON.stringify(address)} ${problem.why}. To fix it, ${problem.fix}`;
}

/** Lists every source whose `url` has a malformed, proxy or test host, one problem per source. */
export function checkSourceUrls(sources: readonly UrlSite[]): ReferenceProblem[] {
  return sources.flatMap((source) => {
    const address = source.data.url;
    if (address === undefined) return [];
    const problem = urlProblem(address);
    if (problem === undefined) return [];
    return [
      {
        file: source.file,
        field: 'url',
        bad: address,
        ...(problem.suggestion === undefined ? {} : { suggestion: problem.suggestion }),
        message: formatUrlProblem(source.file, address, problem),
      },
    ];
  });
}
