/**
 * Starts the camelAI-shaped Django REST Framework app of test/servers/drf/ (Debian's python3-django,
 * python3-djangorestframework, python3-djangorestframework-spectacular, python3-gunicorn) on a free
 * 127.0.0.1 port, with its own SQLite database and upload folder in a temporary folder:
 *
 *   const server = await startDrfServer({ spectacular: "split" });
 *   try { await fetch(`${server.url}/api/schema/`); } finally { await server.stop(); }
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./run-cli.js";

export const DRF_APP = join(REPO, "test/servers/drf");

/** drf-spectacular's COMPONENT_SPLIT_REQUEST × COMPONENT_NO_READ_ONLY_REQUIRED (settings.py). */
export const SPECTACULAR_CONFIGURATIONS = ["split", "split-no-readonly-required", "single", "single-no-readonly-required"] as const;
export type SpectacularConfiguration = (typeof SPECTACULAR_CONFIGURATIONS)[number];

export interface DrfServerOptions {
  spectacular: SpectacularConfiguration;
  /** The negative control: the server answers a field with a type its own schema does not give. */
  drift?: boolean;
}

export interface DrfServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** The key the server accepts as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** The temporary folder with the SQLite database (`camel.sqlite3`) and the uploads (`media/`). */
  dataDir: string;
  /** The rows a read-only SQL query returns from the server's SQLite database, as objects. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Stops the server (its whole process group) and removes the data folder. */
  stop(): Promise<void>;
}

/** Python interpreters tried in order; Debian's packages live in the system one, not in pyenv's. */
const PYTHONS = [process.env["CAMELGEN_PYTHON"], "/usr/bin/python3", "python3"].filter((p): p is string => Boolean(p));
const PACKAGES = "python3-django python3-djangorestframework python3-djangorestframework-spectacular python3-gunicorn";
const READY_TIMEOUT_MS = 30_000;

let python: Promise<string> | undefined;
const findPython = () => (python ??= locatePython(PYTHONS));

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: DRF_APP, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** The first of `candidates` that imports Django, DRF, drf-spectacular and gunicorn; a clear error when none does. */
export async function locatePython(candidates: readonly string[]): Promise<string> {
  const tried: string[] = [];
  for (const candidate of candidates) {
    try {
      await run(candidate, ["-c", "import django, rest_framework, drf_spectacular, gunicorn"], process.env);
      return candidate;
    } catch (error) {
      tried.push(`${candidate}: ${(error as Error).message.split("\n").find((line) => /Error/.test(line)) ?? "not runnable"}`);
    }
  }
  throw new Error(
    `The DRF tests need Django REST Framework, drf-spectacular and gunicorn from Debian ` +
      `(apt-get install ${PACKAGES}; .ci/run installs them). Tried:\n  ${tried.join("\n  ")}\n` +
      `Set CAMELGEN_PYTHON to an interpreter that has them.`,
  );
}

/** Python's own sqlite3 module, opened read-only: no Django start-up for a look at the rows. */
const QUERY_SCRIPT = [
  "import json, sqlite3, sys",
  "db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)",
  "db.row_factory = sqlite3.Row",
  "print(json.dumps([dict(row) for row in db.execute(sys.argv[2])]))",
].join("\n");

async function query(interpreter: string, database: string, sql: string): Promise<Record<string, unknown>[]> {
  return JSON.parse(await run(interpreter, ["-c", QUERY_SCRIPT, database, sql], process.env)) as Record<string, unknown>[];
}

/** Resolves with gunicorn's bound URL once it logs "Listening at", rejects when it exits first. */
function listeningURL(child: ChildProcess, log: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gunicorn did not start within ${READY_TIMEOUT_MS} ms:\n${log()}`)), READY_TIMEOUT_MS);
    const onData = () => {
      const match = /Listening at: (http:\/\/127\.0\.0\.1:\d+)/.exec(log());
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stderr?.off("data", onData);
      resolve(match[1]);
    };
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`gunicorn exited with ${code} before listening:\n${log()}`));
    });
  });
}

/** The server holds nothing worth a graceful shutdown: its data folder is removed right after. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGKILL");
  return exited;
}

export async function startDrfServer(options: DrfServerOptions): Promise<DrfServer> {
  const interpreter = await findPython();
  const dataDir = await mkdtemp(join(tmpdir(), "camelgen-drf-"));
  const apiKey = `camel-test-${process.pid}-${Date.now().toString(36)}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CAMEL_DATA_DIR: dataDir,
    CAMEL_API_KEY: apiKey,
    CAMEL_SPECTACULAR: options.spectacular,
    CAMEL_DRIFT: options.drift ? "1" : "0",
    DJANGO_SETTINGS_MODULE: "camelsite.settings",
    // No __pycache__ folders in the repository.
    PYTHONDONTWRITEBYTECODE: "1",
  };
  let child: ChildProcess | undefined;
  try {
    // gunicorn.conf.py loads Django once, migrates and stores the API key before it listens.
    const gunicorn = ["-m", "gunicorn", "--config", "gunicorn.conf.py", "--bind", "127.0.0.1:0", "camelsite.wsgi:application"];
    child = spawn(interpreter, gunicorn, { cwd: DRF_APP, env, detached: true, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const url = await listeningURL(child, () => stderr);
    const started = child;
    return {
      url,
      apiKey,
      dataDir,
      query: (sql) => query(interpreter, join(dataDir, "camel.sqlite3"), sql),
      stop: async () => {
        await stopGroup(started);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (child) await stopGroup(child);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
