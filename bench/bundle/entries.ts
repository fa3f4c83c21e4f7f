/** The calls bench/bundle.ts bundles, each a small module beside the generated client. */

export interface Entry {
  id: string;
  label: string;
  source: string;
  /** Where bare imports resolve (a peer's package). */
  nodePaths?: string[];
}

const CALL = `"42", { account_name: "x" }`;

export const ENTRIES: readonly Entry[] = [
  {
    id: "core",
    label: "`sourcesPartialUpdate(new CamelAICore({ apiKey }), ...)`",
    source: [
      `import { CamelAICore, sourcesPartialUpdate } from "./client/index.js";`,
      `export const pending = sourcesPartialUpdate(new CamelAICore({ apiKey: "key" }), ${CALL});`,
    ].join("\n"),
  },
  {
    id: "full",
    label: "`new CamelAI({ apiKey }).sources.partialUpdate(...)`",
    source: [
      `import { CamelAI } from "./client/index.js";`,
      `export const pending = new CamelAI({ apiKey: "key" }).sources.partialUpdate(${CALL});`,
    ].join("\n"),
  },
  {
    id: "full-validate",
    label: "the same with `validate: \"throw\", validator: camelAIValidator`",
    source: [
      `import { CamelAI, camelAIValidator } from "./client/index.js";`,
      `export const pending = new CamelAI({ apiKey: "key", validate: "throw", validator: camelAIValidator }).sources.partialUpdate(${CALL});`,
    ].join("\n"),
  },
];
