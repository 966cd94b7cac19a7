// Fails when modules under src/ import each other in a circle, and prints each circle. Type-only imports count
// too: they do not change load order, but a circle of them still means two modules cannot be understood apart.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const srcDir = path.join(repoRoot, process.argv[2] ?? 'src');

/** @param {string} dir @returns {string[]} every .ts file below dir */
function tsFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** @param {string} from @param {string} specifier @returns {string | undefined} the .ts file a relative import names */
function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts'), base].find((file) => file.endsWith('.ts') && fs.existsSync(file));
}

const files = tsFiles(srcDir);
/** @type {Map<string, string[]>} */
const imports = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((imported) => resolve(file, imported.fileName)).filter((target) => target !== undefined);
    return [file, [...new Set(targets)]];
  }),
);

// Depth-first search; an import of a module still on the stack closes a circle.
/** @type {string[][]} */
const cycles = [];
/** @type {Map<string, 'open' | 'done'>} */
const state = new Map();
/** @type {string[]} */
const stack = [];
/** @param {string} file */
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const target of imports.get(file) ?? []) {
    if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target]);
    else if (!state.has(target)) visit(target);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of files) if (!state.has(file)) visit(file);

const relative = (/** @type {string} */ file) => path.relative(repoRoot, file);
for (const cycle of cycles) console.error(`Import cycle: ${cycle.map(relative).join(' -> ')}`);
console.log(cycles.length === 0 ? `No import cycles among ${files.length} modules under ${relative(srcDir)}/.` : `${cycles.length} import cycle(s) under ${relative(srcDir)}/.`);
process.exitCode = cycles.length === 0 ? 0 : 1;
