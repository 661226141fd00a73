import type { Lexicon } from './types.js';

/**
 * "Please enable JavaScript" notices, what a page's `<noscript>` tells a reader without scripts
 * (chaff reads `<noscript>` content: some sites serve their whole text there). Matched anywhere
 * inside a short block; each phrase names scripts, so article prose rarely holds one.
 */
export const SCRIPT_NOTICES: Lexicon = {
  en: ['enable javascript', 'javascript is disabled', 'javascript is turned off', 'javascript is not enabled',
    'javascript is required', 'javascript must be enabled', 'requires javascript', 'turn on javascript',
    'activate javascript', 'javascript enabled browser', 'does not support javascript', 'enable cookies and javascript',
    'javascript needs to be enabled', 'javascript to be enabled'],
  tr: ["javascript'i etkinleştirin", "javascript'i etkinleştir", "javascript'i açın", 'javascript devre dışı',
    'javascript gereklidir', 'javascript etkinleştirilmelidir'],
  de: ['javascript aktivieren', 'aktivieren sie javascript', 'javascript ist deaktiviert', 'javascript ist erforderlich',
    'javascript muss aktiviert sein', 'benötigt javascript', 'javascript einschalten'],
  fr: ['activer javascript', 'activez javascript', 'activer le javascript', 'activez le javascript',
    'javascript est désactivé', 'javascript est requis', 'nécessite javascript', 'javascript doit être activé'],
  es: ['habilitar javascript', 'habilita javascript', 'activa javascript', 'activar javascript',
    'javascript está desactivado', 'javascript está deshabilitado', 'requiere javascript'],
  pt: ['ative o javascript', 'ativar o javascript', 'habilite o javascript', 'javascript está desativado',
    'requer javascript'],
  it: ['abilita javascript', 'abilitare javascript', 'attiva javascript', 'javascript è disabilitato',
    'richiede javascript'],
  nl: ['javascript inschakelen', 'schakel javascript in', 'javascript is uitgeschakeld', 'vereist javascript'],
  pl: ['włącz javascript', 'włącz obsługę javascript', 'javascript jest wyłączony', 'wymaga javascript'],
  ru: ['включите javascript', 'javascript отключен', 'требуется javascript'],
  sv: ['aktivera javascript', 'javascript är avstängt', 'kräver javascript'],
  da: ['aktiver javascript', 'slå javascript til', 'javascript er slået fra', 'kræver javascript'],
  no: ['aktiver javascript', 'slå på javascript', 'javascript er deaktivert', 'krever javascript'],
  fi: ['ota javascript käyttöön', 'javascript ei ole käytössä', 'vaatii javascriptin'],
  cs: ['povolte javascript', 'zapněte javascript', 'javascript je vypnutý', 'vyžaduje javascript'],
  ro: ['activați javascript', 'activează javascript', 'javascript este dezactivat', 'necesită javascript'],
  hu: ['engedélyezze a javascriptet', 'kapcsolja be a javascriptet', 'a javascript ki van kapcsolva'],
  id: ['aktifkan javascript', 'javascript dinonaktifkan', 'memerlukan javascript'],
  ja: ['javascriptを有効にしてください', 'javascriptを有効に', 'javascriptが無効'],
  zh: ['请启用javascript', '启用javascript', '請啟用javascript', 'javascript已禁用'],
  ar: ['تمكين جافا سكريبت', 'تفعيل جافا سكريبت', 'يرجى تفعيل جافا سكريبت'],
};
