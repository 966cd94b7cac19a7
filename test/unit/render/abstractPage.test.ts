import assert from 'node:assert/strict';
import { abstractPageCsp, renderAbstractPage, type AbstractPageInput } from '../../../src/core/render/abstractPage';
import { english } from '../../../src/core/translate';
import { makePaper } from '../makePaper';

function page(overrides: Partial<AbstractPageInput> = {}): string {
  const paper = overrides.paper ?? makePaper({ id: 'p1', title: 'Scaling $O(n \\log n)$ Attention', abstract: 'We study \\textit{diffusion} models.' });
  return renderAbstractPage({
    paper,
    state: { paperId: paper.id, query: 'diffusion' },
    highlightTerms: ['diffusion'],
    nonce: 'NONCE123',
    cspSource: 'vscode-webview://abc',
    scriptUri: 'vscode-webview://abc/dist/webview/abstractView.js',
    styleUri: 'vscode-webview://abc/media/abstractView.css',
    t: english,
    language: 'en',
    ...overrides,
  });
}

describe('renderAbstractPage', () => {
  it('has a CSP that allows only the nonce-carrying script and the extension stylesheet, nothing unsafe', () => {
    const csp = abstractPageCsp('vscode-webview://abc', 'NONCE123');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-NONCE123'/);
    assert.doesNotMatch(csp, /unsafe/);
    const html = page();
    assert.ok(html.includes(`content="${csp.replace(/'/g, '&#39;')}"`) || html.includes(`content="${csp}"`));
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="NONCE123" src="vscode-webview:\/\/abc\/dist\/webview\/abstractView\.js"><\/script>/);
  });

  it('renders math as MathML, text commands as emphasis, and marks the query terms', () => {
    const html = page();
    assert.match(html, /<math/);
    assert.match(html, /<em><mark>diffusion<\/mark><\/em>/);
  });

  it('shows a hostile title and abstract as text: no element, attribute or URL from the data survives', () => {
    const hostile = makePaper({
      id: 'x" onload="alert(1)',
      title: '<img src=x onerror=alert(1)> & </title><script>alert(2)</script>',
      abstract: '<a href="javascript:alert(3)">click</a> <style>body{display:none}</style>',
      decision: '"><svg onload=alert(4)>',
    });
    const html = page({ paper: hostile, state: { paperId: hostile.id, query: '"><b>' } });
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('<a href'));
    assert.ok(!html.includes('<style'));
    assert.ok(!html.includes('<svg'));
    assert.ok(!/<script>alert/.test(html));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!html.includes('"><b>'), 'the saved query must be escaped inside the state attribute');
  });

  it('says so when the dataset has no abstract, and never invents authors or links', () => {
    const html = page({ paper: makePaper({ id: 'p2', title: 'Untitled', abstract: '  ' }) });
    assert.match(html, /<p class="empty">The dataset has no abstract for this paper\.<\/p>/);
    assert.match(html, /has no authors or OpenReview link for this paper/);
    assert.doesNotMatch(html, /openreview\.net|data-action="open/);
  });

  it('offers the OpenReview page of a paper without an abstract, and its forum and PDF whenever it has an id', () => {
    const html = page({ paper: makePaper({ id: 'x', title: 'No Abstract', abstract: '', openreviewId: 'bHW9njOSON', authors: ['Ada Lovelace'] }) });
    assert.match(html, /has no abstract for this paper\. Its OpenReview page may have one\./);
    assert.match(html, /<button type="button" data-action="openOnOpenReview"[^>]*>Open on OpenReview<\/button>/);
    assert.match(html, /<button type="button" data-action="openPdf"[^>]*>Open PDF<\/button>/);
    // The page holds no link: the host opens the browser when the button is pressed, and only then.
    assert.doesNotMatch(html, /<a |href="http|openreview\.net/);
    assert.doesNotMatch(html, /has no authors or OpenReview link/);
  });

  it('shows every author, as text', () => {
    const html = page({ paper: makePaper({ id: 'p3', title: 'With Authors', authors: ['Ada Lovelace', '<b>Alan</b> Turing', 'Bernhard Schölkopf'] }) });
    assert.match(html, /<p class="authors">Ada Lovelace, &lt;b&gt;Alan&lt;\/b&gt; Turing, Bernhard Schölkopf<\/p>/);
    assert.doesNotMatch(html, /has no authors/);
  });

  it('notes under a lossy abstract that its punctuation was lost at the source, and only there', () => {
    const lossy = page({ paper: makePaper({ id: 'l', title: 'Lossy', abstract: 'we propose a method that works', abstractQuality: 'lossy' }) });
    assert.match(lossy, /<p class="abstract">we propose a method that works<\/p>\n<p class="note">The punctuation of this abstract was lost at its source/);
    for (const abstractQuality of ['api', 'crawl', undefined] as const) {
      assert.doesNotMatch(page({ paper: makePaper({ id: 'a', title: 'A', abstract: 'Text.', abstractQuality }) }), /punctuation/);
    }
  });

  it('offers Insert Citation and Copy BibTeX as buttons the page script reports', () => {
    const html = page();
    assert.match(html, /<button type="button" data-action="insertCitation"[^>]*>Insert Citation<\/button>/);
    assert.match(html, /<button type="button" data-action="copyBibtex">Copy BibTeX<\/button>/);
  });

  it('offers previous/next only inside a result list, disabled at the ends', () => {
    assert.doesNotMatch(page(), /data-action="previous"/);
    const first = page({ position: { index: 0, total: 3 } });
    assert.match(first, /data-action="previous" aria-label="Previous result" disabled/);
    assert.match(first, /Result 1 of 3/);
    assert.doesNotMatch(first, /data-action="next"[^>]*disabled/);
  });
});
