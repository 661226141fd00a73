import type { CleanResult, To } from '../types.js';
import type { WalkResult } from './walk.js';

/** Rendering of kept blocks as markdown or sanitized HTML (to come). */
export interface RenderContext {
  readonly walk: WalkResult;
  readonly html: string;
  readonly url: string | undefined;
  readonly base: string | undefined;
  readonly to: To;
}

export function renderHtmlBlocks(_ctx: RenderContext, _kept: readonly number[]): Pick<CleanResult, 'markdown' | 'html'> {
  return {};
}
