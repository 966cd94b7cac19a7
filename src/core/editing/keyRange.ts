/** A citation key as it stands in a document: `start` and `end` are offsets around the key itself (no `@`). */
export interface KeyRange {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}
