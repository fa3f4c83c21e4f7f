import { StructureKind } from "./ts-morph.js";
import type { Statement } from "./source-file.js";

const PLACEHOLDER = /^( *)__camelgen_body_(\d+)__$/gm;

/**
 * The function bodies camelgen writes are finished, indented text (block-indent.ts); ts-morph's
 * writer would scan them again character by character, most of a large file's print time. Such a
 * body is printed as a one-line placeholder and put back, indented like it, after printing.
 */
export class BodySplice {
  #bodies: string[] = [];

  /** The statement, with a multi-line text body held back in favour of a placeholder. */
  hold(statement: Statement): Statement {
    if (typeof statement === "string" || statement.kind !== StructureKind.Function) return statement;
    const body = statement.statements;
    if (!Array.isArray(body) || body.length !== 1 || typeof body[0] !== "string" || !body[0].includes("\n")) return statement;
    const placeholder = `__camelgen_body_${this.#bodies.length}__`;
    this.#bodies.push(body[0]);
    return { ...statement, statements: [placeholder] };
  }

  /** The printed text with every placeholder line replaced by its body. */
  restore(printed: string): string {
    return printed.replace(PLACEHOLDER, (_line, pad: string, index: string) =>
      (this.#bodies[Number(index)] as string)
        .split("\n")
        .map((line) => (line === "" ? line : pad + line))
        .join("\n"),
    );
  }
}
