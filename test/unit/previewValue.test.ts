import assert from 'node:assert/strict';
import { previewValue } from '../../src/core/previewValue';

describe('previewValue', () => {
  it('shows what a command was given as short text', () => {
    assert.equal(previewValue(42), '42');
    assert.equal(previewValue('id'), '"id"');
    assert.equal(previewValue({ id: 5 }), '{"id":5}');
    assert.equal(previewValue(undefined), 'undefined');
    assert.equal(previewValue('x'.repeat(100)), `"${'x'.repeat(59)}…`);
  });

  it('never throws, even for values JSON cannot write', () => {
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    assert.equal(previewValue(cycle), 'object');
    assert.equal(previewValue(10n), 'bigint');
  });
});
