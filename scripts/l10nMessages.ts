// `npm run l10n`: writes l10n/bundle.l10n.json from the messages the code passes to its translators, so a
// new message cannot be forgotten (test/unit/manifest.test.ts checks the bundle against the same list).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const root = path.join(__dirname, '..');

/** Every .ts file under `dir`. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/**
 * The first argument of every call to `translator` (or `this.translator`, a translator kept by a class) in
 * `files`; throws on a message that is not a literal, which no bundle could list.
 */
export function messagesPassedTo(translator: string, files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const messages: string[] = [];
    const visit = (node: ts.Node): void => {
      const callee = ts.isCallExpression(node) ? node.expression.getText(source) : undefined;
      if (ts.isCallExpression(node) && (callee === translator || callee === `this.${translator}`)) {
        const [message] = node.arguments;
        if (message === undefined || !ts.isStringLiteralLike(message)) throw new Error(`${path.relative(root, file)}: ${translator} needs a literal message: ${node.getText(source)}`);
        messages.push(message.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return messages;
  });
}

/** The messages the host passes to vscode.l10n.t and the core to its translator (always named `t`), sorted, each once. */
export function uiMessages(): string[] {
  const host = messagesPassedTo('vscode.l10n.t', [...sourceFiles(path.join(root, 'src', 'host')), path.join(root, 'src', 'extension.ts')]);
  const core = messagesPassedTo('t', sourceFiles(path.join(root, 'src', 'core')));
  return [...new Set([...host, ...core])].sort();
}

if (require.main === module) {
  const bundle = Object.fromEntries(uiMessages().map((message) => [message, message]));
  fs.writeFileSync(path.join(root, 'l10n', 'bundle.l10n.json'), `${JSON.stringify(bundle, null, 2)}\n`);
  console.log(`l10n/bundle.l10n.json: ${Object.keys(bundle).length} messages`);
}
