import type { Lexicon } from './types.js';

/*
 * Chrome written as sentences. These phrases are searched for inside a block's opening words
 * (not only as whole lines), so each must be specific to sign-up boxes and disclosures and never
 * occur in ordinary article prose.
 */

/** Sign-up box boilerplate ("By signing up, you agree…", "Check your inbox"); matched inside short blocks. */
export const SIGNUP_PROSE: Lexicon = {
  en: ['by signing up', 'by subscribing', 'by clicking sign up', 'by clicking subscribe', 'you can unsubscribe at any time',
    'unsubscribe at any time', 'check the opt-in box', 'opt-in box', 'activation link', 'confirm your subscription',
    'thanks for signing up', 'thank you for signing up', 'thanks for subscribing', 'thank you for subscribing',
    'keep an eye on your inbox', 'check your inbox', 'delivered to your inbox', 'straight to your inbox',
    'sign up for our', 'subscribe to our', 'get our newsletter', 'enter your email', 'enter your email address',
    'your email address', 'invalid email', 'please enter a valid email'],
  tr: ['e-posta adresinizi girin', 'bültenimize abone olun', 'abone olarak', 'gelen kutunuzu kontrol edin'],
  de: ['mit der anmeldung', 'jederzeit abbestellen', 'jederzeit wieder abmelden', 'bestätigungslink',
    'newsletter abonnieren', 'ihre e-mail-adresse', 'melden sie sich für unseren newsletter an'],
  fr: ['en vous inscrivant', 'désinscrire à tout moment', 'lien de confirmation', 'inscrivez-vous à notre newsletter',
    'abonnez-vous à notre newsletter', 'votre adresse e-mail', 'votre adresse email'],
  es: ['al suscribirte', 'al registrarte', 'darte de baja en cualquier momento', 'enlace de confirmación',
    'suscríbete a nuestro boletín', 'tu correo electrónico', 'tu dirección de correo'],
  pt: ['ao se inscrever', 'ao se cadastrar', 'cancelar a inscrição a qualquer momento', 'link de confirmação',
    'assine nossa newsletter', 'seu e-mail', 'seu endereço de e-mail'],
  it: ['iscrivendoti', 'annullare l\'iscrizione in qualsiasi momento', 'link di conferma',
    'iscriviti alla nostra newsletter', 'il tuo indirizzo email'],
  nl: ['door je aan te melden', 'op elk moment afmelden', 'bevestigingslink', 'schrijf je in voor onze nieuwsbrief',
    'je e-mailadres'],
};

/** Affiliate and sponsorship disclosures ("we may earn a commission"); matched inside blocks. */
export const AFFILIATE: Lexicon = {
  en: ['may earn a commission', 'may receive a commission', 'may earn a small commission', 'may receive a small commission',
    'may earn an affiliate commission', 'affiliate commission', 'affiliate links', 'affiliate link', 'we may earn',
    'may get a share of the sale', 'earn a share of sales', 'earns a commission', 'at no extra cost to you',
    'at no additional cost to you', 'this post contains affiliate', 'this article contains affiliate',
    'paid partnership', 'sponsored by'],
  de: ['provisions-links', 'affiliate-links', 'erhalten wir eine provision', 'bekommen wir eine provision'],
  fr: ['liens affiliés', 'lien affilié', 'nous percevons une commission', 'nous pouvons percevoir une commission'],
  es: ['enlaces de afiliados', 'enlace de afiliado', 'podemos recibir una comisión', 'recibimos una comisión'],
  pt: ['links de afiliados', 'link de afiliado', 'podemos receber uma comissão'],
  it: ['link affiliati', 'link di affiliazione', 'potremmo ricevere una commissione'],
  nl: ['affiliate links', 'ontvangen wij een commissie'],
  tr: ['satış ortaklığı bağlantıları', 'komisyon kazanabiliriz'],
};
