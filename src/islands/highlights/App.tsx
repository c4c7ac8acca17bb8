/**
 * The highlighter, loaded on first use by `../Highlights.tsx`: it paints the lesson's saved
 * highlights (`paint.ts`), shows the selection toolbar while words of the article are selected, and
 * holds the side panel with the list, the keyboard form, export and clear. Its strings come from
 * highlights.json and its styles from their own stylesheet, both fetched now, so the lesson's first
 * paint carries neither.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import cssUrl from '../../styles/highlights.css?url';
import {
  anchorFromRange,
  highlightsReducer,
  newHighlight,
  PARAGRAPH_SELECTOR,
  paragraphText,
  sortHighlights,
  toMarkdown,
  type Highlight,
  type HighlightAnchor,
  type HighlightKind,
  type HighlightsAction,
} from '../../lib/highlights';
import { lessonHighlights, withLessonHighlights, type HighlightsStore } from '../../lib/store/highlights';
import { copyText, download, fill } from '../labels';
import { KeyboardForm } from './KeyboardForm';
import { locate, paint, paragraphsOf, unpaint } from './paint';
import { Panel } from './Panel';
import { Toolbar } from './Toolbar';
import type { Label } from './types';

interface Props {
  lesson: string;
  /** URL of highlights.json (the strings). */
  src: string;
  /** Bumped each time the student presses "My highlights": the panel opens. */
  opened: number;
  store: () => HighlightsStore;
  /** Shown if the strings cannot be loaded. */
  failed: string;
}

/** What is selected in the article now, and where it is on screen. */
interface Pending {
  anchor: HighlightAnchor;
  rect: { top: number; bottom: number; left: number };
  docked: boolean;
}

/** Below this width the toolbar docks at the bottom of the screen, as on touch screens. */
const NARROW = 640;

/** Loads the stylesheet once; resolves when it applies. */
function useStylesheet(): boolean {
  // The app mounts only in the browser, so the initial state may read the page.
  const [ready, setReady] = useState(
    () => !!document.querySelector<HTMLLinkElement>('link[data-gl-highlights]')?.sheet,
  );
  useEffect(() => {
    let link = document.querySelector<HTMLLinkElement>('link[data-gl-highlights]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = cssUrl;
      link.dataset['glHighlights'] = '';
      document.head.append(link);
    }
    const done = (): void => {
      setReady(true);
    };
    link.addEventListener('load', done);
    // A failed stylesheet still lets the student work, unstyled.
    link.addEventListener('error', done);
    return () => {
      link.removeEventListener('load', done);
      link.removeEventListener('error', done);
    };
  }, []);
  return ready;
}

export default function App({ lesson, src, opened, store, failed }: Props) {
  const [labels, setLabels] = useState<Record<string, string> | 'failed' | undefined>();
  const cssReady = useStylesheet();
  const stored = useSyncExternalStore(
    (listener) => store().subscribe(listener),
    () => store().getSnapshot(),
  );
  const list = useMemo(() => sortHighlights(lessonHighlights(stored, lesson)), [stored, lesson]);
  const body = useMemo(() => document.querySelector('.gl-article__body'), []);
  // Highlights whose words are no longer in the article: listed in the panel, not painted.
  const lost = useMemo(() => {
    const paragraphs = body ? paragraphsOf(body) : new Map<number, Element>();
    return new Set(list.filter((h) => !locate(paragraphs, h)).map((h) => h.id));
  }, [body, list]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const toolbar = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const pointer = useRef({ down: false, touch: false });

  useEffect(() => {
    fetch(src)
      .then((r) => (r.ok ? (r.json() as Promise<{ labels?: Record<string, string> }>) : Promise.reject(new Error(src))))
      .then((data) => {
        setLabels(data.labels ?? 'failed');
      })
      .catch(() => {
        setLabels('failed');
      });
  }, [src]);

  // Painting follows the list; the ranges are live, so text size and layers need no repaint.
  useEffect(() => {
    if (body) paint(body, list);
  }, [body, list]);
  useEffect(
    () => () => {
      if (body) unpaint(body);
    },
    [body],
  );

  // The toolbar follows the selection; while a mouse drags, it waits for the button to come up.
  useEffect(() => {
    if (!body) return;
    const update = (): void => {
      if (pointer.current.down || toolbar.current?.contains(document.activeElement)) return;
      const selection = document.getSelection();
      const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
      const anchor =
        range && body.contains(range.commonAncestorContainer)
          ? anchorFromRange(range, [...body.querySelectorAll(PARAGRAPH_SELECTOR)])
          : null;
      if (!range || !anchor) {
        setPending(null);
        return;
      }
      const r = range.getBoundingClientRect();
      setPending({
        anchor,
        rect: { top: r.top, bottom: r.bottom, left: r.left },
        docked: pointer.current.touch || window.innerWidth < NARROW,
      });
    };
    const down = (e: PointerEvent): void => {
      pointer.current.touch = e.pointerType === 'touch';
      pointer.current.down = e.pointerType === 'mouse' && !toolbar.current?.contains(e.target as Node);
    };
    const up = (): void => {
      if (!pointer.current.down) return;
      pointer.current.down = false;
      update();
    };
    update();
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
    };
  }, [body]);

  const ready = labels !== undefined && labels !== 'failed' && cssReady;
  useEffect(() => {
    if (opened > 0 && ready && !dialog.current?.open) dialog.current?.showModal();
  }, [opened, ready]);

  const L: Label = useCallback(
    (key, vars) => fill(typeof labels === 'object' ? (labels[key] ?? key) : key, vars),
    [labels],
  );
  const dispatch = useCallback(
    (action: HighlightsAction): void => {
      store().update((s) => withLessonHighlights(s, lesson, highlightsReducer(lessonHighlights(s, lesson), action)));
      if (action.type === 'delete') setStatus(L('highlights.deleted'));
      if (action.type === 'clear') setStatus(L('highlights.cleared'));
    },
    [store, lesson, L],
  );
  const add = (anchor: HighlightAnchor, kind: HighlightKind, note: string): void => {
    const current = lessonHighlights(store().getSnapshot(), lesson);
    dispatch({ type: 'add', highlight: newHighlight(anchor, kind, note, current) });
    setStatus(L('highlights.added', { kind: L(`highlights.kind.${kind}`) }));
  };
  const paragraphs = useMemo(
    () => (body ? [...paragraphsOf(body)].map(([n, p]) => ({ n, text: paragraphText(p) })) : []),
    [body],
  );

  if (labels === 'failed') return <p role="alert">{failed}</p>;
  if (!ready || !body) return null;

  const markdown = (): string =>
    toMarkdown(
      document.querySelector('[data-article-headline]')?.textContent.trim() ?? document.title,
      location.href.split('#')[0] ?? '',
      list,
      {
        heading: labels['highlights.md.heading'] ?? '',
        from: labels['highlights.md.from'] ?? '',
        paragraph: labels['highlights.paragraph'] ?? '',
        kinds: {
          claim: L('highlights.kind.claim'),
          evidence: L('highlights.kind.evidence'),
          question: L('highlights.kind.question'),
        },
        note: L('highlights.noteWord'),
        none: L('highlights.md.none'),
      },
    );
  const jump = (h: Highlight): void => {
    dialog.current?.close();
    const range = locate(paragraphsOf(body), h);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const link = document.querySelector(`#p${String(h.paragraph)} a`);
    if (link instanceof HTMLElement) link.focus({ preventScroll: true });
  };
  const notice = store().notice();
  const warnings = [
    ...(notice.persistence === 'saved' ? [] : [L('highlights.notSaved')]),
    ...(notice.setAside === undefined ? [] : [L('highlights.setAside')]),
  ];

  return (
    <>
      {pending &&
        createPortal(
          <Toolbar
            rect={pending.rect}
            docked={pending.docked}
            toolbar={toolbar}
            L={L}
            onPick={(kind, note) => {
              add(pending.anchor, kind, note);
              document.getSelection()?.removeAllRanges();
              setPending(null);
            }}
            onCancel={() => {
              document.getSelection()?.removeAllRanges();
              setPending(null);
            }}
          />,
          document.body,
        )}
      <Panel
        dialog={dialog}
        list={list}
        lost={lost}
        warnings={warnings}
        dispatch={dispatch}
        onJump={jump}
        onCopy={() => {
          void copyText(markdown()).then((ok) => {
            setStatus(ok ? L('highlights.copied') : L('highlights.copyFailed'));
          });
        }}
        onDownload={() => {
          download(`highlights-${lesson}.md`, markdown(), 'text/markdown;charset=utf-8');
        }}
        keyboard={<KeyboardForm paragraphs={paragraphs} onAdd={add} L={L} />}
        status={status}
        L={L}
      />
      <p role="status" className="gl-visually-hidden">
        {status}
      </p>
    </>
  );
}
