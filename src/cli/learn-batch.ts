import type { LinePool } from '../pool/pool.js';
import { hostOf, recordInput, type SiteRecord } from '../site/full.js';
import { createLearner, type BlockLearner } from '../site/learner.js';
import { segmentAnyKind } from '../site/segment-html.js';
import type { Dom, SiteProfile } from '../types.js';

/**
 * `--learn-site`: one profile per URL host, learned from the batch's records. The pages are
 * segmented on the batch's worker pool (an HTML page is parsed there, as it is for cleaning) and
 * counted on the main thread in record order, so the profiles are the ones `learnByHost` makes
 * in process. A record that cannot be segmented is left out of its site's profile; it is still
 * cleaned, and a failure there is its `{error}` line: learning never ends the batch.
 */

/** Pages being segmented at once: enough to keep every worker busy, few enough to bound memory. */
const SEGMENTS_PER_WORKER = 4;

/** Profiles by URL host, learned from `records` (records without a url or a page are skipped). */
export async function learnOnPool(records: readonly SiteRecord[], pool: LinePool, dom: Dom): Promise<Map<string, SiteProfile>> {
  const learners = new Map<string, BlockLearner>();
  const inFlight: { host: string; blocks: Promise<readonly string[] | undefined> }[] = [];
  const count = async () => {
    const next = inFlight.shift();
    const blocks = await next?.blocks;
    if (next === undefined || blocks === undefined) return;
    let learner = learners.get(next.host);
    if (learner === undefined) {
      learner = createLearner(segmentAnyKind, { dom });
      learners.set(next.host, learner);
    }
    learner.addBlocks(blocks);
  };
  for (const record of records) {
    const host = hostOf(record.url);
    const page = recordInput(record);
    if (host === undefined || page === undefined) continue;
    const blocks = pool.segment(page.input, page.from, dom).catch(() => undefined);
    inFlight.push({ host, blocks });
    if (inFlight.length >= pool.size * SEGMENTS_PER_WORKER) await count();
  }
  while (inFlight.length > 0) await count();
  return new Map([...learners].map(([host, learner]) => [host, learner.profile()]));
}
