import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ApiModel } from "../model/ir.js";
import type { GeneratedFile, HeaderInfo } from "./generated-file.js";

/**
 * Below this many named types the guards print in well under a second, less than a worker's
 * start-up (loading ts-morph again) and the copy of the model into it.
 */
const WORKER_MIN_TYPES = 300;

const WORKER_SCRIPT = fileURLToPath(new URL("./guards-worker.js", import.meta.url));

/** Only the compiled module has a worker script beside it; runs from the TypeScript sources do not. */
const WORKER_AVAILABLE = existsSync(WORKER_SCRIPT);

/**
 * guards.ts printed in a worker thread, for a model large enough to pay for one; undefined when
 * the caller should print it in its own thread. The output is the same bytes either way.
 */
export function printGuardsInWorker(model: ApiModel, header: HeaderInfo): Promise<GeneratedFile> | undefined {
  if (!WORKER_AVAILABLE || model.types.length < WORKER_MIN_TYPES) return undefined;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, { workerData: { model, header } });
    worker.once("message", (reply: { file?: GeneratedFile; error?: string }) => {
      void worker.terminate();
      if (reply.file) resolve(reply.file);
      else reject(new Error(`camelgen: printing guards.ts failed: ${reply.error ?? "no reply"}`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`camelgen: the guards worker exited with code ${code} before replying`)));
  });
}
