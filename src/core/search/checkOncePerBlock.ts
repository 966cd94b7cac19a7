/** Items checked together: a lookup reaches a few blocks, not the million items an index may hold. */
const BLOCK_SHIFT = 10;

/**
 * For a check of `count` items that is too slow to run at every load: returns a function that, the first time
 * item i is reached, runs `check(from, to)` over the block of 1,024 items holding it ([from, to), to ≤ count).
 * What `check` throws reaches the caller, and the block is checked again next time.
 */
export function checkOncePerBlock(count: number, check: (from: number, to: number) => void): (i: number) => void {
  const checked = new Uint8Array((count >>> BLOCK_SHIFT) + 1);
  return (i) => {
    const block = i >>> BLOCK_SHIFT;
    if (checked[block] === 1) return;
    check(block << BLOCK_SHIFT, Math.min(count, (block + 1) << BLOCK_SHIFT));
    checked[block] = 1;
  };
}
