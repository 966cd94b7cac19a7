import assert from 'node:assert/strict';
import { isSameWork } from '../../../src/core/citations/isSameWork';
import { normaliseTitle } from '../../../src/core/citations/normaliseTitle';

const GLUE = { title: 'GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding', year: 2019 };
const entry = (title: string, year?: string) => ({ title: normaliseTitle(title), year });

describe('isSameWork', () => {
  it('matches the arXiv preprint of a year earlier, the same year, or an entry without a year', () => {
    assert.equal(isSameWork(entry('{GLUE}: A multi-task benchmark and analysis platform for natural language understanding', '2018'), GLUE), true);
    assert.equal(isSameWork(entry(GLUE.title, '2019'), GLUE), true);
    assert.equal(isSameWork(entry(GLUE.title), GLUE), true);
  });

  it('keeps a same-titled work from years apart, a different title, and untitled entries apart', () => {
    assert.equal(isSameWork(entry(GLUE.title, '2016'), GLUE), false);
    assert.equal(isSameWork(entry('GLUE Reloaded', '2019'), GLUE), false);
    assert.equal(isSameWork(entry('', '2019'), GLUE), false);
  });
});
