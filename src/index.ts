/** chaff: the article alone, and an account of everything dropped. */
export { clean } from './clean.js';
export type {
  CleanOptions,
  CleanResult,
  Dropped,
  Focus,
  From,
  InputKind,
  Reason,
  RuleId,
  To,
} from './types.js';
