import assert from 'node:assert/strict';
import { DEFAULT_KEY_FORMAT } from '../../src/core/citations/parseKeyFormat';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings';

const from = (values: Record<string, unknown>) => parseSettings((key) => values[key]);

describe('parseSettings', () => {
  it('gives the defaults when nothing is set: OpenReview\'s keys and booktitles', () => {
    assert.deepEqual(from({}), DEFAULT_SETTINGS);
    assert.equal(DEFAULT_SETTINGS.citation.keyFormatProblem, undefined);
    assert.equal(DEFAULT_SETTINGS.citation.keyTemplate, '{auth}{year}{firstword}');
    assert.equal(DEFAULT_SETTINGS.citation.booktitleStyle, 'openreview');
  });

  it('reads every booktitle style', () => {
    for (const style of ['openreview', 'short', 'dblp']) assert.equal(from({ 'citation.booktitleStyle': style }).citation.booktitleStyle, style);
  });

  it('reads valid citation settings as written', () => {
    const citation = from({
      'citation.keyFormat': ' {venue}{year}-{title1} ',
      'citation.booktitleStyle': 'dblp',
      'citation.includeAbstract': true,
      'citation.latexCommand': 'textcite',
      'citation.markdownStyle': 'narrative',
      'citation.bibFile': ' refs/main.bib ',
    }).citation;
    assert.deepEqual(citation.keyFormat, [{ token: 'venue' }, { token: 'year' }, { literal: '-' }, { token: 'title1' }]);
    assert.equal(citation.keyTemplate, '{venue}{year}-{title1}');
    assert.equal(citation.keyFormatProblem, undefined);
    assert.equal(citation.booktitleStyle, 'dblp');
    assert.equal(citation.includeAbstract, true);
    assert.equal(citation.latexCommand, 'textcite');
    assert.equal(citation.markdownStyle, 'narrative');
    assert.equal(citation.bibFile, 'refs/main.bib');
  });

  it('falls back to the default key format and names the problem when the template is invalid', () => {
    const citation = from({ 'citation.keyFormat': '{title1}{authors}' }).citation;
    assert.deepEqual(citation.keyFormat, DEFAULT_KEY_FORMAT);
    assert.match(citation.keyFormatProblem ?? '', /Unknown placeholder "\{authors\}"/);
    assert.match(from({ 'citation.keyFormat': 42 }).citation.keyFormatProblem ?? '', /must be text/);
  });

  it('ignores values outside the allowed choices', () => {
    const citation = from({
      'citation.booktitleStyle': 'long',
      'citation.includeAbstract': 'yes',
      'citation.latexCommand': '\\footcite',
      'citation.markdownStyle': 'apa',
      'citation.bibFile': ['a.bib'],
    }).citation;
    assert.deepEqual(citation, DEFAULT_SETTINGS.citation);
  });
});
