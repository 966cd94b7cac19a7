import assert from 'node:assert/strict';
import { findTexRoot } from '../../../src/core/editing/findTexRoot';

describe('findTexRoot', () => {
  it('reads the magic comment in its common spellings', () => {
    assert.equal(findTexRoot('% !TEX root = main.tex\n\\section{Intro}'), 'main.tex');
    assert.equal(findTexRoot('%!TeX root=../paper/main.tex\r\n'), '../paper/main.tex');
    assert.equal(findTexRoot('\\section{A}\n  % !tex root = my paper.tex  \n'), 'my paper.tex');
  });

  it('returns undefined without a magic comment', () => {
    assert.equal(findTexRoot('\\documentclass{article}\n% TEX root is elsewhere'), undefined);
  });
});
