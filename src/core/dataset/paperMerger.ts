import type { Translate } from '../translate';
import type { DatasetProblem, Paper } from './paper';
import { contentId } from './paperId';

/** Where a row was read. */
export interface RowSource {
  readonly file: string;
  readonly line: number;
}

interface Slot {
  paper: Paper;
  source: RowSource;
}

/**
 * Collects papers read from one or more files, keeping each paper once. Two rows are the same paper when
 * they have the same id, or when one has an OpenReview id and the other has none but the same venue, year,
 * title, abstract and decision (a four-column file and a richer one of the same papers). Of two rows the
 * one with more fields is kept, whatever the file order; when the other held a value the kept one lacks or
 * contradicts, that is reported on its line, so nothing is dropped silently.
 */
export class PaperMerger {
  private readonly slots: Slot[] = [];
  private readonly byId = new Map<string, Slot>();
  private readonly byContent = new Map<string, Slot[]>();
  private readonly problemList: DatasetProblem[] = [];
  private duplicateCount = 0;

  constructor(private readonly t: Translate) {}

  add(paper: Paper, source: RowSource): void {
    const content = contentId(paper);
    const slot = this.byId.get(paper.id) ?? this.byContent.get(content)?.find((other) => (other.paper.openreviewId === undefined) !== (paper.openreviewId === undefined));
    if (slot === undefined) {
      const added = { paper, source };
      this.slots.push(added);
      this.byId.set(paper.id, added);
      this.byContent.set(content, [...(this.byContent.get(content) ?? []), added]);
      return;
    }
    this.duplicateCount++;
    const keepNew = richness(paper) > richness(slot.paper);
    const [kept, keptSource, dropped, droppedSource] = keepNew ? [paper, source, slot.paper, slot.source] : [slot.paper, slot.source, paper, source];
    const lost = lostFields(dropped, kept);
    if (lost.length > 0) {
      const where = droppedSource.file === keptSource.file ? this.t('line {0}', keptSource.line) : `${keptSource.file}:${keptSource.line}`;
      this.problemList.push({ ...droppedSource, message: this.t("same paper as {0}, which was kept; this row's {1} left out", where, lost.join(', ')) });
    }
    if (keepNew) {
      this.byId.delete(slot.paper.id);
      slot.paper = paper;
      slot.source = source;
      this.byId.set(paper.id, slot);
      const sameContent = this.byContent.get(content) ?? [];
      if (!sameContent.includes(slot)) this.byContent.set(content, [...sameContent, slot]);
    }
  }

  get papers(): Paper[] {
    return this.slots.map((slot) => slot.paper);
  }

  /** Where each of `papers` was read, in the same order. */
  get sources(): RowSource[] {
    return this.slots.map((slot) => slot.source);
  }

  /** Rows that were the same paper as one kept. */
  get duplicates(): number {
    return this.duplicateCount;
  }

  get problems(): readonly DatasetProblem[] {
    return this.problemList;
  }
}

/** How many fields a row fills: the fuller of two rows of one paper is kept. */
function richness(paper: Paper): number {
  return (
    Number(paper.conference !== '') +
    Number(paper.abstract !== '') +
    Number(paper.decision !== '') +
    Number(paper.authors.length > 0) +
    Number(paper.keywords.length > 0) +
    Number(paper.openreviewId !== undefined) +
    Number(paper.abstractQuality !== undefined) +
    Object.keys(paper.extra).length
  );
}

/** The fields `dropped` has a value in that `kept` lacks or gives differently, by column name. */
function lostFields(dropped: Paper, kept: Paper): string[] {
  const differs = (a: string | readonly string[] | undefined, b: string | readonly string[] | undefined): boolean => {
    const empty = a === undefined || a.length === 0;
    return !empty && JSON.stringify(a) !== JSON.stringify(b);
  };
  const fields: [string, string | readonly string[] | undefined, string | readonly string[] | undefined][] = [
    ['conference', dropped.conference, kept.conference],
    ['title', dropped.title, kept.title],
    ['abstract', dropped.abstract, kept.abstract],
    ['decision', dropped.decision, kept.decision],
    ['authors', dropped.authors, kept.authors],
    ['keywords', dropped.keywords, kept.keywords],
    ['openreview_id', dropped.openreviewId, kept.openreviewId],
    ['abstract_quality', dropped.abstractQuality, kept.abstractQuality],
    ...Object.entries(dropped.extra).map(([name, value]): [string, string, string | undefined] => [name, value, Object.hasOwn(kept.extra, name) ? kept.extra[name] : undefined]),
  ];
  return fields.filter(([, a, b]) => differs(a, b)).map(([name]) => name);
}
