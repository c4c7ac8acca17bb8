import { describe, expect, it } from 'vitest';
import { pageUrlFor, splitSearchRecords } from '../../src/lib/search-records';

const page = (body: string, lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><header>nav</header>${body}</body></html>`;

describe('splitSearchRecords', () => {
  it('makes each marked element a result at page#id, with its type and inherited filters', () => {
    const html = page(`
      <main><ol data-pagefind-filter="lesson:demo">
        <li id="crocus" data-search-record="timeline" data-pagefind-filter="year:2024">
          <time datetime="2024-03-22">22 March 2024</time><h4>Attack on Crocus City Hall</h4><p>Gunmen attacked.</p>
        </li>
        <li id="doha" data-search-record="timeline" data-pagefind-filter="year:2020"><h4>Doha agreement</h4></li>
      </ol></main>`);
    const { page: rest, records, problems } = splitSearchRecords(html, '/lessons/demo/timeline/');
    expect(problems).toEqual([]);
    expect(rest).toBeUndefined();
    expect(records.map((r) => r.url)).toEqual(['/lessons/demo/timeline/#crocus', '/lessons/demo/timeline/#doha']);
    expect(records[0]?.filters).toEqual({ type: ['timeline'], year: ['2024'], lesson: ['demo'] });
    const doc = records[0]?.html ?? '';
    expect(doc).toContain('<html lang="en">');
    expect(doc).toContain('data-pagefind-body');
    expect(doc).toContain('<span data-pagefind-filter="type:timeline"></span>');
    expect(doc).toContain('<span data-pagefind-filter="lesson:demo"></span>');
    expect(doc).toContain('<h4 data-pagefind-meta="title">Attack on Crocus City Hall</h4>');
    // The record is one result: no ids inside it (they would split it), and nothing from outside it.
    expect(doc).not.toMatch(/\sid=/);
    expect(doc).not.toContain('Doha');
    expect(doc).not.toContain('nav');
  });

  it('keeps the rest of an indexed page, without its records, and does not pass the page type on', () => {
    const html = page(`
      <article data-pagefind-body data-pagefind-filter="lesson:demo">
        <header data-pagefind-filter="type:lesson"><h1>Lesson</h1></header>
        <h3 id="p1" data-pagefind-title="Paragraph 1"><a data-pagefind-ignore href="#p1">¶1</a></h3><p>Shoigu said.</p>
        <section><ol><li id="note-1" data-search-record="note"><strong data-pagefind-meta="title">One source</strong> Only TASS.</li></ol></section>
      </article>`);
    const { page: rest, records, problems } = splitSearchRecords(html, '/lessons/demo/');
    expect(problems).toEqual([]);
    expect(rest).toContain('Shoigu said.');
    expect(rest).toContain('id="p1"');
    expect(rest).not.toContain('Only TASS');
    expect(records).toHaveLength(1);
    expect(records[0]?.url).toBe('/lessons/demo/#note-1');
    expect(records[0]?.filters).toEqual({ type: ['note'], lesson: ['demo'] });
    expect(records[0]?.html).toContain('<strong data-pagefind-meta="title">One source</strong>');
  });

  it('drops a page whose indexed part held only records, or only ignored text', () => {
    const glossary = page(
      `<div data-pagefind-body><article id="csto" data-search-record="glossary"><h2>CSTO</h2></article></div>`,
    );
    expect(splitSearchRecords(glossary, '/glossary/').page).toBeUndefined();
    const ignored = page(`<div data-pagefind-body><p data-pagefind-ignore>Not this.</p></div>`);
    expect(splitSearchRecords(ignored, '/x/').page).toBeUndefined();
    expect(splitSearchRecords(page('<p>No body marker.</p>'), '/about/').page).toBeUndefined();
  });

  it('reports records it cannot index, saying where and how to fix them', () => {
    const html = page(`
      <div data-search-record="glossary"><h2>No id</h2></div>
      <div id="untitled" data-search-record="glossary"><p>Text only.</p></div>
      <div id="empty" data-search-record=""><h2>Empty type</h2></div>
      <div id="outer" data-search-record="glossary"><h2>Outer</h2><div id="inner" data-search-record="glossary"><h3>Inner</h3></div></div>
      <li id="e1" data-search-record="timeline"><h4>No year</h4></li>
      <li id="e1" data-search-record="timeline" data-pagefind-filter="year:2001"><h4>Same id</h4></li>`);
    const { problems, records } = splitSearchRecords(html, '/demo/', { requiredFilters: { timeline: ['year'] } });
    expect(problems).toEqual([
      '/demo/: <div data-search-record="glossary"> has no id; give it the stable id its search result should link to.',
      '/demo/: <div data-search-record="glossary" id="untitled"> has no title; add a heading inside it or mark the element holding its title with data-pagefind-meta="title".',
      '/demo/: <div data-search-record="" id="empty"> has an empty data-search-record; set it to the result type (lesson, glossary, timeline or note).',
      '/demo/: <div data-search-record="glossary" id="outer"> contains another data-search-record element; search records must not nest.',
      '/demo/: <li data-search-record="timeline" id="e1"> has no "year" filter; add data-pagefind-filter="year:<value>" to it or to an element around it (every timeline result needs one).',
      '/demo/: <li data-search-record="timeline" id="e1">: the id "e1" is used by another search record on this page; ids must be unique.',
    ]);
    expect(records.map((r) => r.id)).toEqual(['inner', 'e1']);
  });

  it('keeps colons inside filter values', () => {
    const html = page(
      `<p id="a" data-search-record="note" data-pagefind-filter="lesson:a:b"><strong data-pagefind-meta="title">T</strong></p>`,
    );
    expect(splitSearchRecords(html, '/').records[0]?.filters['lesson']).toEqual(['a:b']);
  });
});

describe('pageUrlFor', () => {
  it('maps built files to the URLs Pagefind reports', () => {
    expect(pageUrlFor('index.html')).toBe('/');
    expect(pageUrlFor('lessons/demo/index.html')).toBe('/lessons/demo/');
    expect(pageUrlFor('lessons\\demo\\index.html')).toBe('/lessons/demo/');
    expect(pageUrlFor('404.html')).toBe('/404.html');
  });
});
