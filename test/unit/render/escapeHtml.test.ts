import assert from 'node:assert/strict';
import { escapeHtml } from '../../../src/core/render/escapeHtml';

describe('escapeHtml', () => {
  it('escapes the characters that can open a tag, an entity or leave an attribute', () => {
    assert.equal(escapeHtml(`<img src="x" onerror='alert(1)'> & co`), '&lt;img src=&quot;x&quot; onerror=&#39;alert(1)&#39;&gt; &amp; co');
  });

  it('escapes an ampersand that already looks like an entity, so it shows as typed', () => {
    assert.equal(escapeHtml('&amp;'), '&amp;amp;');
  });
});
