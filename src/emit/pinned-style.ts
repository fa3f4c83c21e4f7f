import * as prettier from "prettier";

// babel-ts gives the same output as the typescript parser on everything camelgen prints, about
// three times faster (the typescript-estree conversion dominated formatting of large schemas).
export const PRETTIER_OPTIONS: prettier.Options = { parser: "babel-ts", printWidth: 100, trailingComma: "all" };

/** prettier with the pinned options: the formatter of last resort for statements layout.ts is not sure of. */
export function formatPinned(text: string): Promise<string> {
  return prettier.format(text, PRETTIER_OPTIONS);
}
