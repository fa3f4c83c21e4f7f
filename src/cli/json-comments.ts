/**
 * camelgen.config.json may hold comments, as tsconfig.json does: `//` to the end of the line and
 * `/* ... *\/`. Each comment becomes spaces (its line ends kept), so JSON.parse's positions still
 * point into the file as written. Text inside strings is never touched.
 */
export function blankJsonComments(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (ch === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (ch === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += blank(text.slice(i, stop));
      i = stop;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** The index just past the string literal that starts at `start` (or the text's end when unterminated). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"' && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
  return Math.min(i + 1, text.length);
}

function blank(comment: string): string {
  return comment.replace(/[^\r\n]/g, " ");
}
