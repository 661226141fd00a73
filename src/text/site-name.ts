/**
 * The site name in a page's `<title>` ("Headline - Site Name", "Site | Headline"): the title
 * stage and the HTML metadata both strip it.
 */

/** A site name standing before or after a separator has at most this many words. */
const SITE_NAME_MAX_WORDS = 4;
/** Separators between a headline and a site name in a `<title>`. */
const SITE_SEPARATOR = /(?<!\s)\s+(?:[-|–—·•»:]|::)\s+/u; // starts where a blank run starts: linear (ReDoS)

/** "Headline - Site Name" → "Headline"; "Site | Headline" → "Headline". */
export function stripSiteName(title: string): string {
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length < 2) return title.trim();
  const words = (s: string) => s.trim().split(/\s+/u).length;
  const last = parts[parts.length - 1] as string;
  const first = parts[0] as string;
  const seps = title.match(new RegExp(SITE_SEPARATOR.source, 'gu')) ?? [];
  if (words(last) <= SITE_NAME_MAX_WORDS && words(title) - words(last) >= 2) {
    return rejoin(parts.slice(0, -1), seps.slice(0, -1));
  }
  if (words(first) <= SITE_NAME_MAX_WORDS && words(title) - words(first) >= 2) return rejoin(parts.slice(1), seps.slice(1));
  return title.trim();
}

function rejoin(parts: readonly string[], seps: readonly string[]): string {
  return parts.map((p, i) => (i === 0 ? p : `${seps[i - 1] ?? ' - '}${p}`)).join('').trim();
}
