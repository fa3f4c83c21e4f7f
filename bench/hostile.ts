/**
 * Time and peak memory of generating every fixture in fixtures/hostile, each in its own child
 * process, one at a time. Budget: every fixture generates or is refused within 5 s and 512 MB.
 *
 *   npx tsx bench/hostile.ts
 *
 * Time is `generate()` inside the child (Node and tsx start-up excluded; wall time shown beside
 * it); memory is the child's peak RSS from `/usr/bin/time -f %M` (tsx included), or Node's own
 * `maxRSS` where /usr/bin/time is missing. Remote fixtures are served from two loopback servers.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildReport } from "../test/hostile/isolated.js";
import { HOSTILE, loadFixtures, type Fixture } from "../test/hostile/manifest.js";
import { materialize } from "../test/hostile/materialize.js";

const BUDGET_MS = 5_000;
const BUDGET_MB = 512;
/** A fixture still running after this is killed and reported as over budget. */
const KILL_AFTER_MS = 60_000;
const TIME = "/usr/bin/time";
const CHILD = join(import.meta.dirname, "../test/hostile/generate-child.ts");
const REDIRECTS = new Set(["/remote-redirect/pet.yaml", "/remote-root-redirect/openapi.yaml"]);

interface Row {
  name: string;
  result: string;
  ms: number;
  wallMs: number;
  rssMb: number;
}

interface Origins {
  a: string;
  b: string;
}

async function listen(route: (path: string, res: ServerResponse) => Promise<void>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => void route(req.url ?? "", res).catch(() => res.writeHead(500).end()));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function fileRoute(origins: () => Origins) {
  return async (path: string, res: ServerResponse) => {
    const text = path.includes("..") ? undefined : await readFile(join(HOSTILE, path), "utf8").catch(() => undefined);
    if (text === undefined) return void res.writeHead(404).end();
    const filled = text.replaceAll("{{ORIGIN_B}}", origins().b).replaceAll("{{LOCAL_FILE}}", join(HOSTILE, "_support/outside.yaml"));
    res.writeHead(200, { "content-type": "application/yaml" }).end(filled);
  };
}

function run(input: string): Promise<{ report?: ChildReport; detail: string; wallMs: number; timeKb?: number }> {
  const node = [process.execPath, `--max-old-space-size=${BUDGET_MB * 4}`, "--import", "tsx", CHILD, input];
  const [command, args] = existsSync(TIME) ? [TIME, ["-f", "%M", ...node]] : [process.execPath, node.slice(1)];
  const started = performance.now();
  // Own process group: a timeout must kill node under /usr/bin/time too, not only `time` itself.
  const child = spawn(command as string, args as string[], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  }, KILL_AFTER_MS);
  return new Promise((done) => {
    child.on("close", (code) => {
      clearTimeout(timer);
      const wallMs = Math.round(performance.now() - started);
      const timeKb = existsSync(TIME) ? Number(stderr.trim().split("\n").pop()) : undefined;
      const kb = timeKb !== undefined && Number.isFinite(timeKb) ? { timeKb } : {};
      try {
        done({ report: JSON.parse(stdout.trim().split("\n").pop() ?? "") as ChildReport, detail: "", wallMs, ...kb });
      } catch {
        done({ detail: killed ? `killed after ${KILL_AFTER_MS} ms` : `crashed (exit ${String(code)}): ${stderr.trim().split("\n").slice(-2).join(" ")}`, wallMs, ...kb });
      }
    });
  });
}

async function measure(fixture: Fixture, origins: Origins): Promise<Row> {
  const built = fixture.serve ? { input: `${origins.a}/${fixture.name}/openapi.yaml`, remove: async () => {} } : await materialize(fixture);
  try {
    const { report, detail, wallMs, timeKb } = await run(built.input);
    const rssMb = Math.round((timeKb ?? report?.maxRssKb ?? 0) / 1024);
    if (!report) return { name: fixture.name, result: detail, ms: wallMs, wallMs, rssMb };
    const result = report.outcome === "generates" ? "generated" : `refused: ${(report.error?.message ?? "").replace(/^cannot load \S+: /, "").slice(0, 70)}`;
    return { name: fixture.name, result, ms: report.ms, wallMs, rssMb };
  } finally {
    await built.remove();
  }
}

function print(rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${"fixture".padEnd(width)}  ${"ms".padStart(6)}  ${"wall".padStart(6)}  ${"MB".padStart(5)}  result`);
  for (const r of rows) {
    const flag = r.ms > BUDGET_MS || r.rssMb > BUDGET_MB ? "  << over budget" : "";
    console.log(`${r.name.padEnd(width)}  ${String(r.ms).padStart(6)}  ${String(r.wallMs).padStart(6)}  ${String(r.rssMb).padStart(5)}  ${r.result}${flag}`);
  }
  const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  const biggest = rows.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
  const over = rows.filter((r) => r.ms > BUDGET_MS || r.rssMb > BUDGET_MB);
  console.log(`\nworst time: ${slowest.ms} ms (${slowest.name}); worst peak RSS: ${biggest.rssMb} MB (${biggest.name})`);
  console.log(`${over.length} of ${rows.length} fixtures over the ${BUDGET_MS} ms / ${BUDGET_MB} MB budget${over.length ? `: ${over.map((r) => r.name).join(", ")}` : ""}`);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const fixtures = loadFixtures().filter((f) => only.length === 0 || only.includes(f.name));
  let origins: Origins = { a: "", b: "" };
  const b = await listen(fileRoute(() => origins));
  const serveB = fileRoute(() => origins);
  const a = await listen(async (path, res) => (REDIRECTS.has(path) ? void res.writeHead(302, { location: `${origins.b}${path}` }).end() : serveB(path, res)));
  origins = { a: a.origin, b: b.origin };
  console.log(`hostile fixtures, one child each (node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}, tmp ${tmpdir()})\n`);
  const rows: Row[] = [];
  try {
    for (const fixture of fixtures) rows.push(await measure(fixture, origins));
  } finally {
    for (const { server } of [a, b]) {
      server.closeAllConnections();
      server.close();
    }
  }
  print(rows);
  if (rows.some((r) => r.ms > BUDGET_MS || r.rssMb > BUDGET_MB)) process.exitCode = 1;
}

await main();
