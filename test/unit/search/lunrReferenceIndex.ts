import lunr from 'lunr';
import type { Paper } from '../../../src/core/dataset/paper';
import { indexedWords, textTokens } from '../../../src/core/search/analyzeText';
import { FIELD_SPECS, fieldTexts } from '../../../src/core/search/buildSearchIndex';
import { INDEX_FIELDS } from '../../../src/core/search/postingIndex';
import { stopWordIndex } from '../../../src/core/search/stopWords';

const specOf = new Map(INDEX_FIELDS.map((field, at) => [field as string, FIELD_SPECS[at]!]));
/** lunr's stop-word filter, except in the fields that keep stop words. */
function stopWords(token: lunr.Token): lunr.Token | undefined {
  const field = (token as unknown as { metadata: { fields: string[] } }).metadata.fields[0]!;
  return stopWordIndex(token.toString()) >= 0 && !specOf.get(field)!.keepStopWords ? undefined : token;
}
// Registered only so that lunr does not warn; the index is never serialised.
lunr.Pipeline.registerFunction(stopWords as lunr.PipelineFunction, 'paperLookupStopWords');

/**
 * lunr.Builder's own index of the papers, configured as buildSearchIndex claims to reproduce it: our words
 * (textTokens) in place of lunr's tokenizer and trimmer, lunr's stop words except in fields that keep them,
 * lunr's stemmer, the same fields and boosts. Refs are doc numbers in base 36.
 */
export function lunrReferenceIndex(papers: readonly Paper[]): lunr.Index {
  const tokenizer = (text: unknown, metadata: { fields?: string[] } = {}): lunr.Token[] => {
    const spec = specOf.get(metadata.fields?.[0] ?? '')!;
    // lunr passes a field's value as it is in the document: our documents hold strings only.
    const source = typeof text === 'string' ? text : '';
    return indexedWords(source, textTokens(source, spec.joined), spec.joined).map((word) => new lunr.Token(word, { ...metadata }));
  };
  return lunr(function () {
    this.tokenizer = tokenizer as unknown as typeof lunr.tokenizer;
    this.pipeline.reset();
    this.pipeline.add(stopWords as lunr.PipelineFunction, lunr.stemmer);
    this.searchPipeline.reset();
    this.ref('ref');
    INDEX_FIELDS.forEach((field, at) => this.field(field, { boost: FIELD_SPECS[at]!.boost }));
    this.metadataWhitelist = [];
    papers.forEach((paper, doc) => this.add({ ref: doc.toString(36), ...Object.fromEntries(INDEX_FIELDS.map((field, at) => [field, fieldTexts(paper)[at]])) }));
  });
}
