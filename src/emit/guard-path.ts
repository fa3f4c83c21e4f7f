import { stringLiteral } from "./escape.js";

/**
 * A JSON pointer built at run time: the `path` parameter of a validate helper followed by
 * reference tokens, each either known when generating (a property name, escaped here) or an
 * expression (an array index, or a key escaped by the runtime's pointerToken). Rendered only
 * where an issue is reported or a helper is called, so a passing value builds no strings.
 */
export class PathExpr {
  private constructor(
    private readonly base: string,
    private readonly tokens: readonly ({ text: string } | { code: string })[],
  ) {}

  static of(variable: string): PathExpr {
    return new PathExpr(variable, []);
  }

  /** A token known now (RFC 6901: `~` -> `~0`, `/` -> `~1`). */
  key(name: string): PathExpr {
    return new PathExpr(this.base, [...this.tokens, { text: name.replace(/~/g, "~0").replace(/\//g, "~1") }]);
  }

  /** A token computed at run time by `code` (already escaped, or a number). */
  dynamic(code: string): PathExpr {
    return new PathExpr(this.base, [...this.tokens, { code }]);
  }

  /** `path + "/results/" + i + "/name"`. */
  render(): string {
    const parts: string[] = [this.base];
    let pending = "";
    for (const token of this.tokens) {
      if ("text" in token) pending += `/${token.text}`;
      else {
        parts.push(stringLiteral(`${pending}/`), token.code);
        pending = "";
      }
    }
    if (pending !== "") parts.push(stringLiteral(pending));
    return parts.join(" + ");
  }
}
