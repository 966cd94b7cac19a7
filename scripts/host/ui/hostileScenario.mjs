// Hostile data in the abstract view (issue 6): titles, abstracts and decisions carrying HTML, script,
// javascript: URLs, CSS, attribute break-outs and LaTeX that breaks KaTeX, loaded through `paperLookup.datasets`.
// Every payload would leave a mark if it ran: window.__pwned, document.title 'pwned', a console line with 'pwned'.
import * as path from 'node:path';
import { abstractFrame, waitForAbstract } from './abstractView.mjs';
import { runCommand, searchPapers } from './palette.mjs';
import { expandGroup, openPapersView, visibleTreeRows } from './papersView.mjs';
import { readJsonl } from './bundledData.mjs';
import { expect } from './scenario.mjs';
import { repoRoot } from '../hostPaths.mjs';

export const HOSTILE_DATASET = path.join(repoRoot, 'test', 'fixtures', 'hostile', 'hostile.jsonl');
/** A key format a user might guess at: the data has no authors, so {author} is not a placeholder. */
export const HOSTILE_KEY_FORMAT = '{author}{year}';

/**
 * Each fixture paper: the word that finds it, and raw text its view must show as characters. Outside math the
 * view reads text as LaTeX does (braces group, `--` is a dash), so the snippets avoid braces there.
 */
const PAPERS = [
  { word: 'Quokka', shows: ['<img src=x onerror="window.__pwned=1', '</title><script>window.__pwned=2', '<a href="javascript:', '<iframe src="javascript:', '<svg onload=', '&lt;script&gt; &amp; &#60;b&#62;'] },
  { word: 'Narwhal', shows: ['$\\def\\a{\\a}\\a$', '$\\href{javascript:window.__pwned=8', '$\\url{javascript:alert(1)}$', '$\\htmlData{onclick=alert(1)}{x}$'] },
  { word: 'Axolotl', shows: ['" onmouseover="window.__pwned=9', '<meta http-equiv="refresh"', '<input autofocus onfocus=', 'Accept"><img src=x onerror="window.__pwned=12'] },
  { word: 'Pangolin', shows: ['<b>bold</b>', '<img src=x onerror=window.__pwned=13', '$<img src=x onerror=window.__pwned=14', '\\text{<script>window.__pwned=15', '</span></math><img src=x onerror=window.__pwned=16'] },
  { word: 'Okapi', shows: ["constructor.constructor('window.__pwned=17", '</main></body><script>window.__pwned=19', '<svg><script>window.__pwned=20', '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=21'] },
];

/** @returns {import('./scenario.mjs').Scenario} */
export function hostileScenario(log) {
  const rows = readJsonl(HOSTILE_DATASET);
  const titleWith = (word) => rows.find((row) => row.title.includes(word))?.title ?? word;
  return {
    name: 'Hostile dataset (test/fixtures/hostile/hostile.jsonl)',
    checks: [
      {
        title: 'the Papers tree lists the hostile titles as plain text',
        async run(page) {
          await openPapersView(page);
          await expandGroup(page, 1, 'ICLR 2023 ·');
          await expandGroup(page, 2, 'Poster ·');
          const labels = (await visibleTreeRows(page)).map((row) => row.label);
          expect(labels.includes(titleWith('Quokka')), `no row reads the raw Quokka title among ${JSON.stringify(labels)}`);
          const images = await page.locator('.part.sidebar img').count();
          expect(images === 0, `${images} <img> elements in the sidebar`);
          return [`rows: ${labels.length}`];
        },
      },
      ...PAPERS.map(({ word, shows }) => ({
        title: `${word}: the abstract view shows the payloads as text and builds no element from them`,
        async run(page) {
          const hit = await searchPapers(page, word.toLowerCase(), word);
          await hit.click();
          const frame = await waitForAbstract(page, word);
          const text = await frame.locator('main#paper').evaluate((main) => main.textContent ?? '');
          const missing = shows.filter((snippet) => !text.includes(snippet));
          expect(missing.length === 0, `the page does not show ${JSON.stringify(missing)} as text`);
          const intruders = await frame.locator('html').evaluate(findIntruders);
          expect(intruders.length === 0, `elements or attributes from the data: ${intruders.join('; ')}`);
          return [`${shows.length} payloads shown as text`];
        },
      })),
      {
        // The CSP would stop a payload that slipped through the escaping; its violation report still shows it.
        title: 'nothing from the data ran or hit the CSP: no mark in any frame, no dialog, no console line from a payload',
        async run(page) {
          const marks = [];
          for (const frame of page.frames()) {
            const mark = await frame.evaluate(() => ({ pwned: /** @type {Window & { __pwned?: unknown }} */ (window).__pwned, title: document.title })).catch(() => undefined);
            if (mark && (mark.pwned !== undefined || mark.title === 'pwned')) marks.push(`${frame.url().slice(0, 80)}: ${JSON.stringify(mark)}`);
          }
          expect(marks.length === 0, `payloads ran: ${marks.join('; ')}`);
          expect(log.dialogs.length === 0, `dialogs opened: ${log.dialogs.join('; ')}`);
          const suspicious = log.console.filter((line) => /pwned|Ignored call to '(alert|confirm|prompt)|violates the following Content Security Policy/.test(line));
          expect(suspicious.length === 0, `console: ${suspicious.join('; ')}`);
          return [`${page.frames().length} frames checked, ${log.console.length} console lines read`];
        },
      },
      {
        title: "the page's Content-Security-Policy has no 'unsafe-' source and runs scripts only by nonce",
        async run(page) {
          const csp = await abstractFrame(page)
            .locator('meta[http-equiv="Content-Security-Policy"]')
            .getAttribute('content', { timeout: 30_000 });
          expect(csp !== null, 'the page has no CSP meta element');
          expect(!/unsafe-/.test(csp), `the CSP allows ${csp.match(/'unsafe-[a-z-]+'/g)?.join(', ')}`);
          expect(/default-src 'none'/.test(csp) && /script-src 'nonce-[^']+'(;|$)/.test(csp), `the CSP reads: ${csp}`);
          return [`CSP: ${csp}`];
        },
      },
      {
        title: `paperLookup.citation.keyFormat "${HOSTILE_KEY_FORMAT}" brings one warning that names {author} and offers to open the setting`,
        async run(page) {
          // The notification centre, not the toasts: a toast hides itself after a while, and under load the steps
          // before this one can take longer than that.
          await runCommand(page, 'Notifications: Show Notifications');
          const warning = page.locator('.notifications-center .notification-list-item').filter({ hasText: 'in the citation key format' });
          await warning.first().waitFor({ timeout: 30_000 });
          const text = (await warning.first().innerText()).replace(/\s+/g, ' ');
          expect(text.includes('{author}'), `the warning reads "${text}"`);
          expect(text.includes('Open Setting'), `the warning offers no Open Setting button: "${text}"`);
          expect((await warning.count()) === 1, `${await warning.count()} warnings about the key format`);
          return [`warning: ${text}`];
        },
      },
    ],
  };
}

/**
 * Runs in the page: every element or attribute that neither the template nor VS Code put there. The template
 * uses only text-level HTML, its stylesheet, its one nonce'd script and KaTeX's MathML; VS Code adds a style
 * and a script of its own to the head. Anything else came from the data.
 */
function findIntruders(html) {
  const vscodeOwn = (element) => (element.localName === 'style' && element.id === '_defaultStyles')
    || (element.localName === 'script' && element.id === '_vscodeApiScript');
  const forbidden = 'img, iframe, frame, object, embed, style, svg, form, input, textarea, select, video, audio, base, a, script, '
    + 'link:not([rel="stylesheet"]), meta:not([charset]):not([name="viewport"]):not([http-equiv="Content-Security-Policy"])';
  const found = [];
  for (const element of html.querySelectorAll(forbidden)) {
    const ours = element.localName === 'script' && element.hasAttribute('nonce') && element.hasAttribute('src') && element.parentElement === html.querySelector('body');
    if (!ours && !vscodeOwn(element)) found.push(`<${element.localName}>`);
  }
  if (html.querySelectorAll('link').length !== 1) found.push(`${html.querySelectorAll('link').length} <link> elements`);
  // The <html> element itself carries VS Code's theme variables in a style attribute; querySelectorAll('*') skips it.
  for (const element of html.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value) || attribute.name === 'style') {
        found.push(`${element.localName}[${attribute.name}]`);
      }
    }
  }
  return found;
}
