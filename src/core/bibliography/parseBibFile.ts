import { english } from '../translate';
import type { Translate } from '../translate';
import { lineIndex } from './lineIndex';
import type { LineIndex } from './lineIndex';

/** One `name = value` of an entry: the value with braces, quotes and `@string` macros resolved. */
export interface BibField {
  readonly name: string;
  readonly value: string;
  /** Offsets of the field name and of the end of its value, for diagnostics. */
  readonly start: number;
  readonly end: number;
}

export interface BibEntry {
  /** Lowercase, e.g. `inproceedings`. */
  readonly type: string;
  readonly key: string;
  /** Offset of the `@` and just after the closing delimiter: the whole entry, for replacing or deleting it. */
  readonly start: number;
  readonly end: number;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** Lowercase field names; a `crossref` entry's missing fields come from its parent when it is in the same file. */
  readonly fields: ReadonlyMap<string, BibField>;
}

export interface BibProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface ParsedBib {
  /** Every entry with a valid key, in file order, duplicates included. */
  readonly entries: readonly BibEntry[];
  /** Lowercase key -> the first entry with it (BibTeX uses the first and ignores the rest). */
  readonly byKey: ReadonlyMap<string, BibEntry>;
  readonly problems: readonly BibProblem[];
}

/** Fields longer than this are skipped with a warning: no bibliography field is legitimately this large. */
export const MAX_FIELD_LENGTH = 1_000_000;

const MONTHS: ReadonlyMap<string, string> = new Map(
  ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((month) => [
    month.slice(0, 3).toLowerCase(),
    month,
  ]),
);
const IDENTIFIER = /[^\s"#%'(),={}@]+/y;
/** An entry key: up to a comma, white space, a brace, a parenthesis or a quote (a key may be empty). */
const KEY = /[^\s,{}()"]*/y;
const ENTRY_HEADER = /@[ \t]*([A-Za-z][\w-]*)[ \t\r\n]*([{(])/y;
/** A line that starts a new entry: inside an unclosed value, it means the value was never closed. */
const NEW_ENTRY_LINE = /[ \t]*@[A-Za-z]+[ \t]*[{(]/y;
const NEXT_ENTRY_LINE = /\n[ \t]*@/g;

class Unclosed extends Error {
  constructor(readonly resumeAt: number) {
    super('unclosed');
  }
}

/**
 * Parses .bib text the way BibTeX reads it, never trusting it to be well formed: text outside entries is a
 * comment; `@string` macros (and the month names) are expanded, `@preamble` and `@comment` skipped; CRLF and a
 * byte-order mark are fine. A broken entry becomes a problem naming its line, and parsing resumes at the next
 * line that starts an entry, so one unclosed brace cannot hide the rest of the file. Linear in the text.
 */
export function parseBibFile(text: string, t: Translate = english): ParsedBib {
  return new BibParser(text, t).parse();
}

class BibParser {
  private i: number;
  private readonly entries: BibEntry[] = [];
  private readonly problems: BibProblem[] = [];
  private readonly strings = new Map<string, string>();
  private lines: LineIndex | undefined;

  constructor(
    private readonly text: string,
    private readonly t: Translate,
  ) {
    this.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  parse(): ParsedBib {
    const { text, t } = this;
    while (this.i < text.length) {
      const at = text.indexOf('@', this.i);
      if (at === -1) break;
      ENTRY_HEADER.lastIndex = at;
      const header = ENTRY_HEADER.exec(text);
      if (header === null) {
        // An `@` in free text (an e-mail address in a comment) is not an entry.
        this.i = at + 1;
        continue;
      }
      this.i = ENTRY_HEADER.lastIndex;
      const type = header[1]!; // the pattern's groups are not optional
      const close = header[2] === '{' ? '}' : ')';
      try {
        this.readBlock(type, at, close);
      } catch (error) {
        if (!(error instanceof Unclosed)) throw error;
        this.problem('error', t('The @{0} entry on line {1} is not closed.', type, this.line(at)), at, at + header[0].length);
        this.i = error.resumeAt;
      }
    }
    return { entries: this.entries, byKey: this.keyed(), problems: this.problems };
  }

  private readBlock(rawType: string, start: number, close: string): void {
    const type = rawType.toLowerCase();
    if (type === 'comment') {
      this.skipBalanced(close);
    } else if (type === 'preamble') {
      this.skipSpace();
      this.readValue(start);
      this.expectClose(close);
    } else if (type === 'string') {
      this.skipSpace();
      const name = this.identifier();
      this.skipSpace();
      if (name === undefined || this.text[this.i] !== '=') throw new Unclosed(this.resync());
      this.i += 1;
      this.skipSpace();
      const value = this.readValue(start);
      this.strings.set(name.toLowerCase(), value);
      this.expectClose(close);
    } else {
      this.readEntry(rawType, type, start, close);
    }
  }

  private readEntry(rawType: string, type: string, start: number, close: string): void {
    const { text, t } = this;
    this.skipSpace();
    const keyStart = this.i;
    KEY.lastIndex = this.i;
    KEY.test(text);
    this.i = KEY.lastIndex;
    const keyEnd = this.i;
    const key = text.slice(keyStart, keyEnd);
    this.skipSpace();
    const fields = new Map<string, BibField>();
    const validKey = key !== '' && (text[this.i] === ',' || text[this.i] === close);
    if (!validKey) {
      this.problem('error', t('The @{0} entry on line {1} has no valid key.', rawType, this.line(start)), start, Math.max(keyEnd, start + 1));
      this.i = this.resync();
      return;
    }
    for (;;) {
      this.skipSpace();
      const ch = text[this.i];
      if (ch === undefined) throw new Unclosed(text.length);
      if (ch === close) {
        this.i += 1;
        break;
      }
      if (ch === ',') {
        this.i += 1;
        continue;
      }
      const fieldStart = this.i;
      const name = this.identifier();
      this.skipSpace();
      if (name === undefined || text[this.i] !== '=') throw new Unclosed(this.resync());
      this.i += 1;
      this.skipSpace();
      const value = this.readValue(start);
      const lower = name.toLowerCase();
      if (value.length > MAX_FIELD_LENGTH) {
        this.problem('warning', t('The {0} field of {1} on line {2} is over a million characters long and was skipped.', lower, key, this.line(fieldStart)), fieldStart, fieldStart + name.length);
      } else if (!fields.has(lower)) {
        fields.set(lower, { name: lower, value, start: fieldStart, end: this.i });
      }
    }
    this.entries.push({ type, key, start, end: this.i, keyStart, keyEnd, fields });
  }

  /** A value: pieces in braces, quotes, numbers or macro names, joined by `#`. */
  private readValue(entryStart: number): string {
    const { text } = this;
    let value = '';
    for (;;) {
      const ch = text[this.i];
      if (ch === '{') {
        const end = this.closingBrace(this.i + 1, '}');
        value += text.slice(this.i + 1, end);
        this.i = end + 1;
      } else if (ch === '"') {
        const end = this.closingBrace(this.i + 1, '"');
        value += text.slice(this.i + 1, end);
        this.i = end + 1;
      } else {
        const name = this.identifier();
        if (name === undefined) throw new Unclosed(this.resync());
        value += /^\d+$/.test(name) ? name : this.macro(name, entryStart);
      }
      this.skipSpace();
      if (text[this.i] !== '#') return value;
      this.i += 1;
      this.skipSpace();
    }
  }

  private macro(name: string, entryStart: number): string {
    const { t } = this;
    const lower = name.toLowerCase();
    const value = this.strings.get(lower) ?? MONTHS.get(lower);
    if (value !== undefined) return value;
    this.problem('warning', t('@string {0} is used on line {1} but never defined.', name, this.line(entryStart)), this.i - name.length, this.i);
    return name;
  }

  /**
   * Index of the `}` (or `"` at brace depth 0) that ends a value starting at `from`, counting braces as
   * BibTeX does. A line that starts a new entry means the value was never closed.
   */
  private closingBrace(from: number, end: '}' | '"'): number {
    const { text } = this;
    let depth = 0;
    for (let i = from; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 123) depth += 1;
      else if (code === 125) {
        if (depth === 0) {
          if (end === '}') return i;
          throw new Unclosed(this.resyncFrom(i));
        }
        depth -= 1;
      } else if (code === 34 && end === '"' && depth === 0) return i;
      else if (code === 10) {
        NEW_ENTRY_LINE.lastIndex = i + 1;
        if (NEW_ENTRY_LINE.test(text)) throw new Unclosed(i + 1);
      }
    }
    throw new Unclosed(text.length);
  }

  private skipBalanced(close: string): void {
    const end = close === '}' ? this.closingBrace(this.i, '}') : this.text.indexOf(')', this.i);
    this.i = end === -1 ? this.text.length : end + 1;
  }

  private expectClose(close: string): void {
    this.skipSpace();
    if (this.text[this.i] !== close) throw new Unclosed(this.resync());
    this.i += 1;
  }

  private identifier(): string | undefined {
    IDENTIFIER.lastIndex = this.i;
    const match = IDENTIFIER.exec(this.text);
    if (match === null) return undefined;
    this.i = IDENTIFIER.lastIndex;
    return match[0];
  }

  /** BibTeX's white space is ASCII's: space, tab, line breaks and the other control characters. */
  private skipSpace(): void {
    const { text } = this;
    while (this.i < text.length && text.charCodeAt(this.i) <= 32) this.i += 1;
  }

  /** Where parsing goes on after a broken entry: the next line that starts with `@`, else the end. */
  private resync(): number {
    return this.resyncFrom(this.i);
  }

  private resyncFrom(from: number): number {
    NEXT_ENTRY_LINE.lastIndex = from;
    const match = NEXT_ENTRY_LINE.exec(this.text);
    return match === null ? this.text.length : match.index + 1;
  }

  private problem(severity: BibProblem['severity'], message: string, start: number, end: number): void {
    this.problems.push({ severity, message, start, end });
  }

  private line(offset: number): number {
    this.lines ??= lineIndex(this.text);
    return this.lines.position(offset).line + 1;
  }

  /** The first entry of each key, duplicates reported; then `crossref` parents lend their fields. */
  private keyed(): Map<string, BibEntry> {
    const { t } = this;
    const byKey = new Map<string, BibEntry>();
    for (const entry of this.entries) {
      const lower = entry.key.toLowerCase();
      const first = byKey.get(lower);
      if (first === undefined) byKey.set(lower, entry);
      else this.problem('error', t('The key {0} is already used by the entry on line {1}; BibTeX uses the first one.', entry.key, this.line(first.start)), entry.keyStart, entry.keyEnd);
    }
    for (const [index, entry] of this.entries.entries()) {
      const parent = byKey.get(entry.fields.get('crossref')?.value.trim().toLowerCase() ?? '');
      if (parent === undefined || parent === entry) continue;
      const fields = new Map(parent.fields);
      fields.delete('crossref');
      for (const [name, field] of entry.fields) fields.set(name, field);
      const merged = { ...entry, fields };
      this.entries[index] = merged;
      if (byKey.get(entry.key.toLowerCase()) === entry) byKey.set(entry.key.toLowerCase(), merged);
    }
    return byKey;
  }
}
