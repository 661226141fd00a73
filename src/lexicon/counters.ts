import type { Lexicon } from './types.js';

/**
 * Words that follow a count on a chrome line: "12 comments", "1.2k shares", "0 Reviews". Written
 * in their normal spelling; the rules fold them as they fold the text (`labelWords`).
 */

/** After a count, a comment-section heading: "12 Comments", "3 yorum", "5 Kommentare". */
export const COMMENT_COUNTS: Lexicon = {
  // Not "reply": "0 Reply", "1 reply" is a forum post's reply button, not a heading.
  en: ['comment', 'comments', 'response', 'responses', 'replies'],
  tr: ['yorum'],
  de: ['kommentar', 'kommentare'],
  fr: ['commentaire', 'commentaires'],
  es: ['comentario', 'comentarios'],
  pt: ['comentário', 'comentários'],
  it: ['commento', 'commenti'],
  nl: ['reactie', 'reacties'],
  pl: ['komentarz', 'komentarze', 'komentarzy'],
  ru: ['комментарий', 'комментария', 'комментариев', 'комментарии'],
};

/**
 * Leads of a comment-thread heading that name the post after them: "3 thoughts on “Title”",
 * "12 responses to “Title”" (WordPress themes).
 */
export const COMMENT_THREAD_LEADS: Lexicon = {
  en: ['thought on', 'thoughts on', 'thought to', 'thoughts to', 'response on', 'responses on', 'response to',
    'responses to', 'replies on', 'replies to', 'comment on', 'comments on', 'comment to', 'comments to'],
};

/** After a count, a share or like counter: "1.2k shares", "35 likes", "12 mal geteilt". */
export const SHARE_COUNTS: Lexicon = {
  en: ['share', 'shares', 'like', 'likes', 'tweet', 'tweets', 'pin', 'pins'],
  tr: ['paylaşım', 'beğeni'],
  de: ['mal geteilt'],
  fr: ['partages'],
  es: ['compartido', 'compartidos'],
  pt: ['compartilhamentos'],
  it: ['condivisioni'],
  nl: ['gedeeld'],
  pl: ['udostępnień'],
  ru: ['поделились'],
};

/** After a count, a review or track-record counter of a profile: "0 Reviews", "12 jobs completed". */
export const REVIEW_COUNTS: Lexicon = {
  en: ['review', 'reviews', 'rating', 'ratings', 'star', 'stars', 'job', 'jobs', 'job completed', 'jobs completed',
    'project', 'projects', 'project completed', 'projects completed', 'hire', 'hires', 'client', 'clients',
    'follower', 'followers'],
  tr: ['değerlendirme', 'yorum'],
  de: ['bewertung', 'bewertungen'],
  fr: ['avis'],
  es: ['reseña', 'reseñas', 'valoración', 'valoraciones'],
  pt: ['avaliação', 'avaliações'],
  it: ['recensioni'],
  nl: ['beoordeling', 'beoordelingen'],
  pl: ['opinie', 'opinii'],
  ru: ['отзыв', 'отзыва', 'отзывов'],
};
