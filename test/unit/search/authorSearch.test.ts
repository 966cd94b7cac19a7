import assert from 'node:assert/strict';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { searchPapers } from '../../../src/core/search/searchPapers';
import { makePaper } from '../makePaper';

const index = buildSearchIndex([
  makePaper({ title: 'Neural Machine Translation by Jointly Learning to Align and Translate', authors: ['Dzmitry Bahdanau', 'Kyunghyun Cho', 'Yoshua Bengio'] }),
  makePaper({ title: 'Graph Attention Networks', authors: ['Petar Veličković', 'Guillem Cucurull', 'Yoshua Bengio'] }),
  makePaper({ title: 'Attention Is All You Need for Graphs', authors: ['Ashish Vaswani'], abstract: 'Attention attention attention.' }),
  makePaper({ title: 'Wasserstein Auto-Encoders', authors: ['Ilya Tolstikhin', 'Olivier Bousquet', 'Bernhard Schölkopf'] }),
  makePaper({ title: 'Active Image Indexing', authors: ['Pierre Fernandez', 'Hervé Jégou'] }),
  makePaper({ title: 'Discrete Autoencoders for Sequence Models', authors: ['Łukasz Kaiser', 'Samy Bengio'] }),
  makePaper({ title: 'Learning to Rank with Attention', authors: ['Bo An', 'Minh Do'], keywords: ['learning to rank', 'few-shot learning'] }),
  makePaper({ title: 'Schools of Thought in Schema Learning', abstract: 'Schemas and schedules.' }),
]);
const titles = (query: string): string[] => searchPapers(index, query).hits.map((hit) => hit.paper.title);

describe('author search', () => {
  it('matches author names with plain words, an author word and a title word putting the paper first', () => {
    assert.equal(titles('bengio attention')[0], 'Graph Attention Networks');
    assert.ok(titles('bengio').includes('Neural Machine Translation by Jointly Learning to Align and Translate'));
  });

  it('restricts author: to the authors, with accents folded in the index and the query', () => {
    assert.deepEqual(titles('author:scholkopf'), ['Wasserstein Auto-Encoders']);
    assert.deepEqual(titles('author:Schölkopf'), ['Wasserstein Auto-Encoders']);
    assert.deepEqual(titles('author:herve'), ['Active Image Indexing']);
    assert.deepEqual(titles('author:lukasz'), ['Discrete Autoencoders for Sequence Models']);
    assert.deepEqual(titles('author:velickovic'), ['Graph Attention Networks']);
  });

  it('completes and corrects author names from author names only', () => {
    // `scho` also starts `schools` and `schema` in titles; author: completes it to the author.
    assert.deepEqual(titles('author:scho'), ['Wasserstein Auto-Encoders']);
    assert.deepEqual(titles('author:scholkpf'), ['Wasserstein Auto-Encoders']);
  });

  it('keeps names that are stop words elsewhere, and excludes with -author:', () => {
    assert.deepEqual(titles('author:an'), ['Learning to Rank with Attention']);
    assert.ok(!titles('attention -author:bengio').includes('Graph Attention Networks'));
    assert.ok(titles('attention -author:bengio').includes('Attention Is All You Need for Graphs'));
  });

  it('searches keywords, and restricts keyword: to them', () => {
    assert.deepEqual(titles('keyword:fewshot'), ['Learning to Rank with Attention']);
    assert.deepEqual(titles('keyword:"learning to rank"'), ['Learning to Rank with Attention']);
  });
});

describe('the first author', () => {
  const papers = buildSearchIndex([
    makePaper({ id: 'coauthor', title: 'Radiance Fields for Physics', authors: ['Yi-Ling Qiao', 'Xuan Li', 'Peter Chen'], abstract: 'Radiance radiance.' }),
    makePaper({ id: 'first', title: 'A 3D-Aware Encoder for Radiance Fields', authors: ['Yu-Jhe Li*', 'Tao Xu'] }),
    makePaper({ id: 'given', title: 'Radiance Transfer', authors: ['Li Jing', 'Yann LeCun'] }),
  ]);
  const first = (query: string): string | undefined => searchPapers(papers, query).hits[0]?.paper.id;

  it('ranks the paper whose first author has the family name typed above papers where it is a co-author or a given name', () => {
    assert.equal(first('li radiance'), 'first');
    assert.equal(first('radiance li'), 'first');
  });

  it('reads a family name past an equal-contribution mark, and as the word is being typed', () => {
    assert.equal(first('radiance li'), 'first');
    assert.equal(first('radiance qia'), 'coauthor');
  });
});
