/**
 * Page text on a terminal. A scraped page can hold ESC, OSC and CSI sequences (retitle the
 * window, clear the screen, write a hyperlink, move the cursor) and other C0/C1 controls; the
 * CLI never lets one reach a terminal as a control. Plain output on a TTY drops them (tab and
 * newline stay); `--explain` shows each as a visible escape (`\x1b`), whatever the output is.
 */

/** C0 controls but tab and newline, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

/** `text` without terminal controls (for plain output on a TTY). */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** `text` with every terminal control written as a visible `\xNN` escape (for `--explain`). */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** DEL and C1 controls, which `JSON.stringify` leaves raw (it escapes C0 only). */
// eslint-disable-next-line no-control-regex
const RAW_IN_JSON = /[\u007f-\u009f]/gu;

/** JSON text with DEL and C1 controls written as `\u00NN` escapes: the same JSON value, safe on a terminal. */
export function jsonWithoutControls(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}
