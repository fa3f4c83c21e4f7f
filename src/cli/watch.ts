import { watch, type FSWatcher } from "node:fs";
import { dirname, resolve } from "node:path";
import { isUrl } from "../load/read-input.js";
import { readConfig } from "./config.js";
import { runGenerateCommand, type GenerateFlags } from "./generate-clients.js";
import { usageErrorJson } from "./reporter.js";

type Print = (line: string) => void;

/** Changes closer together than this make one regeneration (editors write files in bursts). */
const DEBOUNCE_MS = 200;

/**
 * `generate --watch`: generates once, then again after every change below the input files' and
 * overlays' folders (which covers `$ref`d files), until SIGINT/SIGTERM. Failures are reported and watching
 * goes on; the no-op check makes changes that do not affect the output cost almost nothing.
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
  let running: Promise<unknown> = runGenerateCommand(flags, stderr, stdout);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const regenerate = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => runGenerateCommand(flags, stderr, stdout)).catch((error: unknown) => stderr(`camelgen: ${String(error)}`));
    }, DEBOUNCE_MS);
  };
  // Overlays are inputs too, wherever they are kept.
  const overlays = flags.overlays ?? clients.flatMap((c) => c.overlays ?? []);
  const folders = [...new Set([...inputs, ...overlays].map((input) => dirname(resolve(input))))];
  const watchers: FSWatcher[] = folders.map((folder) => watch(folder, { recursive: true }, regenerate));
  // With --json, stdout carries nothing but the runs' JSON objects.
  (flags.json ? stderr : stdout)(`camelgen: watching ${folders.join(", ")} (Ctrl-C to stop)`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  clearTimeout(timer);
  watchers.forEach((w) => w.close());
  await running;
  return 0;
}
