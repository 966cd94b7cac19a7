import type { Paper } from '../../../src/core/dataset/paper';
import { makePaper } from '../makePaper';

/** A small corpus with near neighbours, so ranking tests can fail for the right reasons. */
export const FIXTURE_PAPERS: readonly Paper[] = [
  makePaper({
    title: 'Denoising Diffusion Implicit Models',
    abstract: 'Diffusion probabilistic models produce high quality image samples without adversarial training.',
    year: 2021,
    tier: 'poster',
  }),
  makePaper({
    title: 'Score-Based Generative Modeling through Stochastic Differential Equations',
    abstract: 'We present a stochastic differential equation that transforms a complex data distribution into a known prior by injecting noise, a diffusion process.',
    year: 2021,
    tier: 'oral',
  }),
  makePaper({
    title: 'An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale',
    abstract: 'While the Transformer architecture has become the de-facto standard for natural language processing, its applications to computer vision remain limited.',
    year: 2021,
    tier: 'oral',
  }),
  makePaper({
    title: 'Reformer: The Efficient Transformer',
    abstract: 'Large Transformer models routinely achieve state-of-the-art results but training them is costly; we use locality-sensitive hashing.',
    year: 2020,
    tier: 'poster',
  }),
  makePaper({
    title: 'Graph Attention Networks',
    abstract: 'We present graph attention networks, novel neural network architectures that operate on graph-structured data.',
    year: 2018,
    tier: 'poster',
  }),
  makePaper({
    title: 'How Powerful are Graph Neural Networks?',
    abstract: 'Graph Neural Networks are an effective framework for representation learning of graphs.',
    year: 2019,
    tier: 'oral',
  }),
  makePaper({
    title: 'Deep Residual Learning Revisited',
    abstract: 'Residual networks ease the training of very deep networks; we revisit them for image classification.',
    year: 2019,
    tier: 'reject',
  }),
  makePaper({
    title: 'Adversarial Examples Are Not Bugs',
    abstract: 'Adversarial examples can be attributed to the presence of non-robust features.',
    year: 2020,
    tier: 'withdrawn',
  }),
  makePaper({
    title: 'Sparse Attention for Long Documents',
    abstract: 'Attention over long documents is quadratic in length; sparse patterns make it linear. Submitted to the workshop track.',
    year: 2022,
    tier: 'workshop',
  }),
  makePaper({
    title: 'Tabular Learning With Gradient Boosting',
    abstract: 'We compare gradient boosting with neural networks on tabular data.',
    year: 2023,
    tier: 'desk-rejected',
  }),
];
