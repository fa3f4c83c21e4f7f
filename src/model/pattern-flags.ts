/**
 * The flags a `pattern` compiles with: `u` (JSON Schema's ECMA-262 with Unicode, the norm), or
 * none for patterns written for other engines (Python's `re` accepts `\-` or `\,`, which are
 * valid JavaScript only without `u`); undefined when neither compiles. The runtime's
 * `pattern()` (templates/schema-scalars.ts) applies the same rule, so isX and validateX agree.
 */
export function patternFlags(source: string): "u" | "" | undefined {
  for (const flags of ["u", ""] as const) {
    try {
      new RegExp(source, flags);
      return flags;
    } catch {
      // Try the next, more lenient form.
    }
  }
  return undefined;
}

export function invalidPatternMessage(pattern: string): string {
  return `pattern ${JSON.stringify(pattern)} is not a valid regular expression, with or without the unicode flag; not checked`;
}
