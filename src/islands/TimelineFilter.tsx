import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { filterEvents, type FilterableEvent } from '../lib/timeline';

/** A choice in one of the filter menus. */
export interface FilterChoice {
  id: string;
  /** Visible text, e.g. "The council (3)". */
  label: string;
}

/** UI strings, passed in so the island does not ship the whole string file. */
export interface TimelineFilterLabels {
  legend: string;
  actor: string;
  anyActor: string;
  tag: string;
  anyTag: string;
  /** Status text with `{n}` and `{total}` placeholders. */
  shown: string;
  /** Shown in place of the controls before the script runs (and kept without JavaScript). */
  noJs: string;
}

interface Props {
  /** Id of the server-rendered `<ol>` whose event `<li>`s (ids = slugs) are shown or hidden. */
  listId: string;
  /** Id of the overview figure whose marks (`data-tl-mark`) follow the filter; optional. */
  axisId?: string;
  /** Filter metadata of every event on the page. */
  events: FilterableEvent[];
  actors: FilterChoice[];
  tags: FilterChoice[];
  /** Year of the article marker, whose year group always stays visible. */
  markerYear: number;
  labels: TimelineFilterLabels;
}

const subscribeNothing = (): (() => void) => () => undefined;

/**
 * Filters the server-rendered timeline by actor and topic. The list itself stays HTML: this only
 * toggles `hidden` on its items, so without JavaScript every event is simply shown.
 */
export default function TimelineFilter({ listId, axisId, events, actors, tags, markerYear, labels }: Props) {
  // False while hydrating (matching the server HTML), true afterwards: the controls appear only once they work.
  const ready = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [actor, setActor] = useState('');
  const [tag, setTag] = useState('');
  const id = useId();
  const result = useMemo(() => filterEvents(events, { actor, tag }, markerYear), [events, actor, tag, markerYear]);

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    for (const e of events) {
      const item = document.getElementById(e.slug);
      if (item && list.contains(item)) item.hidden = !result.shown.has(e.slug);
    }
    for (const year of list.querySelectorAll<HTMLElement>('[data-tl-year]')) {
      year.hidden = !result.years.has(Number(year.dataset['tlYear']));
    }
    const axis = axisId ? document.getElementById(axisId) : null;
    for (const mark of axis?.querySelectorAll<SVGElement>('[data-tl-mark]') ?? []) {
      mark.style.display = result.shown.has(mark.dataset['tlMark'] ?? '') ? '' : 'none';
    }
  }, [result, events, listId, axisId]);

  if (!ready) return <p className="gl-tl-filter__nojs">{labels.noJs}</p>;
  const status = labels.shown.replace('{n}', String(result.shown.size)).replace('{total}', String(events.length));
  return (
    <div className="gl-tl-filter">
      <fieldset>
        <legend>{labels.legend}</legend>
        <div className="gl-tl-filter__field">
          <label htmlFor={`${id}-actor`}>{labels.actor}</label>
          <select
            id={`${id}-actor`}
            value={actor}
            onChange={(ev) => {
              setActor(ev.target.value);
            }}
          >
            <option value="">{labels.anyActor}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div className="gl-tl-filter__field">
          <label htmlFor={`${id}-tag`}>{labels.tag}</label>
          <select
            id={`${id}-tag`}
            value={tag}
            onChange={(ev) => {
              setTag(ev.target.value);
            }}
          >
            <option value="">{labels.anyTag}</option>
            {tags.map((tg) => (
              <option key={tg.id} value={tg.id}>
                {tg.label}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <p role="status" className="gl-tl-filter__status">
        {status}
      </p>
    </div>
  );
}
