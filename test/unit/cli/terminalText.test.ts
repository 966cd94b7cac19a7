import assert from 'node:assert/strict';
import { alignColumns, terminalText, truncate } from '../../../src/cli/terminalText';

describe('terminalText', () => {
  it('turns escape sequences, newlines and bidi overrides into single spaces', () => {
    assert.equal(terminalText('a\u001b[31mb\r\nc\u202ed\u2066e\u0085f  g'), 'a [31mb c d e f g');
  });

  it('truncates to a width with an ellipsis, counting characters not UTF-16 units', () => {
    assert.equal(truncate('Łojasiewicz 𝔼 bound', 13), 'Łojasiewicz …');
    assert.equal(truncate('short', 10), 'short');
  });

  it('pads columns to the widest cell, right-aligning the numeric ones', () => {
    assert.deepEqual(
      alignColumns(
        [
          ['Venue', 'Papers'],
          ['ICLR 2023', '7'],
        ],
        new Set([1]),
      ),
      ['Venue      Papers', 'ICLR 2023       7'],
    );
  });
});
