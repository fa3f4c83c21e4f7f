import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import { REPO } from "./run-cli.js";

/** Prism's CLI entry, run with this Node (no shell, no npx). */
const PRISM_ENTRY = join(
  REPO,
  "node_modules/@stoplight/prism-cli/dist/index.js",
);
const HOST = "127.0.0.1";

export interface PrismOptions {
  /** The OpenAPI document to serve. */
  spec: string;
  /** Seed for Prism's dynamic (json-schema-faker) responses, so every run sees the same bodies. */
  seed: string;
  /** How long to wait for the server to answer HTTP (first start compiles every schema). */
  readyTimeoutMs?: number;
}

export interface PrismServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly pid: number;
  /** The flags Prism was started with (for failure messages). */
  readonly args: readonly string[];
  /** The last lines Prism wrote to stdout/stderr. */
  log(): string;
  /** Stops Prism's whole process group; resolves once no process of the group is left. */
  stop(): Promise<void>;
  /** Whether any process of Prism's process group is still alive. */
  groupAlive(): boolean;
}

/** A port the kernel just handed out on 127.0.0.1 (closed again; Prism binds it right after). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, HOST);
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (address === null || typeof address === "string")
    throw new Error("no port assigned");
  return address.port;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `prism mock --dynamic --errors` on a free 127.0.0.1 port in its own process group and
 * waits until it answers HTTP. Retries with another port when Prism exits before it is ready
 * (e.g. the port was taken in between).
 */
export async function startPrism(options: PrismOptions): Promise<PrismServer> {
  const failures: string[] = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    const started = await tryStart(options, await freePort());
    if ("server" in started) return started.server;
    failures.push(`attempt ${attempt}: ${started.reason}`);
  }
  throw new Error(`Prism did not start:\n${failures.join("\n")}`);
}

async function tryStart(
  options: PrismOptions,
  port: number,
): Promise<{ server: PrismServer } | { reason: string }> {
  const args = [
    "mock",
    "-h",
    HOST,
    "-p",
    String(port),
    "--errors", // request violations answer 422 (or the operation's declared 400) with sl-violations
    "--dynamic", // bodies generated from the response schemas, not the (invalid) examples
    "--seed",
    options.seed,
    "-v",
    "warn",
    options.spec,
  ];
  const child: ChildProcess = spawn(process.execPath, [PRISM_ENTRY, ...args], {
    cwd: REPO,
    detached: true, // own process group, so stop() can kill Prism and anything it forks
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  const pid = child.pid;
  if (pid === undefined) return { reason: "spawn gave no pid" };

  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const log = () => lines.join("\n");

  // A safety net if the test process dies without running afterAll.
  const onExit = () => killGroup(pid, "SIGKILL");
  process.once("exit", onExit);

  let exited = child.exitCode !== null || child.signalCode !== null;
  // `once` rejects on an "error" event (e.g. spawn failed): that also means no process is left.
  const exit = once(child, "exit").then(
    () => {
      exited = true;
    },
    () => {
      exited = true;
    },
  );

  const stop = async () => {
    process.removeListener("exit", onExit);
    killGroup(pid, "SIGTERM");
    const deadline = Date.now() + 5_000;
    while ((groupAlive(pid) || !exited) && Date.now() < deadline)
      await sleep(50);
    if (groupAlive(pid)) killGroup(pid, "SIGKILL");
    await Promise.race([exit, sleep(5_000)]);
    while (groupAlive(pid) && Date.now() < deadline + 5_000) await sleep(50);
    child.stdout?.destroy();
    child.stderr?.destroy();
  };

  const url = `http://${HOST}:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 45_000);
  while (Date.now() < deadline) {
    if (exited) {
      await stop();
      return {
        reason: `Prism exited before it was ready (code ${child.exitCode}):\n${log()}`,
      };
    }
    try {
      // Prism answers an unknown path with its own 404 problem (NO_PATH_MATCHED_ERROR); checking
      // the body makes sure it is Prism, not another process that grabbed the port first.
      const response = await fetch(`${url}/__camelgen_readiness_probe__`, {
        signal: AbortSignal.timeout(1_000),
      });
      const text = await response.text();
      if (!text.includes("stoplight.io/prism")) throw new Error("not Prism");
      return {
        server: {
          url,
          pid,
          args,
          log,
          stop,
          groupAlive: () => groupAlive(pid),
        },
      };
    } catch {
      await sleep(200);
    }
  }
  await stop();
  return {
    reason: `Prism was not ready within ${options.readyTimeoutMs ?? 45_000} ms:\n${log()}`,
  };
}
