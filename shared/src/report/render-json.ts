// Pretty JSON. <, >, & and the JS line separators are written as \u escapes: the parsed value
// is unchanged, but the text stays inert if someone pastes it into HTML or a <script> block.
import type { Lang, Report } from '../types.js';

export function renderJson(report: Report, _lang?: Lang): string {
  const text = JSON.stringify(report, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${text}\n`;
}
