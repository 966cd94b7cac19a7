/** A 0-based line and character, as editors count them. */
export interface LineColumn {
  readonly line: number;
  readonly character: number;
}

/** Converts offsets of one text to lines and characters; the line table is built once, each lookup is a binary search. */
export interface LineIndex {
  position(offset: number): LineColumn;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    position(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (starts[middle]! <= offset) low = middle; // 0 <= low < middle <= high < starts.length
        else high = middle - 1;
      }
      return { line: low, character: offset - starts[low]! };
    },
  };
}
