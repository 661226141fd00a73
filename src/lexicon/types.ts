/** Language code (BCP 47 primary subtag, e.g. 'en', 'tr') → lowercase phrases. */
export type Lexicon = Readonly<Record<string, readonly string[]>>;
