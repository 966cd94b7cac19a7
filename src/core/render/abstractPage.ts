import type { Paper } from '../dataset/paper';
import type { AbstractViewState } from '../protocol';
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
  const abstract = paper.abstract.trim() === ''
    ? '<p class="empty">The dataset has no abstract for this paper.</p>'
    : `<p class="abstract">${renderRichText(paper.abstract, { highlightTerms })}</p>`;
  return `<!DOCTYPE html>
<html lang="en">
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
<span class="badge tier-${paper.tier}" role="note" aria-label="Decision: ${attribute(paper.decision)}">${escapeHtml(paper.decision || 'No decision')}</span></p>
</header>
<nav class="actions" aria-label="Paper actions">
<button type="button" data-action="insertCitation" title="Cites the paper at the cursor of the last LaTeX or Markdown editor and adds its BibTeX entry">Insert Citation</button>
<button type="button" data-action="copyBibtex">Copy BibTeX</button>
<button type="button" data-action="findSimilar">Find Similar Papers</button>
<button type="button" data-action="searchWeb" title="Opens a scholar search for this title in your browser">Search the Web for Title</button>
${positionControls(input.position)}
</nav>
<section aria-labelledby="abstract-heading">
<h2 id="abstract-heading">Abstract</h2>
${abstract}
</section>
<footer><p class="note">The dataset holds no authors, identifiers or links for its papers.</p></footer>
</main>
<script nonce="${attribute(input.nonce)}" src="${attribute(input.scriptUri)}"></script>
</body>
</html>
`;
}

function positionControls(position: AbstractPageInput['position']): string {
  if (!position || position.total < 2) return '';
  const previous = position.index > 0 ? '' : ' disabled';
  const next = position.index < position.total - 1 ? '' : ' disabled';
  return `<span class="position">
<button type="button" data-action="previous" aria-label="Previous result"${previous}>‹ Previous</button>
<span aria-live="polite">Result ${position.index + 1} of ${position.total}</span>
<button type="button" data-action="next" aria-label="Next result"${next}>Next ›</button>
</span>`;
}
