import type { Lexicon } from './types.js';

/*
 * Metadata lines: about the article, not of it. Matched on short lines only (see
 * src/rules/metadata.ts), together with a date or a name.
 */

/** Month names, full and abbreviated, that make a line a date ("18 November 2019", "3 de mayo"). */
export const MONTHS: Lexicon = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  de: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
    'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
    'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro',
    'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
    'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
    'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października',
    'listopada', 'grudnia', 'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień',
    'wrzesień', 'październik', 'listopad', 'grudzień'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября',
    'декабря', 'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь',
    'ноябрь', 'декабрь'],
};

/** Words that introduce a dateline ("Published", "Updated", "Veröffentlicht am"). */
export const DATELINE: Lexicon = {
  en: ['published', 'updated', 'posted', 'last updated', 'first published', 'posted on', 'published on', 'updated on',
    'modified'],
  tr: ['yayınlanma', 'yayınlanma tarihi', 'güncelleme', 'güncellenme tarihi', 'son güncelleme', 'yayınlandı'],
  de: ['veröffentlicht', 'veröffentlicht am', 'aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'stand'],
  fr: ['publié', 'publié le', 'mis à jour', 'mis à jour le', 'modifié le'],
  es: ['publicado', 'publicado el', 'actualizado', 'actualizado el', 'última actualización'],
  pt: ['publicado', 'publicado em', 'atualizado', 'atualizado em', 'última atualização'],
  it: ['pubblicato', 'pubblicato il', 'aggiornato', 'aggiornato il', 'ultimo aggiornamento'],
  nl: ['gepubliceerd', 'gepubliceerd op', 'bijgewerkt', 'bijgewerkt op', 'laatst bijgewerkt'],
  pl: ['opublikowano', 'zaktualizowano', 'aktualizacja', 'data publikacji'],
  ru: ['опубликовано', 'обновлено', 'дата публикации'],
};

/** Words that introduce a byline ("By Jane Doe", "Von Max Mustermann", "Yazar: …"). */
export const BYLINE: Lexicon = {
  en: ['by', 'written by', 'words by', 'story by', 'author', 'posted by', 'reported by'],
  tr: ['yazar', 'yazan', 'haber'],
  de: ['von', 'autor', 'autorin', 'ein beitrag von'],
  fr: ['par', 'auteur', 'rédigé par'],
  es: ['por', 'autor', 'autora', 'escrito por'],
  pt: ['por', 'autor', 'autora', 'escrito por'],
  it: ['di', 'autore', 'autrice', 'scritto da'],
  nl: ['door', 'auteur', 'geschreven door'],
  pl: ['autor', 'autorka'],
  ru: ['автор'],
};

/** Reading-time notes ("5 min read", "Lesezeit: 3 Minuten"); matched inside short lines. */
export const READING_TIME: Lexicon = {
  en: ['min read', 'mins read', 'minute read', 'minutes read', 'reading time', 'read time'],
  tr: ['dakika okuma', 'okuma süresi', 'dk okuma'],
  de: ['lesezeit', 'min lesezeit', 'minuten lesezeit'],
  fr: ['temps de lecture', 'min de lecture', 'minutes de lecture'],
  es: ['tiempo de lectura', 'min de lectura', 'minutos de lectura'],
  pt: ['tempo de leitura', 'min de leitura', 'minutos de leitura'],
  it: ['tempo di lettura', 'min di lettura', 'minuti di lettura'],
  nl: ['leestijd', 'min leestijd', 'minuten leestijd'],
  pl: ['czas czytania', 'min czytania'],
  ru: ['время чтения', 'мин чтения'],
};

/**
 * Weekday names: a line that opens with one and goes on with a date is a dateline
 * ("segunda-feira, 22 de janeiro de 2018 às 0:13", "Monday, November 18, 2019"). Site
 * fingerprints (`src/site/fingerprint.ts`) mask the English ones, also abbreviated, beside
 * `MONTHS.en`: learned profiles' keys depend on that list, so it stays English there.
 */
export const WEEKDAYS: Lexicon = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed',
    'thu', 'thurs', 'fri', 'sat', 'sun'],
  tr: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'segunda',
    'terça', 'quarta', 'quinta', 'sexta'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  pl: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
};
