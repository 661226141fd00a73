import type { Page } from '../page/page.js';
import type { Settings } from '../options.js';
import { scorePage } from '../score/index.js';
import type { CleanResult } from '../types.js';
import { assemble } from './assemble.js';

/**
 * The one pipeline every input kind runs: a front end has built the page's blocks (`Page`), the
 * scorer judges them (`src/score/`), assembly writes the result once.
 */
export function runPipeline(page: Page, settings: Settings): CleanResult {
  return assemble(page, scorePage(page, settings), settings);
}
