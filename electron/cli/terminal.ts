/**
 * Document text and titles are hostile: a PDF or an e-mail can carry escape
 * sequences that recolour, hide or rewrite what a terminal shows, set its
 * title or (on some terminals) answer back as typed input, and bidirectional
 * overrides that show words in another order than they are stored. When the
 * CLI writes to a terminal, such characters are shown escaped instead
 * (`\x1b[31m`, `\u202e`); piped into a file or another program, output stays
 * byte for byte what the case holds.
 */

/** C0 controls but tab, newline and form feed (the `text` verb's page break); DEL; C1 controls; bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\u000b\u000d-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The characters JSON.stringify leaves as they are but a terminal would act on (it escapes C0 itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const hex = (char: string, digits: number) => (char.codePointAt(0) ?? 0).toString(16).padStart(digits, '0');

/** Text with every control character and bidi override shown as an escape, so a terminal displays it rather than obeys it. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (char) => (char <= '\u00ff' ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`));
}

/** JSON for a terminal: the same JSON value, with the characters a terminal would obey written as \u escapes. */
export function visibleJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${hex(char, 4)}`);
}

interface Output {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Writes text that may hold document content: escaped on a terminal, unchanged in a pipe. */
export function writeText(text: string, stream: Output = process.stdout): void {
  stream.write(stream.isTTY ? visible(text) : text);
}

/** Writes lines of such text, each ended by a newline. */
export function writeLines(lines: readonly string[], stream: Output = process.stdout): void {
  if (lines.length > 0) writeText(`${lines.join('\n')}\n`, stream);
}
