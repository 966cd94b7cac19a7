// What the UI should show for the bundled sample, worked out from data/iclr-sample.jsonl independently of
// the extension's code, so a grouping or counting bug in the extension cannot hide in the expectation.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../hostPaths.mjs';

/** @returns {{ conference: string, title: string, abstract: string, decision: string }[]} */
export function readJsonl(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
}

export function samplePapers() {
  return readJsonl(path.join(repoRoot, 'data', 'iclr-sample.jsonl'));
}

/** `ICLR.cc/2023/Conference` -> `ICLR 2023`. */
export function venueOf(paper) {
  const year = /\/(\d{4})\//.exec(paper.conference)?.[1];
  return `ICLR ${year}`;
}

/** Venue group labels as the tree shows them, newest first: `ICLR 2023 · 36`. */
export function expectedVenueLabels(papers) {
  const counts = new Map();
  for (const paper of papers) counts.set(venueOf(paper), (counts.get(venueOf(paper)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => b.localeCompare(a)).map(([venue, count]) => `${venue} · ${count}`);
}
