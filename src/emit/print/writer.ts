/**
 * The text of one file, written line by line in camelgen's fixed style: two spaces of indentation
 * per block level, `\n` line ends, no trailing blanks added. It knows nothing of the code it is
 * given, so a text's line breaks must all lie outside literals (the escapers in escape.ts write
 * every line end in a literal as `\n`).
 */
export class Writer {
  // Pieces, joined once at the end: a string grown by `+=` is copied again and again in a large file.
  #parts: string[] = [];
  #indent = "";
  #lineOpen = false;
  #lineEnds = 0;
  #blockStart = true;
  #endsInBrace = false;

  toString(): string {
    return this.#parts.join("");
  }

  /** `text`; each line of it that is not empty starts at the block's indentation. */
  write(text: string): this {
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      const line = end === -1 ? text.slice(start) : text.slice(start, end);
      if (line !== "") this.#line(line);
      if (end === -1) break;
      this.newLine();
      start = end + 1;
    }
    const trimmed = text.trimEnd();
    if (trimmed !== "") this.#endsInBrace = trimmed.endsWith("}");
    return this;
  }

  newLine(): this {
    this.#parts.push("\n");
    this.#lineOpen = false;
    this.#lineEnds++;
    this.#blockStart = false;
    return this;
  }

  /** Ends the current line, if anything is on it. */
  endLine(): this {
    return this.#lineOpen ? this.newLine() : this;
  }

  /** Ends the current line and leaves one empty line. */
  blankLine(): this {
    return this.endLine().newLine();
  }

  /** A blank line, unless the text already ends with one. */
  blankLineIfLastNot(): this {
    return this.#lineEnds >= 2 ? this : this.blankLine();
  }

  /** Whether nothing has been written since the current block (or the file) began. */
  atBlockStart(): boolean {
    return this.#blockStart;
  }

  /** Whether the last character written, blanks aside, is `}`. */
  endsInBrace(): boolean {
    return this.#endsInBrace;
  }

  /** `{`, a line break, the block one level deeper, `}` on a line of its own. */
  block(content: () => void): this {
    this.write("{").newLine();
    const outer = this.#indent;
    this.#indent += "  ";
    this.#blockStart = true;
    content();
    this.#blockStart = false;
    this.#indent = outer;
    return this.endLine().write("}");
  }

  #line(line: string): void {
    if (!this.#lineOpen && this.#indent !== "") this.#parts.push(this.#indent);
    this.#parts.push(line);
    this.#lineOpen = true;
    this.#lineEnds = 0;
    this.#blockStart = false;
  }
}
