// Reads the totals from mocha's spec reporter lines ("  3 passing (12ms)", "  1 failing", "  2 pending").

/** @param {string[]} lines  @returns {{ passed: number, failed: number }} */
export function countMochaLines(lines) {
  const counts = { passed: 0, failed: 0 };
  for (const line of lines) {
    const match = /^\s*(\d+) (passing|failing)\b/.exec(line);
    if (match) counts[match[2] === 'passing' ? 'passed' : 'failed'] += Number(match[1]);
  }
  return counts;
}
