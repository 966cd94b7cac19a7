import type { Paper } from '../dataset/paper';
import { openReviewLinks } from '../openReviewLinks';
import type { AbstractViewState, Direction, PageAction } from '../protocol';
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
  const links = openReviewLinks(paper) !== undefined;
  const button = (action: PageAction, label: string, title?: string): string =>
    `<button type="button" data-action="${action}"${title === undefined ? '' : ` title="${title}"`}>${label}</button>`;
  const openReview = button('openOnOpenReview', t('Open on OpenReview'), t('Opens the paper\'s OpenReview page (abstract, reviews, discussion) in your browser'));
  // Never a made-up abstract: say there is none, and where the paper can be read.
  const abstract = paper.abstract.trim() === ''
    ? `<p class="empty">${t('The dataset has no abstract for this paper.')}${links ? ` ${t('Its OpenReview page may have one.')}` : ''}</p>`
    : `<p class="abstract">${renderRichText(paper.abstract, { highlightTerms })}</p>${
        paper.abstractQuality === 'lossy' ? `\n<p class="note">${t('The punctuation of this abstract was lost at its source: good for searching, not for quoting.')}</p>` : ''
      }`;
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
${button('insertCitation', t('Insert Citation'), t('Cites the paper at the cursor of the last LaTeX or Markdown editor and adds its BibTeX entry'))}
${button('copyBibtex', t('Copy BibTeX'))}
${button('findSimilar', t('Find Similar Papers'))}
${links ? `${openReview}\n${button('openPdf', t('Open PDF'), t('Opens the PDF on OpenReview in your browser'))}\n` : ''}${button('searchWeb', t('Search the Web for Title'), t('Opens a scholar search for this title in your browser'))}
${positionControls(input.position, t)}
</nav>
<section aria-labelledby="abstract-heading">
<h2 id="abstract-heading">${t('Abstract')}</h2>
${abstract}
</section>
${authors === undefined && !links ? `<footer><p class="note">${t('The dataset has no authors or OpenReview link for this paper.')}</p></footer>` : ''}
</main>
<script nonce="${attribute(input.nonce)}" src="${attribute(input.scriptUri)}"></script>
</body>
</html>
`;
}

function positionControls(position: AbstractPageInput['position'], t: Translate): string {
  if (!position || position.total < 2) return '';
  const button = (direction: Direction, enabled: boolean, label: string, text: string): string =>
    `<button type="button" data-action="${direction}" aria-label="${label}"${enabled ? '' : ' disabled'}>${text}</button>`;
  return `<span class="position">
${button('previous', position.index > 0, t('Previous result'), `‹ ${t('Previous')}`)}
<span aria-live="polite">${t('Result {0} of {1}', position.index + 1, position.total)}</span>
${button('next', position.index < position.total - 1, t('Next result'), `${t('Next')} ›`)}
</span>`;
}
