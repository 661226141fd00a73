import { franc } from 'franc-min';

/**
 * Language detection: franc (trigram model, 82 languages) on a bounded sample of the page's
 * longest lines — prose identifies a language, menus do not. Returns a BCP 47 primary subtag
 * or `undefined` when franc is not confident.
 */

/** Characters of prose handed to franc: enough for a stable guess, cheap on any page (tuned by hand). */
const SAMPLE_CHARS = 4096;
/** Lines shorter than this are left out of the sample: labels and menus mislead the model. */
const SAMPLE_MIN_LINE = 40;
/** Below this many sampled characters franc is not asked (its own default minimum is 10). */
const MIN_SAMPLE = 60;

/** ISO 639-3 (franc) → BCP 47 primary subtags, for the languages franc-min knows. */
const ISO3_TO_BCP47: Readonly<Record<string, string>> = {
  cmn: 'zh', spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi',
  ita: 'it', tur: 'tr', pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', bos: 'bs', hrv: 'hr',
  nld: 'nl', srp: 'sr', ckb: 'ckb', yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', ceb: 'ceb', tgl: 'tl',
  hun: 'hu', azj: 'az', ces: 'cs', run: 'rn', plt: 'mg', kin: 'rw', zul: 'zu', swe: 'sv', lin: 'ln',
  som: 'so', ilo: 'ilo', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar', urd: 'ur',
  pes: 'fa', hin: 'hi', mar: 'mr', npi: 'ne', ben: 'bn', jpn: 'ja', kor: 'ko', tel: 'te', tam: 'ta',
  guj: 'gu', kan: 'kn', mal: 'ml', mya: 'my', pan: 'pa', amh: 'am', tha: 'th', sin: 'si', ell: 'el',
  nya: 'ny', mad: 'mad', koi: 'koi', skr: 'skr', pbu: 'ps', mai: 'mai', bho: 'bho', mag: 'mag',
};

/** Build the sample: the longest lines first, up to SAMPLE_CHARS. */
function sample(lines: readonly string[]): string {
  const long = lines.filter((l) => l.length >= SAMPLE_MIN_LINE);
  long.sort((a, b) => b.length - a.length);
  let out = '';
  for (const l of long) {
    if (out.length >= SAMPLE_CHARS) break;
    out += (out ? '\n' : '') + l.slice(0, SAMPLE_CHARS - out.length);
  }
  return out;
}

/** Detect the language of a page from its lines. */
export function detectLang(lines: readonly string[]): string | undefined {
  const text = sample(lines);
  if (text.length < MIN_SAMPLE) return undefined;
  const code = franc(text, { minLength: MIN_SAMPLE });
  return ISO3_TO_BCP47[code];
}
