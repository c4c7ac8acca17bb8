import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { checkSourceUrls, urlProblem } from '../../src/lib/source-urls';
import { loadContent } from '../helpers/load-content';

const site = (url: string | undefined, file = 'content/sources/x.yaml') => ({ file, data: { url } });
const why = (url: string): string | undefined => urlProblem(url)?.why;

describe('urlProblem', () => {
  it('accepts ordinary public addresses, including hosts that merely contain "test" or "dev"', () => {
    for (const url of [
      'https://en.m.wikipedia.org/wiki/TASS',
      'http://tass.com/politics/1030423',
      'https://www.breakinglatest.news/news/x/',
      'https://www.devdiscourse.com/article/politics/1',
      'https://wiki-gateway.eudic.net/wikipedia_en/x.html',
      'https://developer.mozilla.org/en-US/',
      'https://ww2.kqed.org/news/',
      'https://xn--80ak6aa92e.com/',
    ]) {
      expect(urlProblem(url), url).toBeUndefined();
    }
  });

  it('rejects a "ww." typo host and suggests www.', () => {
    expect(urlProblem('http://ww.indexmundi.com/factbook/compare/afghanistan.tajikistan/geography')).toEqual({
      why: 'has the host "ww.indexmundi.com", which starts with "ww." (a typo for "www.")',
      fix: 'write the site\'s real host, most likely "www.indexmundi.com".',
      suggestion: 'http://www.indexmundi.com/factbook/compare/afghanistan.tajikistan/geography',
    });
    expect(why('https://wwww.example.com/')).toContain('a typo for "www."');
  });

  it('rejects proxies and names the original page when the address gives it', () => {
    const weblight = urlProblem(
      'https://googleweblight.com/sp?hl&geid=NSTNR&u=https://en.m.wikipedia.org/wiki/Patriot_Act_Terrorist_Exclusion_List',
    );
    expect(weblight?.why).toBe(
      'goes through "googleweblight.com", a proxy that serves a copy of another site\'s page and can disappear or change it',
    );
    expect(weblight?.suggestion).toBe('https://en.m.wikipedia.org/wiki/Patriot_Act_Terrorist_Exclusion_List');
    expect(
      urlProblem('https://en-m-wikipedia-org.translate.goog/wiki/Kabul?_x_tr_sl=auto&_x_tr_tl=en&lang=en')?.suggestion,
    ).toBe('https://en.m.wikipedia.org/wiki/Kabul?lang=en');
    expect(urlProblem('https://my--site-org.translate.goog/a')?.suggestion).toBe('https://my-site.org/a');
    expect(why('https://webcache.googleusercontent.com/search?q=cache:abc')).toContain('a proxy');
    expect(why('https://www.croxyproxy.com/?url=x')).toContain('a proxy');
  });

  it('rejects test and staging servers, but only in the subdomain part', () => {
    expect(why('https://ciaotest.cc.columbia.edu/olj/sa/sa_apr02map01.html')).toBe(
      'has the host "ciaotest.cc.columbia.edu", a test or staging server ("ciaotest"), not the site readers use',
    );
    for (const url of ['https://test.example.org/', 'https://staging-2.news.org/', 'https://dev.site.com/x']) {
      expect(why(url), url).toContain('a test or staging server');
    }
  });

  it('rejects local, reserved, IP and malformed hosts', () => {
    expect(why('http://localhost:4321/x')).toBe(
      'has the host "localhost", which has no dot, so it is not a public site',
    );
    expect(why('http://intranet/x')).toContain('which has no dot');
    expect(why('http://site.test/x')).toContain('".test" is reserved');
    expect(why('http://127.0.0.1/x')).toBe('has an IP address (127.0.0.1) as its host, not a site name');
    expect(why('http://[::1]/x')).toContain('IP address');
    expect(why('https://bad_host.example.com/')).toContain('"bad_host" is not a valid host name part');
    expect(why('https://-lead.example.com/')).toContain('"-lead" is not a valid host name part');
    expect(why('https://example.c0m/')).toContain('".c0m" is not a top-level domain');
    expect(why('ftp://example.com/file')).toBe('uses "ftp:", not http or https');
    expect(why('not a url')).toBe('is not a valid web address');
  });
});

describe('checkSourceUrls', () => {
  it('lists each bad source with file, field url, the bad address, why and how to fix it', () => {
    const problems = checkSourceUrls([
      site('https://tass.com/history', 'content/sources/good.yaml'),
      site(undefined, 'content/sources/book.yaml'),
      site('http://ww.indexmundi.com/x', 'content/sources/typo.yaml'),
      site('https://ciaotest.cc.columbia.edu/a.html', 'content/sources/test-host.yaml'),
    ]);
    expect(problems.map((p) => [p.file, p.field, p.bad, p.suggestion])).toEqual([
      ['content/sources/typo.yaml', 'url', 'http://ww.indexmundi.com/x', 'http://www.indexmundi.com/x'],
      ['content/sources/test-host.yaml', 'url', 'https://ciaotest.cc.columbia.edu/a.html', undefined],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'content/sources/typo.yaml: field url "http://ww.indexmundi.com/x" has the host "ww.indexmundi.com", which starts with "ww." (a typo for "www."). To fix it, write the site\'s real host, most likely "www.indexmundi.com".',
      'content/sources/test-host.yaml: field url "https://ciaotest.cc.columbia.edu/a.html" has the host "ciaotest.cc.columbia.edu", a test or staging server ("ciaotest"), not the site readers use. To fix it, link to the same page on the site\'s public host.',
    ]);
  });

  it('is part of the content check that fails the build', () => {
    const content = loadContent(new URL('../fixtures/second-lesson/', import.meta.url).pathname);
    const [source] = content.sources;
    if (!source) throw new Error('fixture changed');
    source.data.url = 'https://googleweblight.com/?u=https://example.org/tides';
    expect(checkContent(content).map((p) => p.message)).toEqual([
      `${source.file}: field url "https://googleweblight.com/?u=https://example.org/tides" goes through "googleweblight.com", a proxy that serves a copy of another site's page and can disappear or change it. To fix it, link to the original page instead: https://example.org/tides`,
    ]);
  });

  it('finds no bad address in the shipped sources', () => {
    const content = loadContent(new URL('../../content/', import.meta.url).pathname);
    expect(content.sources.length).toBeGreaterThan(0);
    expect(checkSourceUrls(content.sources).map((p) => p.message)).toEqual([]);
  });
});
