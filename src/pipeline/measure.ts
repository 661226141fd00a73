import { detectLang } from '../text/lang.js';
import { measureBlocks } from '../text/features.js';
import { foldLabel } from '../text/normalize.js';
import { FALLBACK_LANG, stopwordsFor } from '../text/stopwords.js';
import type { Doc } from './doc.js';

/** Longest block that is still folded to a label: longer blocks are never labels. */
const MAX_LABEL_CHARS = 160;

/** Step: detect the language (unless given), then measure every block once. */
export function measureStep(doc: Doc): Doc {
  const lang = doc.settings.lang ?? detectLang(doc.blocks.map((b) => b.text));
  const stopwords = stopwordsFor(lang ?? FALLBACK_LANG);
  return {
    ...doc,
    lang,
    features: measureBlocks(doc.blocks, stopwords),
    labels: doc.blocks.map((b) => (b.text.length <= MAX_LABEL_CHARS ? foldLabel(b.text) : '')),
  };
}
