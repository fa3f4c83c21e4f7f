/**
 * Just enough of GitHub-flavoured Markdown to check api.md from outside the generator: table rows
 * split as GFM splits them (on every `|` not escaped by a backslash, inside code spans too), cell
 * text as it renders, and raw HTML left in the text.
 */

/** The cells of a table row (`| a | b |`), trimmed, still escaped. */
export function rowCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (char === "\\" && line[i + 1] === "|") {
      cell += "\\|";
      i++;
    } else if (char === "|") {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  // The leading and trailing pipes of a row open and close it; they do not make empty cells.
  return cells.slice(line.trimStart().startsWith("|") ? 1 : 0, line.trimEnd().endsWith("|") && !line.trimEnd().endsWith("\\|") ? -1 : undefined).map((c) => c.trim());
}

/** Every table of a document: its header cells and its rows' cells. */
export function tables(markdown: string): { header: string[]; rows: string[][] }[] {
  const lines = markdown.split("\n");
  const found: { header: string[]; rows: string[][] }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\|?\s*:?-{3,}/.test(lines[i + 1] as string) || !(lines[i] as string).includes("|")) continue;
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && (lines[j] as string).includes("|"); j++) rows.push(rowCells(lines[j] as string));
    found.push({ header: rowCells(lines[i] as string), rows });
    i = j;
  }
  return found;
}

/** The content of a cell that is exactly one code span, as it renders (pipes unescaped, one padding space stripped); undefined otherwise. */
export function codeSpanText(cell: string): string | undefined {
  const match = /^(`+)(?!`)([\s\S]*?[^`])\1$/.exec(cell);
  if (!match) return undefined;
  const inner = (match[2] as string).replace(/\\\|/g, "|");
  return /^ [\s\S]* $/.test(inner) && inner.trim() !== "" ? inner.slice(1, -1) : inner;
}

/**
 * Plain inline text as it renders, read left to right: a backslash before ASCII punctuation is an
 * escape; `html` lists what a renderer would take as an HTML tag outside code spans, and `syntax`
 * the unescaped characters that would start other inline syntax (code, emphasis, links, entities, math).
 */
export function plainText(text: string): { text: string; html: string[]; syntax: string[] } {
  let out = "";
  const html: string[] = [];
  const syntax: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const next = text[i + 1] ?? "";
    if (char === "\\" && /[!-/:-@[-`{-~]/.test(next)) {
      out += next;
      i++;
      continue;
    }
    if (char === "`") {
      // A code span: its content is text, never HTML or other syntax.
      const run = /^`+/.exec(text.slice(i))?.[0] ?? "`";
      const close = text.slice(i + run.length).search(new RegExp(`(?<!\`)${run}(?!\`)`));
      if (close >= 0) {
        syntax.push(char);
        out += text.slice(i + run.length, i + run.length + close);
        i += run.length * 2 + close - 1;
        continue;
      }
    }
    if (char === "<" && /[A-Za-z/!?]/.test(next)) html.push(text.slice(i, i + 20));
    if ("`*_[]&$~|".includes(char)) syntax.push(char);
    out += char;
  }
  return { text: out, html, syntax };
}
