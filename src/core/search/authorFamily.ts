import { lastName } from '../citations/lastName';
import { foldText } from './foldText';

/** Folded letters and digits only: `Li*` (an equal-contribution mark) is `li`, `Prügel-Bennett` `prugelbennett`. */
export function lettersOf(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** An author's family name as a query word naming them is compared with it: `Ashish Vaswani` is `vaswani`. */
export function authorFamily(name: string): string {
  return lettersOf(lastName(name));
}
