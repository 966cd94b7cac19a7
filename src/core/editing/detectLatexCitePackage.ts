import { stripLatexComments } from './stripLatexComments';

export type LatexCitePackage = 'natbib' | 'biblatex' | 'plain';

/**
 * Conference styles that load natbib themselves, so a paper written with them cites with `\citep`/`\citet`
 * without ever naming natbib (NeurIPS unless given `nonatbib`).
 */
const NATBIB_STYLES = /^(?:iclr\d{4}_conference|icml\d{4}|neurips_\d{4}|nips_?\d{4}|tmlr|jmlr2e|colm\d{4}_conference|acl|acl_natbib)$/;

/** Which citation commands the document's packages provide; `plain` means LaTeX's own `\cite`. */
export function detectLatexCitePackage(text: string): LatexCitePackage {
  const source = stripLatexComments(text);
  const usepackage = /\\(?:usepackage|RequirePackage)\s*(?:\[([^\]]*)\])?\s*\{([^}]*)\}/g;
  let natbib = false;
  let match: RegExpExecArray | null;
  while ((match = usepackage.exec(source)) !== null) {
    const options = (match[1] ?? '').split(',').map((option) => option.trim());
    const packages = match[2]!; // the package list group is not optional
    for (const name of packages.split(',').map((part) => part.trim())) {
      if (name === 'biblatex' || name.startsWith('biblatex-')) return 'biblatex';
      if (name === 'natbib') natbib = true;
      if (NATBIB_STYLES.test(name) && !options.includes('nonatbib')) natbib = true;
    }
  }
  return natbib ? 'natbib' : 'plain';
}
