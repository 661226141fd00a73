import type { InputKind, SiteProfile } from '../types.js';
import type { LearnSiteOptions, SiteLearner } from './learner.js';

/**
 * Per-host learning for crawls that mix sites (the CLI's `--jsonl FILE --learn-site`): group
 * records by URL host, learn one profile per host, then clean each record with its host's profile.
 */

/** One crawled record: its URL and the page as text, markdown or HTML. */
export interface SiteRecord {
  readonly url?: string | undefined;
  readonly text?: string | undefined;
  readonly markdown?: string | undefined;
  readonly html?: string | undefined;
}

/** The page of a record and the `from` to clean it with. */
export interface RecordInput {
  readonly input: string;
  readonly from: InputKind;
}

/**
 * The page a record holds: its `text`, else its `markdown`, else its `html` (the first that is a
 * string), with the matching `from`. Learning and cleaning must read the same field.
 */
export function recordInput(record: SiteRecord): RecordInput | undefined {
  if (typeof record.text === 'string') return { input: record.text, from: 'text' };
  if (typeof record.markdown === 'string') return { input: record.markdown, from: 'markdown' };
  if (typeof record.html === 'string') return { input: record.html, from: 'html' };
  return undefined;
}

/**
 * The site a URL belongs to: its host name, lowercased, without a leading `www.`
 * (`https://www.Example.com/a` → `example.com`). Undefined for a missing or unparsable URL.
 */
export function hostOf(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || url === '') return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === '' ? undefined : host.replace(/^www\./u, '');
  } catch {
    return undefined;
  }
}

/**
 * Learn one profile per host. Records without a parsable `url` or without a page are skipped
 * (clean them without `site`). Profiles of hosts with a single page are returned too; they change
 * nothing when used. Memory: one bounded learner per host (see `LearnSiteOptions.maxFingerprints`).
 *
 * @param create - makes a learner (`createSiteLearner` of the entry in use).
 * @param onError - when given, a record the learner throws on is skipped and reported here (its
 *   index among `records`) instead of ending the whole learning: a batch goes on without it.
 * @returns host (as `hostOf` gives it) → profile, in the order hosts first appear.
 */
export function learnHosts(
  records: Iterable<SiteRecord>,
  create: (options?: LearnSiteOptions) => SiteLearner,
  options?: Omit<LearnSiteOptions, 'from'>,
  onError?: (error: unknown, index: number) => void,
): Map<string, SiteProfile> {
  const learners = new Map<string, SiteLearner>();
  let index = -1;
  for (const record of records) {
    index += 1;
    const host = hostOf(record?.url);
    const page = record ? recordInput(record) : undefined;
    if (host === undefined || page === undefined) continue;
    let learner = learners.get(host);
    if (learner === undefined) {
      learner = create(options);
      learners.set(host, learner);
    }
    if (onError === undefined) {
      learner.add(page.input, page.from);
      continue;
    }
    try {
      learner.add(page.input, page.from);
    } catch (error) {
      onError(error, index);
    }
  }
  return new Map([...learners].map(([host, learner]) => [host, learner.profile()]));
}
