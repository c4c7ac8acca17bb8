/**
 * Site search: a thin layer over Pagefind's JavaScript API that drives the SearchPanel markup
 * (in the header's dialog and on /search/). It is imported by SearchLauncher's inline script on
 * first use, never on page load, and it loads Pagefind itself from `<base>pagefind/`.
 */
import { withBase } from '../lib/paths';
import { fill, toSearchHit, type PagefindResultData, type SearchHit } from '../lib/search-results';

/** The query parameter Pagefind adds to result links; SearchLauncher highlights the words it carries. */
const HIGHLIGHT_PARAM = 'pagefind-highlight';
/** Results rendered at a time; "Show more results" adds the next batch. */
const BATCH = 10;
/** Wait after the last keystroke before searching, so fast typing does not search every letter. */
const DEBOUNCE_MS = 120;

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  /** Result counts per filter value, ignoring the filters applied to this search. */
  totalFilters: Record<string, Record<string, number> | undefined>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<unknown>;
  debouncedSearch: (
    term: string,
    options: { filters?: Record<string, string> },
    wait: number,
  ) => Promise<PagefindSearch | null>;
}

let pagefindPromise: Promise<Pagefind> | undefined;

/** Loads and configures Pagefind once, however many panels ask. */
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = withBase(import.meta.env.BASE_URL, 'pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      // The lesson is one long page competing with short glossary, timeline and note results;
      // a softer length penalty (default 0.75) keeps the article in view for the words it uses.
      ranking: { pageLength: 0.3 },
      // The index is small, so searching on the main thread takes milliseconds; a worker would
      // add a download, and Pagefind gives up on it (with a console warning) if it starts slowly.
      noWorker: true,
    });
    await pagefind.init();
    // Loading the filter index up front is what makes searches report per-type counts.
    await pagefind.filters();
    return pagefind;
  })();
  return pagefindPromise;
}

/** Text for screen readers only. */
const hidden = (text: string): HTMLSpanElement => {
  const span = document.createElement('span');
  span.className = 'gl-visually-hidden';
  span.textContent = text;
  return span;
};

const required = <T extends Element>(root: ParentNode, selector: string, type: new () => T): T => {
  const el = root.querySelector(selector);
  if (!(el instanceof type)) throw new Error(`search: the search panel has no ${selector}`);
  return el;
};

/** One search form with its filters, live status and results. */
class SearchPanel {
  private readonly input: HTMLInputElement;
  private readonly filters: HTMLFieldSetElement;
  private readonly status: HTMLElement;
  private readonly error: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly strings: DOMStringMap;
  /** Increments with every search, so a slow, outdated search never overwrites a newer one. */
  private generation = 0;
  private pending: { id: string; data: () => Promise<PagefindResultData> }[] = [];

  constructor(
    root: HTMLElement,
    private readonly syncAddress: boolean,
  ) {
    this.input = required(root, 'input[type="search"]', HTMLInputElement);
    this.filters = required(root, '.gl-search__filters', HTMLFieldSetElement);
    this.status = required(root, '.gl-search__status', HTMLElement);
    this.error = required(root, '.gl-search__error', HTMLElement);
    this.list = required(root, '.gl-search__results', HTMLOListElement);
    this.more = required(root, '.gl-search__more', HTMLButtonElement);
    this.strings = root.dataset;

    this.input.addEventListener('input', () => void this.search());
    this.filters.addEventListener('change', () => void this.search());
    // Down, or Enter, moves from the search box to the first result.
    this.input.addEventListener('keydown', (event) => {
      if ((event.key === 'ArrowDown' || event.key === 'Enter') && this.links().length > 0) {
        event.preventDefault();
        this.links()[0]?.focus();
      }
    });
    this.list.addEventListener('keydown', (event) => {
      this.onListKey(event);
    });
    this.more.addEventListener('click', () => void this.showMore(true));

    if (syncAddress) {
      const query = new URLSearchParams(location.search).get('q');
      if (query && !this.input.value) this.input.value = query;
    }
    if (this.input.value.trim()) void this.search();
    else void loadPagefind().catch(() => undefined);
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  /** Up and Down move between result links; Up from the first goes back to the search box. */
  private onListKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = this.links();
    const at = links.findIndex((link) => link === document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) this.input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  }

  private selectedType(): string {
    const checked = this.filters.querySelector<HTMLInputElement>('input:checked');
    return checked?.value ?? '';
  }

  private typeLabel(type: string): string {
    return this.strings[`type${type.charAt(0).toUpperCase()}${type.slice(1)}`] ?? type;
  }

  private async search(): Promise<void> {
    const term = this.input.value.trim();
    const generation = ++this.generation;
    if (this.syncAddress) {
      const url = new URL(location.href);
      if (term) url.searchParams.set('q', term);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
    if (!term) {
      this.list.replaceChildren();
      this.status.textContent = '';
      this.filters.hidden = true;
      this.more.hidden = true;
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      this.error.hidden = false;
      return;
    }
    const type = this.selectedType();
    const search = await pagefind.debouncedSearch(term, type ? { filters: { type } } : {}, DEBOUNCE_MS);
    if (!search || generation !== this.generation) return;
    this.updateFilters(search.totalFilters['type'] ?? {});
    this.pending = [...search.results];
    this.list.replaceChildren();
    this.list.setAttribute('aria-busy', 'true');
    await this.showMore(false, generation);
    if (generation !== this.generation) return;
    this.list.removeAttribute('aria-busy');
    const n = search.results.length;
    const key = n === 0 ? 'statusNone' : n === 1 ? 'statusOne' : 'statusMany';
    const count = fill(this.strings[key] ?? '', { n, q: term });
    this.status.textContent = type
      ? `${count} ${fill(this.strings['statusType'] ?? '', { type: this.typeLabel(type) })}`
      : count;
  }

  /** Shows the per-type counts for the current words, so readers see what a filter would leave. */
  private updateFilters(counts: Record<string, number>): void {
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    for (const label of this.filters.querySelectorAll<HTMLLabelElement>('label')) {
      const input = label.querySelector('input');
      const text = label.querySelector('span');
      if (!input || !text) continue;
      const n = input.value ? (counts[input.value] ?? 0) : total;
      text.textContent = fill(this.strings['filterOption'] ?? '', { label: label.dataset['filterLabel'] ?? '', n });
    }
    this.filters.hidden = false;
  }

  /** Renders the next batch of results; `focusFirst` moves focus to the first new one. */
  private async showMore(focusFirst: boolean, generation = this.generation): Promise<void> {
    const batch = this.pending.splice(0, BATCH);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (generation !== this.generation) return;
    const items = data.map((d) => this.render(toSearchHit(d)));
    this.list.append(...items);
    this.more.hidden = this.pending.length === 0;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  private render(hit: SearchHit): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'gl-search__hit';
    item.dataset['type'] = hit.type;
    const link = document.createElement('a');
    link.className = 'gl-search__link';
    link.href = hit.url;
    const badge = document.createElement('span');
    badge.className = 'gl-search__type';
    const label = this.typeLabel(hit.type);
    badge.textContent = hit.year ? fill(this.strings['typeYear'] ?? '', { type: label, year: hit.year }) : label;
    const title = document.createElement('span');
    title.className = 'gl-search__title';
    title.textContent = hit.title;
    // Hidden punctuation keeps the parts apart when the link's name is read out as one phrase.
    link.append(badge, hidden(': '), title);
    if (hit.context) {
      const context = document.createElement('span');
      context.className = 'gl-search__context';
      context.textContent = hit.context;
      link.append(hidden(' — '), context);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'gl-search__excerpt';
    // Pagefind escapes the page text and adds only <mark> elements, so this is safe as HTML.
    excerpt.innerHTML = hit.excerpt;
    item.append(link, excerpt);
    if (hit.more.length > 0) {
      const more = document.createElement('p');
      more.className = 'gl-search__also';
      more.append(this.strings['also'] ?? '');
      hit.more.forEach((section, i) => {
        const a = document.createElement('a');
        a.href = section.url;
        a.textContent = section.title;
        more.append(i === 0 ? ' ' : ', ', a);
      });
      item.append(more);
    }
    return item;
  }
}

function setUpDialog(dialog: HTMLDialogElement): void {
  // Closing a modal dialog returns focus to where it was when the dialog opened (the launcher
  // button, or whatever had focus when "/" was pressed). If that place is gone, use the button.
  // It must happen in the same task as close(): the browser may leave focus in the hidden search
  // field until the `close` event, and a "/" pressed before then would be typed into nowhere.
  const restoreFocus = (): void => {
    const active = document.activeElement;
    if (!active || active === document.body || dialog.contains(active)) {
      document.querySelector<HTMLElement>('[data-gl-search-open]')?.focus();
    }
  };
  const close = (): void => {
    dialog.close();
    restoreFocus();
  };
  dialog.querySelector('[data-gl-search-close]')?.addEventListener('click', close);
  // Esc closes the dialog at once; left alone, the first Esc would only clear the search field.
  dialog.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      event.preventDefault();
      close();
    },
    true,
  );
  // A click on the backdrop (outside the dialog box) closes it, as Esc does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  // Any other way of closing (the browser's own close request, say) restores focus here.
  dialog.addEventListener('close', restoreFocus);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-gl-search-panel]')) {
  try {
    new SearchPanel(root, root.dataset['glSearchPanel'] === 'page');
  } catch (error) {
    console.error(error);
  }
}
const dialog = document.getElementById('gl-search-dialog');
if (dialog instanceof HTMLDialogElement) setUpDialog(dialog);
