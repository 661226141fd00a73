import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every regular expression in src/, found with the TypeScript compiler (not a regex over the
 * source): regex literals, and `new RegExp(…)` calls whose pattern is a string or a template
 * built from string constants of the same file. A `new RegExp` the extractor cannot resolve is
 * reported as unresolved, so the ReDoS test can refuse it.
 */

export interface FoundRegex {
  /** `src/…/file.ts:line`. */
  readonly at: string;
  readonly source: string;
  readonly flags: string;
}

export interface Extraction {
  readonly regexes: FoundRegex[];
  /** `new RegExp` calls whose pattern is not a resolvable constant. */
  readonly unresolved: string[];
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The string value of an expression built from literals and same-file string constants. */
function constantString(node: ts.Expression, constants: ReadonlyMap<string, ts.Expression>, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    let s = node.head.text;
    for (const span of node.templateSpans) {
      const v = constantString(span.expression, constants, depth + 1);
      if (v === undefined) return undefined;
      s += v + span.literal.text;
    }
    return s;
  }
  if (ts.isIdentifier(node)) {
    const init = constants.get(node.text);
    return init ? constantString(init, constants, depth + 1) : undefined;
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source' && ts.isIdentifier(node.expression)) {
    const init = constants.get(node.expression.text);
    return init && ts.isRegularExpressionLiteral(init) ? init.text.slice(1, init.text.lastIndexOf('/')) : undefined;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = constantString(node.left, constants, depth + 1);
    const b = constantString(node.right, constants, depth + 1);
    return a === undefined || b === undefined ? undefined : a + b;
  }
  return undefined;
}

/** Find every regex under `root` (the repository's src/). */
export function extractRegexes(root: string): Extraction {
  const regexes: FoundRegex[] = [];
  const unresolved: string[] = [];
  for (const file of tsFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const constants = new Map<string, ts.Expression>();
    const where = (node: ts.Node) => `${relative(join(root, '..'), file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const collect = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.set(node.name.text, node.initializer);
      ts.forEachChild(node, collect);
    };
    collect(sf);
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        regexes.push({ at: where(node), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const source = pattern ? constantString(pattern, constants) : undefined;
        const flagText = flags ? constantString(flags, constants) : '';
        if (source === undefined || flagText === undefined) unresolved.push(where(node));
        else regexes.push({ at: where(node), source, flags: flagText });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { regexes, unresolved };
}
