import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticImports } from '../imports.js';

describe('the DOM packages load lazily', () => {
  it('the main entry imports none of them statically (src/html/load.ts requires them when HTML arrives)', () => {
    const deps = staticImports(join(__dirname, '../../src/index.ts'));
    expect([...deps].filter((d) => /jsdom|linkedom|htmlparser2|readability|turndown|dompurify/u.test(d))).toEqual([]);
  });
});
