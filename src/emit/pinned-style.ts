import type { Options } from "prettier";

// babel-ts gives the same output as the typescript parser on everything camelgen prints, about
// three times faster (the typescript-estree conversion dominated formatting of large schemas).
export const PRETTIER_OPTIONS: Options = { parser: "babel-ts", printWidth: 100, trailingComma: "all" };

/** Loaded on first use: layout.ts lays out most clients' every line, and then prettier is not needed. */
let prettier: Promise<typeof import("prettier")> | undefined;

/** prettier with the pinned options: the formatter of last resort for statements layout.ts is not sure of. */
export async function formatPinned(text: string): Promise<string> {
  prettier ??= import("prettier");
  return (await prettier).format(text, PRETTIER_OPTIONS);
}
