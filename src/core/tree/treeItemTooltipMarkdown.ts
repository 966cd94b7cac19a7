import type { Paper } from '../dataset/paper';
import { authorSummary } from '../render/authorSummary';
import { escapeMarkdown } from '../render/escapeMarkdown';
import { english } from '../translate';
import type { Translate } from '../translate';
import { venueLabel } from '../venues';

/** Roughly the first three lines of a hover. */
const DEFAULT_ABSTRACT_CHARS = 300;
/** Enough names to recognise a paper by; the abstract view lists them all. */
const TOOLTIP_AUTHORS = 6;

/**
 * Markdown for a paper item's hover (in the tree and on a citation key): bold title, the first authors,
 * venue and raw decision, then the start of the abstract. Every field is escaped, so a title full of `*`,
 * `_`, `$` or `<` shows literally. Meant for a `MarkdownString` with HTML, commands and theme icons off.
 */
export function treeItemTooltipMarkdown(paper: Paper, t: Translate = english, maxAbstractChars = DEFAULT_ABSTRACT_CHARS): string {
  const venueLine = [venueLabel(paper), paper.decision.trim()].filter((part) => part !== '').join(' · ');
  const excerpt = truncateAtWord(paper.abstract.replace(/\s+/g, ' ').trim(), maxAbstractChars);
  const title = paper.title.trim();
  const authors = authorSummary(paper.authors, TOOLTIP_AUTHORS, t);
  return [title === '' ? '' : `**${escapeMarkdown(title)}**`, escapeMarkdown(authors), escapeMarkdown(venueLine), escapeMarkdown(excerpt)]
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const lastSpace = text.lastIndexOf(' ', max);
  let head = lastSpace > max / 2 ? text.slice(0, lastSpace) : text.slice(0, max);
  // Never end on half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head.replace(/[\s.,;:]+$/, '')}…`;
}
