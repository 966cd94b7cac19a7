import assert from 'node:assert/strict';
import { treeItemTooltipMarkdown } from '../../../src/core/tree/treeItemTooltipMarkdown';
import { makePaper } from '../makePaper';

/** The fields every tooltip test starts from; each test overrides the one it is about. */
const BASE = { id: 'p', title: 'A Title', abstract: 'Short abstract.', decision: 'Accept: poster' };

/** What CommonMark shows for backslash-escaped text: each `\` + punctuation becomes the punctuation. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('treeItemTooltipMarkdown', () => {
  it('shows the bold title, then venue and decision, then the abstract', () => {
    assert.equal(treeItemTooltipMarkdown(makePaper(BASE)), '**A Title**\n\nICLR 2023 · Accept\\: poster\n\nShort abstract\\.');
  });

  it('escapes every Markdown character of a hostile title so it shows literally', () => {
    const title = '*bold* _it_ $x^2$ <img src=x onerror=alert(1)> [link](javascript:alert(1)) `code` \\emph{a} &amp; $(alert)';
    const [titleParagraph] = treeItemTooltipMarkdown(makePaper({ ...BASE, title })).split('\n\n');
    assert.ok(titleParagraph);
    const inner = titleParagraph.slice(2, -2);
    assert.equal(unescape(inner), title);
    // No special character is left bare: removing the escapes pairs leaves only letters, digits and spaces.
    assert.match(inner.replace(/\\[!-/:-@[-`{-~]/g, ''), /^[A-Za-z0-9 ]*$/);
  });

  it('keeps an abstract on one paragraph so its lines cannot become headings or lists', () => {
    const markdown = treeItemTooltipMarkdown(makePaper({ ...BASE, abstract: 'First line.\n# Not a heading\n\n- not a list\n    not code' }));
    assert.equal(markdown.split('\n\n').length, 3);
    assert.equal(unescape(markdown.split('\n\n')[2] ?? ''), 'First line. # Not a heading - not a list not code');
  });

  it('cuts a long abstract at a word boundary near 300 characters and marks the cut', () => {
    const abstract = Array.from({ length: 100 }, (_, index) => `word${index}`).join(' ');
    const excerpt = treeItemTooltipMarkdown(makePaper({ ...BASE, abstract })).split('\n\n')[2];
    assert.ok(excerpt);
    assert.ok(excerpt.endsWith('…'));
    assert.ok(excerpt.length <= 301 && excerpt.length > 250, `${excerpt.length}`);
    assert.ok(abstract.startsWith(excerpt.slice(0, -1) + ' '));
  });

  it('names the first six authors after the title, escaped, with "et al." for the rest', () => {
    const authors = ['Hee Suk Yoon', 'Joshua Tian Jin Tee', 'Eunseop Yoon', 'Sunjae Yoon', 'Gwangsu Kim', 'Yingzhen Li', 'Chang D. Yoo'];
    assert.equal(unescape(treeItemTooltipMarkdown(makePaper({ ...BASE, authors })).split('\n\n')[1]!), 'Hee Suk Yoon, Joshua Tian Jin Tee, Eunseop Yoon, Sunjae Yoon, Gwangsu Kim, Yingzhen Li et al.');
    assert.equal(unescape(treeItemTooltipMarkdown(makePaper({ ...BASE, authors: ['**Bold** <b>', 'Schölkopf'] })).split('\n\n')[1]!), '**Bold** <b>, Schölkopf');
  });

  it('leaves out the parts a paper does not have', () => {
    assert.equal(treeItemTooltipMarkdown(makePaper({ ...BASE, year: undefined, decision: '', abstract: ' ' })), '**A Title**\n\nICLR');
  });
});
