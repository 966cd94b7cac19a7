// What the UI should show for the bundled corpus, worked out from data/iclr-2018-2023.jsonl.gz independently
// of the extension's code, so a grouping or counting bug in the extension cannot hide in the expectation.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { repoRoot } from '../hostPaths.mjs';

/** @returns {{ conference: string, title: string, abstract: string, decision: string, authors?: string[], openreview_id?: string }[]} */
export function readJsonl(file) {
  const bytes = fs.readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
}

let corpus;
/** Every bundled paper, read once per run. */
export function bundledPapers() {
  corpus ??= readJsonl(path.join(repoRoot, 'data', 'iclr-2018-2023.jsonl.gz'));
  return corpus;
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
