import type { BlockCategory } from '../types';
import { CATEGORIES, CATEGORY_LABELS } from '../boilerplate/categories';

/** Labels for marks when the analysis gives none; the analysis' own `label` wins. */
export { CATEGORY_LABELS };

/**
 * Two tones only, so the page stays calm: teal for the article, a muted amber for anything that
 * asks or distracts, slate for site furniture. Everything lives in the shadow root, so the page's
 * CSS cannot reach it, and nothing here takes part in the page's layout.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.layer--fixed { position: fixed; }
.box {
  position: absolute; box-sizing: border-box; pointer-events: none;
  border-radius: 6px;
  --c: 180 83 9; --tint: 0.05;
  outline: 1.5px dashed rgb(var(--c) / 0.75); outline-offset: 0;
  background: rgb(var(--c) / var(--tint));
}
.box--main { --c: 15 118 110; --tint: 0; outline: 2px solid rgb(var(--c) / 0.55); }
.box--furniture { --c: 100 116 139; --tint: 0.035; outline-style: dotted; }
.box--furniture .tab { background: rgb(var(--c) / 0.8); font-weight: 500; }
.tab {
  position: absolute; right: -1px; bottom: 100%;
  font: 600 11px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  letter-spacing: 0.01em; white-space: nowrap;
  color: #fff; background: rgb(var(--c) / 0.92);
  padding: 1px 8px 1px; border-radius: 5px 5px 0 0;
  box-shadow: 0 1px 2px rgb(0 0 0 / 0.12);
}
.tab--inside { bottom: auto; top: 0; border-radius: 0 5px 0 5px; }
.hl {
  position: absolute; pointer-events: none; border-radius: 2px;
  background: rgb(250 204 21 / 0.38); mix-blend-mode: multiply;
}
.hl--reported { background: rgb(250 204 21 / 0.16); border-bottom: 1.5px dotted rgb(180 130 0 / 0.9); }
.flash {
  position: absolute; pointer-events: none; border-radius: 3px;
  box-shadow: 0 0 0 3px rgb(234 179 8 / 0.9);
  animation: verbatim-flash 0.7s ease-in-out 3;
}
@keyframes verbatim-flash { 0%, 100% { opacity: 0; } 50% { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .flash { animation: none; opacity: 1; } }
.tip {
  position: fixed; max-width: 320px; pointer-events: auto; cursor: default;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1c1917; background: #fffdf7; border: 1px solid rgb(120 113 108 / 0.35);
  border-radius: 8px; padding: 8px 10px; box-shadow: 0 6px 20px rgb(0 0 0 / 0.16);
}
.tip[hidden] { display: none; }
.tip-who { font-weight: 650; }
.tip-role { color: #57534e; }
.tip-date { color: #57534e; font-size: 12px; margin-top: 2px; }
.tip-actions { margin-top: 8px; }
.tip-save {
  font: 600 12px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #fff; background: #0f766e; border: 1px solid #0f766e; border-radius: 6px;
  padding: 4px 10px; cursor: pointer;
}
.tip-save:hover { background: #115e59; }
.tip-save:disabled { cursor: default; }
.tip-save--done, .tip-save--done:hover { color: #0f766e; background: #e6f4f1; border-color: transparent; }
.tip-status { font-size: 12px; margin-top: 4px; }
.tip-status:empty { display: none; }
.tip-status--error { color: #b91c1c; }
.tip-also { margin-top: 8px; padding-left: 8px; border-left: 2px solid #e7e5e4; }
.tip-also-line { color: #57534e; font-size: 12px; }
.tip-also-line + .tip-also-words { margin-top: 1px; }
.tip-also-words + .tip-also-line { margin-top: 6px; }
.tip-also-words { font-size: 13px; }
.tip-also-words--direct::before { content: '\u201c'; }
.tip-also-words--direct::after { content: '\u201d'; }
.tip-also mark { color: inherit; background: rgb(250 204 21 / 0.38); }
.tip-also ins { text-decoration: none; background: rgb(22 163 74 / 0.16); box-shadow: inset 0 -1.5px #15803d; }
.tip-also del { color: #b91c1c; }
@media (prefers-color-scheme: dark) {
  .tip { color: #f5f5f4; background: #292524; border-color: rgb(214 211 209 / 0.25); }
  .tip-role, .tip-date, .tip-also-line { color: #d6d3d1; }
  .tip-also { border-left-color: #57534e; }
  .tip-also mark { background: rgb(250 204 21 / 0.25); }
  .tip-also ins { background: rgb(74 222 128 / 0.16); box-shadow: inset 0 -1.5px #86efac; }
  .tip-also del { color: #fca5a5; }
  .tip-save { color: #0b2b27; background: #5eead4; border-color: #5eead4; }
  .tip-save:hover { background: #99f6e4; }
  .tip-save--done, .tip-save--done:hover { color: #5eead4; background: #17332f; }
  .tip-status--error { color: #fca5a5; }
}
`;

/** The page stylesheet for quote highlights (CSS Custom Highlight API): it changes no DOM at all. */
export const HIGHLIGHT_NAME = 'verbatim-quote';
/** Reported speech is the writer's wording: marked more lightly than words in quotation marks. */
export const HIGHLIGHT_REPORTED = 'verbatim-reported';

/** The words under Verbatim's quote highlights, as this world's highlight registry holds them. */
export function highlightedTexts(win: Window): string[] {
  const registry = (win as Window & { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
  return [HIGHLIGHT_NAME, HIGHLIGHT_REPORTED].flatMap((name) =>
    [...(registry?.get(name) ?? [])].map((r) => r.toString()),
  );
}
/**
 * The page stylesheet for quote highlights, its rules on the elements of the tags in `originating`
 * (a selector list; every element when empty). Highlight styles are inherited by the highlights of
 * every element inside (non-inherited properties too: css-pseudo-4's highlight cascade), so a rule
 * on an element holding the whole quote paints all of it.
 */
export function highlightCss(originating = ''): string {
  const on = originating ? `:is(${originating})` : '';
  return `
${on}::highlight(${HIGHLIGHT_NAME}) { background-color: rgb(250 204 21 / 0.42); }
${on}::highlight(${HIGHLIGHT_REPORTED}) { background-color: rgb(250 204 21 / 0.16); text-decoration: underline dotted rgb(180 130 0 / 0.9); text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
`;
}

/** The kinds marked quietly, as the site's own fittings rather than something that asks or distracts. */
export const FURNITURE: ReadonlySet<BlockCategory> = new Set(
  CATEGORIES.filter((c) => c.tone === 'furniture').map((c) => c.id),
);
