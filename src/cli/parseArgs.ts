import { CliError } from './cliError';

export interface OptionSpec {
  /** Long name without dashes: `limit` for `--limit`. */
  readonly name: string;
  /** Placeholder shown in help (`N`, `FILE`); absent for a flag that takes no value. */
  readonly value?: string;
  readonly description: string;
  /** May be given several times (`--bib a.bib --bib b.bib`); every value is in `ParsedArgs.lists`. */
  readonly repeatable?: boolean;
}

export interface ParsedArgs {
  /** Option name -> value; flags map to 'true'. */
  readonly options: ReadonlyMap<string, string>;
  /** Every value of each repeatable option, in order. */
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly positionals: readonly string[];
}

/** Every command accepts `--help`; `-h` is its only short form. */
export const HELP_OPTION: OptionSpec = { name: 'help', description: 'show this help' };

/**
 * Parses `--name value`, `--name=value`, flags and positionals; `--` ends the options, so a query that starts
 * with `-` (an excluded word) can follow it. Anything unknown or incomplete is a CliError naming the argument.
 */
export function parseArgs(args: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const options = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === undefined) break;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      options.set('help', 'true');
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, equals === -1 ? undefined : equals) : '';
    const spec = specs.find((candidate) => candidate.name === name);
    if (spec === undefined) {
      throw new CliError(`${command}: unknown option '${arg}'; to search for a word starting with '-', put the query after '--'`);
    }
    const next = args[i + 1];
    if (options.has(name) && spec.repeatable !== true) throw new CliError(`${command}: --${name} is given more than once`);
    if (spec.value === undefined) {
      if (equals !== -1) throw new CliError(`${command}: --${name} takes no value`);
      options.set(name, 'true');
    } else if (equals !== -1) {
      options.set(name, arg.slice(equals + 1));
    } else if (next !== undefined && !next.startsWith('--')) {
      options.set(name, next);
      i++;
    } else {
      throw new CliError(`${command}: --${name} needs a value (${spec.value})`);
    }
    if (spec.repeatable === true) lists.set(name, [...(lists.get(name) ?? []), options.get(name) ?? '']);
  }
  return { options, lists, positionals };
}

/** `--limit`'s value as a positive integer, or a CliError saying what was given. */
export function positiveInteger(text: string, option: string, command: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new CliError(`${command}: --${option} must be a positive integer, not '${text}'`);
  }
  return Number(text);
}

/** The value of one of a fixed set of choices (`--format bibtex`). */
export function choice<T extends string>(text: string, choices: readonly T[], option: string, command: string): T {
  const found = choices.find((candidate) => candidate === text);
  if (found === undefined) throw new CliError(`${command}: --${option} must be one of ${choices.join(', ')}, not '${text}'`);
  return found;
}
