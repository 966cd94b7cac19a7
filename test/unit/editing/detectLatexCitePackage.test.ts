import assert from 'node:assert/strict';
import { detectLatexCitePackage } from '../../../src/core/editing/detectLatexCitePackage';

describe('detectLatexCitePackage', () => {
  it('finds natbib loaded alone, with options or among other packages', () => {
    assert.equal(detectLatexCitePackage('\\documentclass{article}\n\\usepackage{natbib}\n'), 'natbib');
    assert.equal(detectLatexCitePackage('\\usepackage[round, sort&compress]{natbib}'), 'natbib');
    assert.equal(detectLatexCitePackage('\\usepackage{amsmath, natbib,graphicx}'), 'natbib');
    assert.equal(detectLatexCitePackage('\\RequirePackage{natbib}'), 'natbib');
  });

  it('finds biblatex and its style packages', () => {
    assert.equal(detectLatexCitePackage('\\usepackage[backend=biber, style=authoryear]{biblatex}'), 'biblatex');
    assert.equal(detectLatexCitePackage('\\usepackage{biblatex-chicago}'), 'biblatex');
  });

  it('knows the conference styles that load natbib themselves', () => {
    assert.equal(detectLatexCitePackage('\\usepackage{iclr2024_conference,times}'), 'natbib');
    assert.equal(detectLatexCitePackage('\\usepackage[final]{neurips_2023}'), 'natbib');
    assert.equal(detectLatexCitePackage('\\usepackage[nonatbib]{neurips_2023}'), 'plain');
  });

  it('falls back to plain \\cite for the cite package or nothing at all', () => {
    assert.equal(detectLatexCitePackage('\\usepackage{cite}'), 'plain');
    assert.equal(detectLatexCitePackage('Just text with natbib mentioned.'), 'plain');
  });

  it('ignores commented-out packages but not an escaped percent sign', () => {
    assert.equal(detectLatexCitePackage('% \\usepackage{natbib}\n\\usepackage{cite}'), 'plain');
    assert.equal(detectLatexCitePackage('  %\\usepackage{biblatex}\n\\usepackage{natbib}'), 'natbib');
    assert.equal(detectLatexCitePackage('50\\% done \\usepackage{natbib}'), 'natbib');
  });
});
