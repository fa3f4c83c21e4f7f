/**
 * The loop a camelgen user runs against the live DRF app: `camelgen pull` from its /api/schema/,
 * `camelgen generate` from the snapshot, strict tsc over the client and the driver that calls it
 * (test/servers/drf/client-driver/drive.ts), then the compiled driver run against the server.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DrfServer } from "./drf-server.js";
import { DRF_APP } from "./drf-server.js";
import { readConfig } from "../../src/cli/config.js";
import { REPO, runCli, tempDir, type CliResult } from "./run-cli.js";
import { createTypecheckProject, describeResult, type TypecheckResult } from "./typecheck.js";

const DRIVER = join(DRF_APP, "client-driver/drive.ts");

export interface GeneratedClient {
  /** The project folder: camelgen.config.json, schema/camelai.yaml, client/, drive.ts, and js/ once compiled. */
  dir: string;
  pulls: CliResult[];
  generate: CliResult;
  remove(): Promise<void>;
}

/** Pulls the schema (twice when asked: the second is answered 304 from the ETag) and generates the client. */
export async function pullAndGenerate(server: DrfServer, options: { pullTwice: boolean }): Promise<GeneratedClient> {
  const work = await tempDir("camelgen-drf-client-");
  // The schema omits the ask stream, as camelAI's does: declared as the repository's config declares it.
  const streams = (await readConfig(REPO))?.find((client) => client.streams)?.streams;
  const config = { input: "schema/camelai.yaml", output: "client", source: `${server.url}/api/schema/`, streams };
  await writeFile(join(work.path, "camelgen.config.json"), JSON.stringify(config));
  await writeFile(join(work.path, "package.json"), JSON.stringify({ private: true, type: "module" }));
  await mkdir(join(work.path, "schema"));
  const pulls = [await runCli(["pull"], work.path)];
  if (options.pullTwice) pulls.push(await runCli(["pull"], work.path));
  const generate = await runCli(["generate"], work.path);
  await copyFile(DRIVER, join(work.path, "drive.ts"));
  return { dir: work.path, pulls, generate, remove: work.remove };
}

/**
 * Strict TypeScript 7 (NodeNext) over the generated client and the driver's calls into it, emitting
 * the JavaScript the driver then runs as (`js/` in the client's folder). TS 7 because it is the
 * fastest; the compile tests check generated clients with TS 5.9 as well.
 */
export async function compileClient(client: GeneratedClient): Promise<{ result: TypecheckResult; message: string }> {
  const project = await createTypecheckProject({
    variant: "nodenext",
    files: join(client.dir, "client"),
    into: "client",
    extraFiles: [{ path: "drive.ts", contents: await readFile(join(client.dir, "drive.ts"), "utf8") }],
    compilerOptions: { noEmit: false, outDir: join(client.dir, "js") },
    label: "drf",
  });
  try {
    const result = await project.run("ts7");
    return { result, message: describeResult(result, project.tsconfig) };
  } finally {
    await project.dispose();
  }
}

export interface OperationRecord {
  operation: string;
  calls: number;
  statuses: number[];
}

export interface DriverOutput {
  operations: OperationRecord[];
  observed: Record<string, unknown>;
}

export function runDriver(client: GeneratedClient, server: DrfServer, mode: "full" | "drift"): Promise<DriverOutput> {
  const env = { ...process.env, DRF_URL: server.url, DRF_API_KEY: server.apiKey };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["js/drive.js", mode], { cwd: client.dir, env, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`driver (${mode}) failed: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as DriverOutput);
    });
  });
}

/** The per-operation table printed in the test output. */
export function operationTable(title: string, operations: readonly OperationRecord[]): string {
  const rows = operations.map(({ operation, calls, statuses }) => {
    const counts = new Map<number, number>();
    for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
    const seen = [...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(", ");
    return `| ${operation.padEnd(22)} | ${String(calls).padStart(5)} | ${seen.padEnd(26)} |`;
  });
  return [`${title}`, `| ${"operation".padEnd(22)} | calls | ${"statuses seen".padEnd(26)} |`, `|${"-".repeat(24)}|-------|${"-".repeat(28)}|`, ...rows].join("\n");
}
