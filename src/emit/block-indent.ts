/**
 * A function body's lines, indented by nesting the way prettier indents them: one level per open
 * brace, and statements under a bare `case x:` / `default:` label one level below it. The
 * statements are camelgen's own one-line code, so a line's first and last characters tell its nesting.
 */
export function indentBlock(statements: string[]): string {
  const lines = statements.flatMap((s) => s.split("\n")).map((l) => l.trim());
  const open: ("brace" | "label")[] = [];
  return lines
    .map((line) => {
      const label = /^(?:case .+|default):( \{)?$/.exec(line);
      if (label && open.at(-1) === "label") open.pop();
      if (line.startsWith("}")) {
        if (open.at(-1) === "label") open.pop();
        open.pop();
      }
      const indented = "  ".repeat(open.length) + line;
      if (label && label[1] === undefined) open.push("label");
      else if (line.endsWith("{")) open.push("brace");
      return indented;
    })
    .join("\n");
}
