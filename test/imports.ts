import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Bare module specifiers statically imported from a source file and everything it imports. */
export function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gmu)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/u, '.ts')));
      else if (!/^import\s+type\b|^export\s+type\b/u.test(m[0].trim())) bare.add(spec);
    }
  };
  visit(entry);
  return bare;
}
