import type { Paper } from '../dataset/paper';
import type { AbstractViewState } from '../protocol';
import type { Translate } from '../translate';
import { venueLabel } from '../venues';
import { escapeHtml } from './escapeHtml';
import { renderRichText } from './renderRichText';

export interface AbstractPageInput {
  readonly paper: Paper;
  readonly state: AbstractViewState;
  /** Query terms to mark in the title and abstract. */
  readonly highlightTerms: readonly string[];
  /** Position in the result list the paper was opened from, for previous/next. */
  readonly position?: { readonly index: number; readonly total: number };
  /** Fresh for every render; the only script allowed to run carries it. */
  readonly nonce: string;
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** Translates the page's own text, e.g. `vscode.l10n.t`; the paper's text never goes through it. */
  readonly t: Translate;
  /** BCP 47 tag of that language, so screen readers pick the right voice. */
  readonly language: string;
}

/** The content security policy of the page: no inline code or style, nothing from the network. */
export function abstractPageCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

/** The whole HTML document of the abstract view. Every data field passes through escaping or the math renderer. */
export function renderAbstractPage(input: AbstractPageInput): string {
  const { paper, highlightTerms } = input;
  const attribute = (value: string): string => escapeHtml(value);
  // Translations are text too: escaped like the data, so a bundle cannot add markup.
  const t = (message: string, ...args: Array<string | number>): string => escapeHtml(input.t(message, ...args));
  const authors = paper.authors.length === 0 ? undefined : paper.authors.join(', ');
  const abstract = paper.abstract.trim() === ''
    ? `<p class="empty">${t('The dataset has no abstract for this paper.')}</p>`
    : `<p class="abstract">${renderRichText(paper.abstract, { highlightTerms })}</p>`;
  return `<!DOCTYPE html>
<html lang="${attribute(input.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(abstractPageCsp(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(input.styleUri)}">
<title>${escapeHtml(paper.title)}</title>
</head>
<body>
<main id="paper" data-state="${attribute(JSON.stringify(input.state))}">
<header>
<h1 class="title">${renderRichText(paper.title, { highlightTerms })}</h1>
<p class="meta"><span class="venue">${escapeHtml(venueLabel(paper))}</span>
<span class="badge tier-${paper.tier}" role="note" aria-label="${t('Decision: {0}', paper.decision)}">${paper.decision === '' ? t('No decision') : escapeHtml(paper.decision)}</span></p>
${authors === undefined ? '' : `<p class="authors">${escapeHtml(authors)}</p>\n`}</header>
<nav class="actions" aria-label="${t('Paper actions')}">
<button type="button" data-action="insertCitation" title="${t('Cites the paper at the cursor of the last LaTeX or Markdown editor and adds its BibTeX entry')}">${t('Insert Citation')}</button>
<button type="button" data-action="copyBibtex">${t('Copy BibTeX')}</button>
<button type="button" data-action="findSimilar">${t('Find Similar Papers')}</button>
<button type="button" data-action="searchWeb" title="${t('Opens a scholar search for this title in your browser')}">${t('Search the Web for Title')}</button>
${positionControls(input.position, t)}
</nav>
<section aria-labelledby="abstract-heading">
<h2 id="abstract-heading">${t('Abstract')}</h2>
${abstract}
</section>
${authors === undefined ? `<footer><p class="note">${t('The dataset holds no authors, identifiers or links for its papers.')}</p></footer>` : ''}
</main>
<script nonce="${attribute(input.nonce)}" src="${attribute(input.scriptUri)}"></script>
</body>
</html>
`;
}

function positionControls(position: AbstractPageInput['position'], t: Translate): string {
  if (!position || position.total < 2) return '';
  const previous = position.index > 0 ? '' : ' disabled';
  const next = position.index < position.total - 1 ? '' : ' disabled';
  return `<span class="position">
<button type="button" data-action="previous" aria-label="${t('Previous result')}"${previous}>‹ ${t('Previous')}</button>
<span aria-live="polite">${t('Result {0} of {1}', position.index + 1, position.total)}</span>
<button type="button" data-action="next" aria-label="${t('Next result')}"${next}>${t('Next')} ›</button>
</span>`;
}
