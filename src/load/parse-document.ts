import { parseDocument } from "yaml";
import { LoadError } from "./load-error.js";

/** YAML alias expansion is bounded so a "billion laughs" document fails fast. */
const MAX_ALIAS_COUNT = 10_000;

/** Parses YAML or JSON text; errors name the source, line and column. */
export function parseText(text: string, source: string): unknown {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Not strict JSON: YAML is a superset and gives a located error.
    }
  }
  const document = parseDocument(text, { uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    throw new LoadError(source, `invalid YAML: ${error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`, pos ? { line: pos.line, column: pos.col } : undefined);
  }
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (cause) {
    throw new LoadError(source, `invalid YAML: ${(cause as Error).message}`);
  }
}
