import type { OptionSpec } from './parseArgs';

/** `Usage:` lines, a sentence on what the command does, and its options in an aligned list. */
export function commandHelp(usage: readonly string[], summary: string, options: readonly OptionSpec[], notes: readonly string[] = []): string {
  const flagOf = (option: (typeof options)[number]): string => `${option.name === 'help' ? '-h, ' : ''}--${option.name}${option.value === undefined ? '' : ` ${option.value}`}`;
  const width = Math.max(...options.map((option) => flagOf(option).length));
  const lines = [
    ...usage.map((line, index) => `${index === 0 ? 'Usage: ' : '       '}${line}`),
    '',
    summary,
    '',
    'Options:',
    ...options.map((option) => `  ${flagOf(option).padEnd(width)}  ${option.description}`),
  ];
  if (notes.length > 0) lines.push('', ...notes);
  return `${lines.join('\n')}\n`;
}
