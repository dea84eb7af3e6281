import type { RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import { speakerLabel } from '../../utils/quote-labels';
import { outletOf, type LibraryFilters } from '../../utils/library/search';
import type { SavedQuote } from '../../utils/library/types';
import { facet, type GroupBy } from '../../utils/library/view';

interface Props {
  records: SavedQuote[];
  query: string;
  onQuery(q: string): void;
  groupBy: GroupBy;
  onGroupBy(by: GroupBy): void;
  filters: LibraryFilters;
  onFilters(f: LibraryFilters): void;
  searchRef: RefObject<HTMLInputElement>;
}

const GROUPS: [GroupBy, string][] = [
  ['article', 'Article'],
  ['speaker', 'Speaker'],
  ['statement', 'Statement'],
];

export function Toolbar({ records, query, onQuery, groupBy, onGroupBy, filters, onFilters, searchRef }: Props) {
  const speakers = useMemo(() => facet(records, (r) => speakerLabel(r.speaker)), [records]);
  const outlets = useMemo(() => facet(records, outletOf), [records]);
  const active = [filters.speaker, filters.outlet, filters.from || filters.to].filter(Boolean).length;
  const set = (patch: Partial<LibraryFilters>) => onFilters({ ...filters, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

  return (
    <div class="tools">
      <input
        type="search"
        class="tools__search"
        ref={searchRef}
        value={query}
        onInput={(e) => onQuery(value(e))}
        placeholder="Search quotes, speakers, notes…"
        aria-label="Search saved quotes"
        aria-keyshortcuts="/"
      />
      <div class="tools__row">
        <fieldset class="segmented">
          <legend class="segmented__legend">Group by</legend>
          {GROUPS.map(([by, label]) => (
            <label class={`segmented__option${groupBy === by ? ' segmented__option--on' : ''}`} key={by}>
              <input type="radio" name="group" value={by} checked={groupBy === by} onChange={() => onGroupBy(by)} />
              {label}
            </label>
          ))}
        </fieldset>
        <details class="filters" open={active > 0 || undefined}>
          <summary class="filters__summary">Filters{active ? ` (${active})` : ''}</summary>
          <div class="filters__body">
            <label class="field">
              <span class="field__label">Speaker</span>
              <select value={filters.speaker ?? ''} onChange={(e) => set({ speaker: value(e) || undefined })}>
                <option value="">All speakers ({speakers.length})</option>
                {speakers.map(([s, n]) => (
                  <option value={s} key={s}>
                    {s} ({n})
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span class="field__label">Outlet</span>
              <select value={filters.outlet ?? ''} onChange={(e) => set({ outlet: value(e) || undefined })}>
                <option value="">All outlets ({outlets.length})</option>
                {outlets.map(([s, n]) => (
                  <option value={s} key={s}>
                    {s} ({n})
                  </option>
                ))}
              </select>
            </label>
            <div class="filters__dates">
              <label class="field">
                <span class="field__label">Said from</span>
                <input type="date" value={filters.from ?? ''} onInput={(e) => set({ from: value(e) || undefined })} />
              </label>
              <label class="field">
                <span class="field__label">to</span>
                <input type="date" value={filters.to ?? ''} onInput={(e) => set({ to: value(e) || undefined })} />
              </label>
            </div>
            {active ? (
              <button type="button" class="link-button" onClick={() => onFilters({})}>
                Clear filters
              </button>
            ) : null}
          </div>
        </details>
      </div>
    </div>
  );
}
