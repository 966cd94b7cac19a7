import assert from 'node:assert/strict';
import { errorText } from '../../src/core/errorText';

describe('errorText', () => {
  it('gives an Error its message and anything else thrown its text', () => {
    assert.equal(errorText(new TypeError('bad input')), 'bad input');
    assert.equal(errorText('plain text'), 'plain text');
    assert.equal(errorText(42), '42');
    assert.equal(errorText(undefined), 'undefined');
  });
});
