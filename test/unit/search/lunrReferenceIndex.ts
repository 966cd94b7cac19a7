import lunr from 'lunr';
import type { Paper } from '../../../src/core/dataset/paper';
import { TITLE_BOOST } from '../../../src/core/search/buildSearchIndex';

/** lunr.Builder's own index of the papers, configured as buildSearchIndex claims to reproduce it (refs are doc numbers in base 36). */
export function lunrReferenceIndex(papers: readonly Paper[]): lunr.Index {
  return lunr(function () {
    this.ref('ref');
    this.field('title', { boost: TITLE_BOOST });
    this.field('abstract');
    this.metadataWhitelist = [];
    papers.forEach((paper, doc) => this.add({ ref: doc.toString(36), title: paper.title, abstract: paper.abstract }));
  });
}
