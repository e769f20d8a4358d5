import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The web bundle's boundary: a module of the web app (src/web) may import other web modules, the
 * packages and the few web-safe server files listed in build/web-boundary.json (the modules'
 * contracts and some pure core helpers), and so may those files. Anything else — a store, a
 * route, drizzle-orm, pg, fastify, a node: builtin — fails the build, naming the import. The same
 * list drives the ESLint rule on src/web (eslint.config.js).
 *
 * The listed files are declarations only, so they are marked free of side effects: the bundle
 * keeps the constants the web uses and drops the zod schemas it does not.
 */

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEB = path.join(REPO, 'src/web') + path.sep;

export const boundary = JSON.parse(readFileSync(path.join(REPO, 'build/web-boundary.json'), 'utf8')) as { files: string[]; packages: string[] };

const fileRules = boundary.files.map((glob) => new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('[^/]+')}$`));

/** The repository path without extension (src/core/http/fields), or null outside the repository. */
function repoPath(file: string): string | null {
  const relative = path.relative(REPO, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join('/').replace(/\.(ts|tsx|js|mjs)$/, '');
}

const isAllowedFile = (file: string): boolean => {
  const p = repoPath(file);
  return p !== null && fileRules.some((rule) => rule.test(p));
};

const inNodeModules = (file: string) => file.split(path.sep).includes('node_modules');
const isOurs = (file: string) => !inNodeModules(file) && (file.startsWith(WEB) || isAllowedFile(file));
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const clean = (id: string) => id.split('?')[0] as string;

/** An initializer that runs code when the module loads: a call, `new`, a tagged template or a spread, outside a function. */
function runsCode(node: ts.Node): boolean {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node)) return false;
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node) || ts.isSpreadElement(node)) return true;
  return ts.forEachChild(node, runsCode) ?? false;
}

/**
 * The file with each top-level `const x = <code>` made `const x = /*#__PURE__*\/ (() => <code>)()`:
 * a declaration the bundle may drop when nothing uses it. Bundlers keep a top-level call (a zod
 * schema being built, say) as a possible side effect otherwise; the allowed files are declarations
 * only, so nothing is lost.
 */
export function pureDeclarations(code: string, file: string): string {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const initializers = source.statements
    .filter(ts.isVariableStatement)
    .flatMap((statement) => statement.declarationList.declarations.map((d) => d.initializer))
    .filter((init): init is ts.Expression => init !== undefined && runsCode(init));
  let out = code;
  for (const init of initializers.reverse()) {
    const start = init.getStart(source);
    out = `${out.slice(0, start)}/*#__PURE__*/ (() => (${out.slice(start, init.end)}))()${out.slice(init.end)}`;
  }
  return out;
}

export function webBoundary(): Plugin {
  return {
    name: 'web-boundary',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith('\0') || source.startsWith('\0')) return null;
      const from = clean(importer);
      // Only what the web's own files (and the allowed files) import is policed; packages import what they need.
      if (!isOurs(from) && !from.endsWith('.html')) return null;
      const where = `${path.relative(REPO, from)} imports "${source}"`;
      const refuse = (why: string): never =>
        this.error(`web boundary: ${where}: ${why}. The web may import only src/web, ${boundary.files.join(', ')} and the packages ${boundary.packages.join(', ')} (build/web-boundary.json).`);
      if (isBuiltin(source)) refuse('a Node.js builtin is server code');
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.startsWith('\0')) return resolved;
      const target = clean(resolved.id);
      if (inNodeModules(target)) {
        const bare = !source.startsWith('.') && !path.isAbsolute(source);
        if (!bare || !boundary.packages.includes(packageOf(source))) refuse(`the package ${bare ? packageOf(source) : target} is not one the web may use`);
        return resolved;
      }
      if (target.startsWith(WEB)) return resolved;
      if (!isAllowedFile(target)) refuse(`${path.relative(REPO, target)} is server code`);
      // A contract or pure helper: declarations only, so what the web does not use is dropped.
      return { ...resolved, moduleSideEffects: false };
    },
    transform(code, id) {
      const file = clean(id);
      if (!inNodeModules(file) && isAllowedFile(file)) return { code: pureDeclarations(code, file), map: null, moduleSideEffects: false };
      return null;
    },
  };
}
