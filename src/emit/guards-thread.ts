import { Worker } from "node:worker_threads";
import type { NamedType } from "../model/ir.js";
import type { GeneratedFile, HeaderInfo } from "./generated-file.js";
import { compiledWorkerScript } from "./worker-script.js";

const WORKER_SCRIPT = compiledWorkerScript("guards-worker.js");

/**
 * A worker thread that prints guards.ts (most of a large client) while the calling thread prints
 * the other files. Started before the model is built, so its start-up (loading ts-morph and
 * TypeScript again, about a second) overlaps that work. The output is the same bytes as printing
 * in the calling thread.
 */
export class GuardsThread {
  readonly #worker: Worker;
  /** Why the worker stopped, once it has: print() then fails at once instead of waiting. */
  #stopped: Error | undefined;

  private constructor(script: string) {
    this.#worker = new Worker(script);
    this.#worker.on("error", (error) => (this.#stopped ??= error));
    this.#worker.on("exit", (code) => (this.#stopped ??= new Error(`camelgen: the guards worker exited with code ${code} before replying`)));
  }

  /** A started thread, or undefined when there is no compiled worker script (runs from sources). */
  static start(): GuardsThread | undefined {
    return WORKER_SCRIPT === undefined ? undefined : new GuardsThread(WORKER_SCRIPT);
  }

  /** Only the named types are copied to the worker: guards.ts is printed from them alone. */
  print(types: readonly NamedType[], header: HeaderInfo): Promise<GeneratedFile> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    return new Promise((resolve, reject) => {
      this.#worker.once("message", (reply: { file?: GeneratedFile; error?: string }) => {
        if (reply.file) resolve(reply.file);
        else reject(new Error(`camelgen: printing guards.ts failed: ${reply.error ?? "no reply"}`));
      });
      this.#worker.once("exit", () => reject(this.#stopped));
      this.#worker.postMessage({ types, header });
    });
  }

  async close(): Promise<void> {
    this.#stopped ??= new Error("camelgen: the guards thread is closed");
    await this.#worker.terminate();
  }
}

/**
 * Below this many component schemas the guards print in well under a second, less than a
 * worker's start-up and the copy of the model into it.
 */
const WORKER_MIN_SCHEMAS = 200;

/** Whether a document is large enough for a guards thread. */
export function wantsGuardsThread(document: { components?: unknown }): boolean {
  const schemas = (document.components as { schemas?: object } | undefined)?.schemas;
  return schemas !== undefined && Object.keys(schemas).length >= WORKER_MIN_SCHEMAS;
}
