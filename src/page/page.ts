import type { Settings } from '../options.js';
import type { CleanResult, InputKind } from '../types.js';
import type { Block, Verdict } from './block.js';

/**
 * What a front end hands the scorer: the page as blocks with their evidence, nothing judged yet
 * except what the input itself decides (a markdown link with no text). Text, markdown and HTML
 * each have one front end that builds a Page (`text/page.ts`, `markdown/page.ts`,
 * `html/page.ts`); the scorer (`src/score/`) judges its blocks, whatever the input kind, and
 * `pipeline/assemble.ts` turns the verdicts into the result once.
 */
export interface Page {
  /** The caller's input, untouched: every block's `start`/`end` slice it. */
  readonly input: string;
  readonly from: InputKind;
  /** Every unit of the page, in source order. */
  readonly blocks: readonly Block[];
  /**
   * Verdicts decided before scoring, by block index (a markdown link or image with no text):
   * such blocks are not scored and do not stand between their neighbours.
   */
  readonly decided?: ReadonlyMap<number, Verdict>;
  /** The article a structural extractor (Readability) found; blocks say whether they are in it. */
  readonly container?: ContainerEvidence;
  /** What the page's structured data says about what kind of page it is (HTML). */
  readonly structured?: StructuredEvidence;
  /** How a dropped record spells its text: the block's text, or its source in the input (markdown). */
  readonly droppedText: 'block' | 'source';
  /** The result's format fields (`to: 'markdown' | 'html'`) for the kept blocks. */
  readonly render: Render;
  /** Metadata fields the input itself carries (HTML head, JSON-LD), given what the scorer kept. */
  readonly metadata?: (outcome: Outcome) => Partial<CleanResult>;
}

/** What a page's structured data declares (HTML: JSON-LD, `og:type`, publication meta tags). */
export interface StructuredEvidence {
  /** Objects of each schema.org `@type` in the page's JSON-LD, at any depth. */
  readonly schemaTypes: ReadonlyMap<string, number>;
  /** The `og:type` meta tag, lowercased. */
  readonly ogType: string | undefined;
  /** The page declares when it was published (a publication meta tag or JSON-LD `datePublished`). */
  readonly published: boolean;
}

/** schema.org types that declare a discussion: a forum thread, a Q&A page, a social post and its replies. */
const DISCUSSION_TYPES: readonly string[] = ['DiscussionForumPosting', 'QAPage', 'SocialMediaPosting'];

/** Whether the page's JSON-LD declares a discussion (its posts, "comments" to the markup, are the content). */
export function declaresDiscussion(schemaTypes: ReadonlyMap<string, number>): boolean {
  return DISCUSSION_TYPES.some((t) => (schemaTypes.get(t) ?? 0) > 0);
}

/**
 * The scorer trusts a container whose blocks hold at least this many characters
 * (`score/candidate.ts`; tuned on AEB html). The HTML front end does not ask Readability on a page
 * whose blocks hold fewer in all: no container it found could be trusted.
 */
export const MIN_TRUSTED_CHARS = 250;

/** What a structural extractor's article holds. */
export interface ContainerEvidence {
  /** Characters of the blocks inside it. */
  readonly chars: number;
}

/** What the scorer decided, as the front end's hooks see it. */
export interface Outcome {
  /** Indexes of the kept blocks, in order. */
  readonly kept: readonly number[];
  /** The title the scorer found (the page's title line or headline). */
  readonly title: string | undefined;
  /** The language used for stopwords (detected or given). */
  readonly lang: string | undefined;
}

/**
 * Renders the kept blocks in another format (markdown, HTML); each input kind brings its own.
 * Returns only the fields it fills (none for `to: 'text'`).
 */
export type Render = (kept: readonly number[], settings: Settings) => Pick<CleanResult, 'markdown' | 'html'>;
