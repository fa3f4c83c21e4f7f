import { watch, type FSWatcher } from "node:fs";
import { dirname, resolve } from "node:path";
import { isUrl } from "../load/read-input.js";
import { readConfig } from "./config.js";
import { readManifest } from "./manifest.js";
import { runGenerateCommand, type GenerateFlags } from "./generate-clients.js";
import { usageErrorJson } from "./reporter.js";

type Print = (line: string) => void;

/** Changes closer together than this make one regeneration (editors write files in bursts). */
const DEBOUNCE_MS = 200;

/**
 * `generate --watch`: generates once, then again after every change in a folder holding an input:
 * the schema, the files its `$ref`s read (from each output's manifest, read again after every run)
 * and the overlays, until SIGINT/SIGTERM. Each folder is watched alone, not the tree below it, so
 * a schema at a project's root does not put a watch on every folder of node_modules. Failures are
 * reported and watching goes on; the no-op check makes changes that do not affect the output cost
 * almost nothing.
 */
export async function watchAndGenerate(flags: GenerateFlags, stderr: Print, stdout: Print): Promise<number> {
  const clients = flags.input !== undefined ? [] : ((await readConfig(process.cwd()).catch(() => undefined)) ?? []);
  const inputs = flags.input !== undefined ? [flags.input] : clients.flatMap((c) => (c.input === undefined ? [] : [c.input]));
  // Without an input (or with a bad config) one run says what is missing, with its exit code.
  if (inputs.length === 0) return runGenerateCommand(flags, stderr, stdout);
  if (inputs.some(isUrl)) {
    const message = "--watch needs local input files; run `camelgen pull` to keep a local snapshot of a URL";
    stderr(`camelgen: ${message}`);
    if (flags.json) stdout(usageErrorJson(message));
    return 2;
  }
  // Overlays are inputs too, wherever they are kept.
  const overlays = flags.overlays ?? clients.flatMap((c) => c.overlays ?? []);
  const outputs = flags.output !== undefined ? [flags.output] : clients.flatMap((c) => (c.output === undefined ? [] : [c.output]));
  const watchers = new Map<string, FSWatcher>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async (): Promise<void> => {
    await runGenerateCommand(flags, stderr, stdout);
    const folders = await inputFolders([...inputs, ...overlays], outputs);
    for (const [folder, watcher] of watchers) {
      if (folders.includes(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of folders) if (!watchers.has(folder)) watchers.set(folder, watch(folder, regenerate));
  };
  const regenerate = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(run).catch((error: unknown) => stderr(`camelgen: ${String(error)}`));
    }, DEBOUNCE_MS);
  };
  let running: Promise<unknown> = run();
  await running;
  // With --json, stdout carries nothing but the runs' JSON objects.
  (flags.json ? stderr : stdout)(`camelgen: watching ${[...watchers.keys()].join(", ")} (Ctrl-C to stop)`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  clearTimeout(timer);
  await running;
  watchers.forEach((w) => w.close());
  return 0;
}

/** The folders of the given files and of every input file the outputs' manifests record. */
async function inputFolders(files: readonly string[], outputs: readonly string[]): Promise<string[]> {
  const paths = files.map((file) => resolve(file));
  for (const output of outputs) {
    const manifest = await readManifest(resolve(output));
    for (const path of Object.keys(manifest?.inputs ?? {})) paths.push(resolve(output, path));
  }
  return [...new Set(paths.map((path) => dirname(path)))].sort();
}
