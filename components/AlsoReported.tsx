import { alsoReportedLine, type AlsoPart, type AlsoReported } from '../utils/linking/also';
import { safeUrl } from '../utils/cite/shared';

// Other outlets' reports of a quote, under it: who and when and how, then their words with the
// differences marked. Every piece of their text is a text node (Preact escapes strings).

const PART_TITLES: Record<Exclude<AlsoPart['op'], 'plain'>, string> = {
  added: 'Only in their words',
  removed: 'In this page’s words, not in theirs',
  shared: 'Words this page’s quote uses too',
};

function Part({ p }: { p: AlsoPart }) {
  if (p.op === 'plain') return <>{p.text}</>;
  const title = PART_TITLES[p.op];
  if (p.op === 'added') return <ins title={title}>{p.text}</ins>;
  if (p.op === 'removed') return <del title={title}>{p.text}</del>;
  return <mark title={title}>{p.text}</mark>;
}

export function AlsoReportedList({ reports }: { reports: readonly AlsoReported[] | undefined }) {
  if (!reports?.length) return null;
  return (
    <ul class="also" aria-label="Also reported by other outlets">
      {reports.map((a, i) => {
        const href = safeUrl(a.url);
        const line = alsoReportedLine(a);
        return (
          <li class="also__item" key={`${a.outlet}:${i}`}>
            <p class="also__line">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" title={a.title ?? undefined}>
                  {line}
                </a>
              ) : (
                line
              )}
            </p>
            <p class={`also__words also__words--${a.kind === 'indirect' ? 'indirect' : 'direct'}`}>
              {a.parts.map((p, j) => (
                <Part p={p} key={j} />
              ))}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
