/** Thrown where the writer meets a case it does not lay out as ts-morph's would; the caller prints with ts-morph instead. */
export class PrintFallback extends Error {
  override name = "PrintFallback";
}

const NEW_LINE = 10;
const CARRIAGE_RETURN = 13;
const BACK_SLASH = 92;
const SLASH = 47;
const STAR = 42;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACK_TICK = 96;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const DOLLAR = 36;

/** The characters that can change the lexical state (the rest are skipped in one test). */
const HANDLED = new Uint8Array(128);
for (const c of [BACK_SLASH, SLASH, NEW_LINE, CARRIAGE_RETURN, STAR, DOUBLE_QUOTE, SINGLE_QUOTE, BACK_TICK, OPEN_BRACE, CLOSE_BRACE]) HANDLED[c] = 1;

/** ts-morph's whitespace set (StringUtils.isWhitespaceCharCode). */
const WHITESPACE = new Set([32, 12, 10, 13, 9, 11, 0xa0, 0x2028, 0x2029]);

/**
 * The text writer behind ts-morph's structure printer (code-block-writer), reduced to what
 * camelgen's structures need and laid out the same way, byte for byte: two-space indentation
 * written at the start of each line unless the line starts inside a string, and the lexical state
 * (strings, template literals, comments, regular expressions) tracked as that writer tracks it.
 * Hanging indentation is never needed: a line break inside it is a PrintFallback.
 */
export class TextWriter {
  // Pieces, joined once at the end: a string grown by `+=` and read back by charCodeAt is
  // flattened again on every read, quadratic in a 4 MB file.
  #texts: string[] = [];
  #last = -1;
  #beforeLast = -1;
  #indentation = 0;
  #hanging = 0;
  #firstLineOfBlock = true;
  #strings: number[] = [];
  #comment: "line" | "star" | undefined;
  #inRegex = false;

  toString(): string {
    return this.#texts.join("");
  }

  write(text: string): this {
    if (text.length === 0) return this.#piece("");
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) this.#newLine();
      if ((lines[i] as string).length > 0) this.#piece(lines[i] as string);
    }
    return this;
  }

  newLine(): this {
    this.#newLine();
    return this;
  }

  newLineIfLastNot(): this {
    if (!this.isLastNewLine()) this.#newLine();
    return this;
  }

  blankLine(): this {
    return this.newLineIfLastNot().newLine();
  }

  blankLineIfLastNot(): this {
    if (!this.#isLastBlankLine()) this.blankLine();
    return this;
  }

  space(): this {
    return this.write(" ");
  }

  spaceIfLastNot(): this {
    if (this.#last !== 32) this.write(" ");
    return this;
  }

  /** `"text"`, as code-block-writer quotes a module specifier. */
  quote(text: string): this {
    if (/["\\\r\n]/.test(text)) throw new PrintFallback("a module specifier that needs escaping");
    return this.write(`"${text}"`);
  }

  /** Writes inside a hanging indent, where a line break is a fallback. */
  hanging(action: () => void): void {
    this.#hanging++;
    action();
    this.#hanging--;
  }

  /** `{`, the block's content one level deeper, `}`. */
  inlineBlock(block: () => void): this {
    this.write("{");
    if (this.#last !== -1) this.newLineIfLastNot();
    this.#indentation++;
    this.#firstLineOfBlock = true;
    block();
    this.#firstLineOfBlock = false;
    this.#indentation = Math.max(0, this.#indentation - 1);
    return this.newLineIfLastNot().write("}");
  }

  /** What each structure's printer does first: end an open comment (a case camelgen's text never leaves). */
  closeComment(): void {
    if (this.#comment !== undefined) throw new PrintFallback("a comment left open before a structure");
  }

  /**
   * A comment's lines, each indented, without scanning them: from the plain state a comment that
   * does not end early (no `*\/` inside) leaves the state plain, as scanning it would.
   */
  comment(lines: readonly string[]): this {
    this.assertPlain();
    lines.forEach((line, i) => {
      if (i > 0) this.#newLine();
      if (this.isLastNewLine() || this.#last === -1) this.#append("  ".repeat(this.#indentation));
      this.#append(line);
    });
    return this;
  }

  /** Where text is printed apart and pasted in (parameters, declarations), the state there must be the plain one. */
  assertPlain(): void {
    if (this.#strings.length > 0 || this.#comment !== undefined || this.#inRegex) throw new PrintFallback("text pasted inside a string, comment or regular expression");
  }

  isLastNewLine(): boolean {
    return this.#last === NEW_LINE || this.#last === CARRIAGE_RETURN;
  }

  isAtStartOfFirstLineOfBlock(): boolean {
    return this.#firstLineOfBlock && (this.isLastNewLine() || this.#last === -1);
  }

  isLastNonWhitespaceCharCloseBrace(): boolean {
    for (let i = this.#texts.length - 1; i >= 0; i--) {
      const text = this.#texts[i] as string;
      for (let j = text.length - 1; j >= 0; j--) {
        const c = text.charCodeAt(j);
        if (c === CLOSE_BRACE) return true;
        if (!WHITESPACE.has(c)) return false;
      }
    }
    return false;
  }

  #isLastBlankLine(): boolean {
    let found = 0;
    for (let i = this.#texts.length - 1; i >= 0; i--) {
      const text = this.#texts[i] as string;
      for (let j = text.length - 1; j >= 0; j--) {
        const c = text.charCodeAt(j);
        if (c === NEW_LINE) {
          if (++found === 2) return true;
        } else if (c !== CARRIAGE_RETURN) return false;
      }
    }
    return false;
  }

  #isInString(): boolean {
    const top = this.#strings[this.#strings.length - 1];
    return top !== undefined && top !== OPEN_BRACE;
  }

  #newLine(): void {
    if (this.#hanging > 0) throw new PrintFallback("a line break inside a hanging indent");
    if (this.#comment === "line") this.#comment = undefined;
    const top = this.#strings[this.#strings.length - 1];
    if ((top === DOUBLE_QUOTE || top === SINGLE_QUOTE) && this.#last !== BACK_SLASH) this.#strings.pop();
    this.#append("\n");
    this.#firstLineOfBlock = false;
  }

  #piece(text: string): this {
    if (!this.#isInString() && (this.isLastNewLine() || this.#last === -1)) this.#append("  ".repeat(this.#indentation));
    this.#scan(text);
    this.#append(text);
    return this;
  }

  #append(text: string): void {
    if (text.length === 0) return;
    this.#texts.push(text);
    this.#beforeLast = text.length > 1 ? text.charCodeAt(text.length - 2) : this.#last;
    this.#last = text.charCodeAt(text.length - 1);
  }

  /** code-block-writer's _updateInternalState, over text about to be appended. */
  #scan(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 || HANDLED[c] === 0) continue;
      const past = i === 0 ? this.#last : text.charCodeAt(i - 1);
      const pastPast = i === 0 ? this.#beforeLast : i === 1 ? this.#last : text.charCodeAt(i - 2);
      const top = this.#strings.length === 0 ? undefined : this.#strings[this.#strings.length - 1];
      const inString = top !== undefined && top !== OPEN_BRACE;
      if (this.#inRegex) {
        if ((past === SLASH && pastPast !== BACK_SLASH) || past === NEW_LINE) this.#inRegex = false;
        else continue;
      } else if (!inString && this.#comment === undefined && past === SLASH && c !== SLASH && c !== STAR && pastPast !== STAR && pastPast !== SLASH) {
        this.#inRegex = true;
        continue;
      }
      if (!inString) {
        if (this.#comment === undefined && past === SLASH && c === SLASH) this.#comment = "line";
        else if (this.#comment === undefined && past === SLASH && c === STAR) this.#comment = "star";
        else if (this.#comment === "star" && past === STAR && c === SLASH) this.#comment = undefined;
      }
      if (this.#comment !== undefined) continue;
      if (past !== BACK_SLASH && (c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === BACK_TICK)) {
        if (top === c) this.#strings.pop();
        else if (top === OPEN_BRACE || top === undefined) this.#strings.push(c);
      } else if (pastPast !== BACK_SLASH && past === DOLLAR && c === OPEN_BRACE && top === BACK_TICK) {
        this.#strings.push(c);
      } else if (c === CLOSE_BRACE && top === OPEN_BRACE) {
        this.#strings.pop();
      }
    }
  }
}
