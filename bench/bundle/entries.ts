/** The calls bench/bundle.ts bundles, each a small module beside the generated client. */
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface Entry {
  id: string;
  label: string;
  source: string;
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
    label: "the same with `validate: \"throw\"`",
    source: [
      `import { CamelAI } from "./client/index.js";`,
      `export const pending = new CamelAI({ apiKey: "key", validate: "throw" }).sources.partialUpdate(${CALL});`,
    ].join("\n"),
  },
];

export interface PeerStatus {
  label: string;
  /** Why it was not measured. */
  note: string;
}

/**
 * Peers are bundled only when already installed under bench/peers/node_modules (bench:peers
 * installs hey-api there; openapi-fetch is no dependency of this repo); this run never installs them.
 */
export function peerEntries(repo: string): PeerStatus[] {
  const modules = join(repo, "bench/peers/node_modules");
  const peers = [
    { label: "@hey-api/openapi-ts (sdk + client-fetch)", path: "@hey-api/openapi-ts" },
    { label: "openapi-typescript + openapi-fetch", path: "openapi-fetch" },
  ];
  return peers.map((peer) => ({
    label: peer.label,
    note: existsSync(join(modules, peer.path))
      ? `installed, but bundling it is not implemented: not measured`
      : `not measured: bench/peers/node_modules/${peer.path} is not installed`,
  }));
}
