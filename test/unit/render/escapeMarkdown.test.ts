import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeMarkdown } from '../../../src/core/render/escapeMarkdown';

describe('escapeMarkdown', () => {
  it('puts a backslash before Markdown syntax characters', () => {
    assert.equal(escapeMarkdown('*a* _b_ `c` [d](e) <f> $g$ \\h #i'), '\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\<f\\> \\$g\\$ \\\\h \\#i');
  });

  it('turns line breaks into spaces so no block syntax can start', () => {
    assert.equal(escapeMarkdown('a\n# b\n\n> c'), 'a \\# b \\> c');
  });

  it('gives back the original text, whitespace collapsed, when CommonMark removes the escapes', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const shown = escapeMarkdown(text).replace(/\\([!-/:-@[-`{-~])/g, '$1');
        assert.equal(shown, text.replace(/\s+/g, ' '));
      }),
    );
  });
});
