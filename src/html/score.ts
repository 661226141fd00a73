import type { Settings } from '../options.js';
import type { Block } from '../pipeline/block.js';
import { runPipeline } from '../pipeline/index.js';
import { isOutsideLinkList } from '../rules/container.js';
import type { Dropped } from '../types.js';
import type { Candidate } from './candidate.js';
import { containerPass } from './container-pass.js';
import { blockChrome, toBlocks } from './hints.js';
import type { OffsetMap } from './offsets.js';
import type { WalkResult } from './walk.js';

/**
 * Scoring one candidate. Without a container the pipeline scores every block. With Readability's
 * article it scores a window — the `<title>`, the article, and a margin around it for the
 * headline, byline and the chrome at its edges — and every block beyond the window is dropped
 * for what the DOM says it is (its chrome element, else `structure/outside`), as the rules would
 * drop it anyway: on AEB the window is a fifth of the blocks, and the pipeline's cost with it.
 */

/** Blocks above the article the pipeline still scores: the headline, dateline and lead sit here. */
const WINDOW_BEFORE = 20;
/** Blocks below the article the pipeline still scores. */
const WINDOW_AFTER = 10;

export interface ScoreInput {
  readonly walk: WalkResult;
  readonly input: string;
  readonly map: OffsetMap;
  readonly settings: Settings;
}

/** The drop record of a block beyond the window: its chrome element's reason, else outside. */
function beyond(b: Block): Dropped {
  const chrome = b.hints?.chrome;
  const links = isOutsideLinkList(b.hints?.linkChars ?? 0, b.text.length);
  return {
    text: b.text,
    reason: chrome?.reason ?? (links ? 'navigation' : 'low-content'),
    rule: chrome?.rule ?? (links ? 'structure/outside-links' : 'structure/outside'),
    start: b.start,
    end: b.end,
    line: b.line,
  };
}

export function scoreCandidate(src: ScoreInput, inside: readonly boolean[] | undefined): Candidate {
  const blocks = toBlocks(src.walk, { input: src.input, map: src.map, inside, chrome: blockChrome(src.walk, inside) });
  const first = inside ? inside.indexOf(true) : -1;
  if (!inside || first < 0) {
    const result = runPipeline(src.input, blocks, 'html', src.settings);
    return { inside, blocks, result, ...containerPass(blocks, result, inside) };
  }
  const from = Math.max(0, first - WINDOW_BEFORE);
  const to = Math.min(blocks.length, inside.lastIndexOf(true) + 1 + WINDOW_AFTER);
  const scored: number[] = from > 0 && blocks[0]?.hints?.tag === 'title' ? [0] : [];
  for (let i = from; i < to; i += 1) scored.push(i);
  const window = scored.map((g, k): Block => ({ ...(blocks[g] as Block), index: k }));
  const result = runPipeline(src.input, window, 'html', src.settings);
  const pass = containerPass(window, result, scored.map((g) => inside[g] === true));
  const isScored = new Set(scored);
  const dropped: Dropped[] = [];
  let next = 0;
  blocks.forEach((b, g) => {
    if (!isScored.has(g)) dropped.push(beyond(b));
    else if (pass.dropped[next]?.start === b.start && pass.dropped[next]?.text === b.text) dropped.push(pass.dropped[next++] as Dropped);
  });
  return { inside, blocks, result, kept: pass.kept.map((k) => scored[k] as number), dropped };
}
