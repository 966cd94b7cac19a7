/** The root file named by a `% !TEX root = main.tex` magic comment (any case, any spacing), as written. */
export function findTexRoot(text: string): string | undefined {
  const match = /^[ \t]*%[ \t]*!\s*tex[ \t]+root[ \t]*=[ \t]*(\S.*?)[ \t]*$/im.exec(text);
  return match?.[1];
}
