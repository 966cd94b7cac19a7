import assert from 'node:assert/strict';
import { DEFAULT_KEY_FORMAT, DEFAULT_KEY_TEMPLATE, parseKeyFormat } from '../../../src/core/citations/parseKeyFormat';

function messageOf(template: string): string {
  const result = parseKeyFormat(template);
  assert.equal(result.ok, false, `expected "${template}" to be rejected`);
  return result.ok ? '' : result.message;
}

describe('parseKeyFormat', () => {
  it('parses the default template, OpenReview\'s keys, into the default format', () => {
    assert.equal(DEFAULT_KEY_TEMPLATE, '{auth}{year}{firstword}');
    assert.deepEqual(parseKeyFormat(DEFAULT_KEY_TEMPLATE), { ok: true, format: DEFAULT_KEY_FORMAT });
  });

  it('reads the author placeholders, telling {Auth} from {auth} by its case', () => {
    assert.deepEqual(parseKeyFormat('{auth}:{Auth}_{authors2}{firstword}'), {
      ok: true,
      format: [{ token: 'auth' }, { literal: ':' }, { token: 'Auth' }, { literal: '_' }, { token: 'authors2' }, { token: 'firstword' }],
    });
    assert.deepEqual(parseKeyFormat('{AUTH}{Authors2}{FirstWord}'), { ok: true, format: [{ token: 'auth' }, { token: 'authors2' }, { token: 'firstword' }] });
  });

  it('reads every placeholder and literal key characters between them', () => {
    assert.deepEqual(parseKeyFormat('{venue}:{shortyear}-{title1}_{title2}{title3}{year}'), {
      ok: true,
      format: [
        { token: 'venue' }, { literal: ':' }, { token: 'shortyear' }, { literal: '-' }, { token: 'title1' }, { literal: '_' },
        { token: 'title2' }, { token: 'title3' }, { token: 'year' },
      ],
    });
  });

  it('accepts placeholders in any case and surrounding spaces of the setting', () => {
    assert.deepEqual(parseKeyFormat('  {Title1}{YEAR} '), { ok: true, format: [{ token: 'title1' }, { token: 'year' }] });
  });

  it('names an unknown placeholder and lists the valid ones', () => {
    const message = messageOf('{author}{year}');
    assert.match(message, /Unknown placeholder "\{author\}"/);
    assert.match(message, /\{auth\}, \{Auth\}, \{authors2\}, \{firstword\}, \{title1\}, \{title2\}, \{title3\}, \{year\}, \{shortyear\}, \{venue\}/);
  });

  it('points at an unclosed or unopened brace', () => {
    assert.match(messageOf('{title1{year}'), /Unbalanced brace: the "\{" at character 1 .* is not closed/);
    assert.match(messageOf('{title1}year}'), /Unbalanced brace: the "\}" at character 13 .* has no "\{"/);
  });

  it('rejects an empty template', () => {
    assert.match(messageOf('   '), /empty/);
  });

  it('rejects characters that are not allowed in keys', () => {
    assert.match(messageOf('{title1} {year}'), /character " " is not allowed/);
    assert.match(messageOf('{title1},{year}'), /character "," is not allowed/);
  });

  it('rejects formats that would produce keys without letters or starting with a digit', () => {
    assert.match(messageOf('{year}'), /without letters/);
    assert.match(messageOf('{shortyear}-{year}'), /without letters/);
    assert.match(messageOf('{year}{title1}'), /must start with a letter/);
    assert.match(messageOf('_{title1}'), /must start with a letter/);
  });
});
