import { useEffect, useMemo, useState } from 'preact/hooks';
import { cite, CITATION_FORMAT_LABELS, CITATION_FORMATS, type Citation, type CitationFormat } from '../utils/cite';
import type { AnalyzeResponse, PopupAnalysis } from '../utils/messaging';
import type { PageLinks } from '../utils/linking/also';
import type { Quote } from '../utils/types';
import type { PopupApi } from './api';
import { blockSummary, displayDate, inArticleOrder, speakerKey } from './format';
import { QuoteList, type SaveState } from './QuoteList';
import { Analysing, Failed, NotArticle, Restricted } from './States';
import { Switch } from './Switch';

type State = { kind: 'loading' } | AnalyzeResponse;

const ALL = '';

/**
 * `first`: the opening analysis, when the caller started it before rendering (the popup asks the
 * page while Preact is still setting up, so the quotes are there sooner).
 */
export function App({ api, first }: { api: PopupApi; first?: Promise<AnalyzeResponse> }) {
  const [state, setState] = useState<State>({ kind: 'loading' } as State);
  const [format, setFormat] = useState<CitationFormat>('plain');
  const [citeLink, setCiteLink] = useState(true);
  const [autoMark, setAutoMark] = useState(false);
  const [shortcut, setShortcut] = useState<string | null>(null);

  const load = (force: boolean, pending?: Promise<AnalyzeResponse>) => {
    setState({ kind: 'loading' } as State);
    (pending ?? api.analyze(force)).then(setState, (e: unknown) =>
      setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  };

  useEffect(() => {
    load(false, first);
    // Settings only decorate the list: they are asked for together and never hold the quotes back.
    api.getFormat().then(setFormat, () => {});
    api.getCiteLink().then(setCiteLink, () => {});
    api.getAutoMark().then(setAutoMark, () => {});
    api.shortcut().then(setShortcut, () => {});
  }, []);

  const onFormat = (f: CitationFormat) => {
    setFormat(f);
    void api.setFormat(f);
  };
  const onCiteLink = (on: boolean) => {
    setCiteLink(on);
    void api.setCiteLink(on);
  };
  const onAutoMark = async (on: boolean) => setAutoMark(await api.setAutoMark(on));

  let body;
  if ('kind' in state) body = <Analysing />;
  else if (state.status === 'restricted') body = <Restricted reason={state.reason} />;
  else if (state.status === 'error') body = <Failed message={state.message} onRetry={() => load(false)} />;
  else if (state.status === 'not-article') body = <NotArticle reason={state.reason} onForce={() => load(true)} />;
  else
    body = (
      <Article
        api={api}
        analysis={state.analysis}
        initialMarks={state.marksVisible}
        format={format}
        onFormat={onFormat}
        citeLink={citeLink}
        onCiteLink={onCiteLink}
      />
    );

  return (
    <div class="popup">
      {body}
      <footer class="footer">
        <label class="check">
          <input
            type="checkbox"
            checked={autoMark}
            onChange={(e) => onAutoMark((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>Mark articles automatically</span>
        </label>
        <span class="footer__end">
          {shortcut ? (
            <kbd class="footer__shortcut" title={`Opens this popup: ${shortcut}`}>
              {shortcut}
            </kbd>
          ) : null}
          <button
            type="button"
            class="button button--small footer__library"
            onClick={() => api.openLibrary()}
            title="Your saved quotes, in the side panel"
          >
            Library
          </button>
        </span>
      </footer>
    </div>
  );
}

interface ArticleProps {
  api: PopupApi;
  analysis: PopupAnalysis;
  initialMarks: boolean;
  format: CitationFormat;
  onFormat(f: CitationFormat): void;
  citeLink: boolean;
  onCiteLink(on: boolean): void;
}

function Article({ api, analysis, initialMarks, format, onFormat, citeLink, onCiteLink }: ArticleProps) {
  const [marks, setMarks] = useState(initialMarks);
  const [speaker, setSpeaker] = useState(ALL);
  const [copied, setCopied] = useState<{ id: string; citation: Citation; format: CitationFormat } | null>(null);
  const [notice, setNotice] = useState('');
  const [saveStates, setSaveStates] = useState<Record<string, SaveState>>({});
  const [alert, setAlert] = useState('');
  const [also, setAlso] = useState<PageLinks>({});
  const { metadata } = analysis;

  const quotes = useMemo(() => inArticleOrder(analysis.quotes), [analysis]);
  const speakers = useMemo(() => {
    const counts = new Map<string, number>();
    for (const q of quotes) counts.set(speakerKey(q), (counts.get(speakerKey(q)) ?? 0) + 1);
    return [...counts];
  }, [quotes]);
  const shown = speaker === ALL ? quotes : quotes.filter((q) => speakerKey(q) === speaker);

  // Which quotes the library has already: asked once the list is up, so it never delays it.
  useEffect(() => {
    api.savedQuotes(quotes, metadata).then(
      (ids) => setSaveStates((s) => ({ ...Object.fromEntries(ids.map((id) => [id, 'saved' as const])), ...s })),
      () => {},
    );
  }, [quotes]);
  // Other outlets' reports come from the background's index, after the list is up.
  useEffect(() => {
    api.alsoReported(analysis).then(setAlso, () => {});
  }, [analysis]);

  const toggleMarks = (on: boolean) => {
    setMarks(on);
    void api.setMarks(on);
  };
  const show = async (q: Quote) => {
    const ok = await api.showQuote(q.id);
    setNotice(ok ? 'Shown in the page.' : 'This quote could not be found in the page any more.');
  };
  // The link to a quote's words is asked of the page once, as the pointer or the focus reaches the
  // quote, so Copy and Save rarely wait for it.
  const fragments = useMemo(() => new Map<string, Promise<string | null>>(), [analysis]);
  const fragmentOf = (q: Quote) => {
    let f = fragments.get(q.id);
    if (!f) fragments.set(q.id, (f = api.fragment(q).catch(() => null)));
    return f;
  };

  const copy = async (q: Quote) => {
    const fragment = citeLink ? await fragmentOf(q) : null;
    const citation = cite(format, { quote: q, metadata, accessed: api.now(), fragment });
    try {
      await api.copy(citation);
      setCopied({ id: q.id, citation, format });
      setNotice(`Citation copied (${CITATION_FORMAT_LABELS[format]}).`);
    } catch (e) {
      setNotice(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const save = async (q: Quote) => {
    setSaveStates((s) => ({ ...s, [q.id]: 'saving' }));
    // The page checks which words make the link unique. The library keeps the link whatever the
    // citation setting says: that setting is about what goes on the clipboard.
    const res = await fragmentOf(q)
      .then((fragment) => api.save(q, metadata, fragment))
      .catch((e: unknown) => ({ status: 'error', message: e instanceof Error ? e.message : String(e) }) as const);
    const ok = res.status !== 'error';
    setSaveStates((s) => ({ ...s, [q.id]: ok ? 'saved' : 'failed' }));
    setAlert(ok ? '' : res.message);
    setNotice(
      res.status === 'saved' ? 'Saved to your library.' : res.status === 'exists' ? 'Already in your library.' : '',
    );
  };

  const published = displayDate(metadata.published);
  return (
    <>
      <header class="head">
        <h1 class="head__title">{metadata.title ?? 'Untitled page'}</h1>
        <p class="head__meta">
          {[
            metadata.site,
            metadata.author && metadata.author !== metadata.site ? `by ${metadata.author}` : null,
            published,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <div class="head__summary">
          <p class="head__blocks">{blockSummary(analysis.blocks)}</p>
          <Switch label="Marks" checked={marks} onChange={toggleMarks} id="marks-toggle" />
        </div>
      </header>

      <div class="toolbar">
        <label class="field">
          <span class="field__label">Speaker</span>
          <select value={speaker} onChange={(e) => setSpeaker((e.currentTarget as HTMLSelectElement).value)}>
            <option value={ALL}>All speakers ({quotes.length})</option>
            {speakers.map(([name, n]) => (
              <option value={name} key={name}>
                {name} ({n})
              </option>
            ))}
          </select>
        </label>
        <div class="field">
          <div class="field__head">
            <label class="field__label" for="cite-format">
              Cite as
            </label>
            <label class="check check--small" title="The citation's link opens the page at the quoted words">
              <input
                type="checkbox"
                checked={citeLink}
                onChange={(e) => onCiteLink((e.currentTarget as HTMLInputElement).checked)}
              />
              <span>Link to the words</span>
            </label>
          </div>
          <select
            id="cite-format"
            value={format}
            onChange={(e) => onFormat((e.currentTarget as HTMLSelectElement).value as CitationFormat)}
          >
            {CITATION_FORMATS.map((f) => (
              <option value={f} key={f}>
                {CITATION_FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
      </div>

      <main class="list">
        <QuoteList
          quotes={shown}
          onShow={show}
          onCopy={copy}
          copiedId={copied?.id ?? null}
          formatLabel={CITATION_FORMAT_LABELS[format]}
          onSave={save}
          saveStates={saveStates}
          onPrepare={(q) => void fragmentOf(q)}
          also={also}
        />
      </main>

      {alert ? (
        <p class="alert" role="alert">
          {alert}
        </p>
      ) : null}

      {copied ? (
        <section class="preview" aria-label="Last copied citation">
          <p class="preview__label">Copied as {CITATION_FORMAT_LABELS[copied.format]}</p>
          <button
            type="button"
            class="preview__close"
            aria-label="Close the citation preview"
            onClick={() => setCopied(null)}
          >
            ×
          </button>
          {/* Citation HTML carries page text; it is escaped when built and sanitised here before rendering. */}
          <div class="preview__body" dangerouslySetInnerHTML={{ __html: api.sanitize(copied.citation.html) }} />
        </section>
      ) : null}
      <p class="sr-only" role="status" aria-live="polite">
        {notice}
      </p>
    </>
  );
}
