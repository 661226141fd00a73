import { INSIDE_CHARS, LONG_BLOCK_CHARS, LONG_BLOCK_WORDS, phraseHits } from '../rules/match.js';
import { detectLang } from '../text/lang.js';
import { measureBlocks } from '../text/features.js';
import { labelWords } from '../text/normalize.js';
import { FALLBACK_LANG, stopwordsFor } from '../text/stopwords.js';
import type { Doc } from './doc.js';

/** Step: detect the language (unless given), measure every block once, look it up in the lexicons once. */
export function measureStep(doc: Doc): Doc {
  const lang = doc.settings.lang ?? detectLang(doc.blocks.map((b) => b.text));
  const features = measureBlocks(doc.blocks, stopwordsFor(lang ?? FALLBACK_LANG));
  const words = doc.blocks.map((b, i) => {
    // Long paragraphs are only searched over their opening words (see phraseHits).
    const reach = (features[i]?.words ?? 0) > LONG_BLOCK_WORDS ? LONG_BLOCK_CHARS : INSIDE_CHARS;
    return labelWords(b.text.length > reach ? b.text.slice(0, reach) : b.text);
  });
  return { ...doc, lang, features, words, hits: words.map((w, i) => phraseHits(w, features[i]?.words)) };
}
