import { Worker } from "node:worker_threads";
import { formatPinned } from "./pinned-style.js";
import { compiledWorkerScript } from "./worker-script.js";

/** Below this much text a worker's start-up (loading prettier again) costs more than it saves. */
const WORKER_THRESHOLD = 256 * 1024;

const WORKER_SCRIPT = compiledWorkerScript("format-worker.js");

interface FormatReply {
  id: number;
  text?: string;
  error?: string;
}

/**
 * Formats texts with the pinned prettier style for one emit. A large text goes to a worker thread
 * when it is free, so formatting overlaps the emitting of the next files; small ones, and runs from
 * the TypeScript sources (no compiled worker script), are formatted in this thread.
 */
export class Formatter {
  readonly #inThreadOnly: boolean;
  #worker: Worker | undefined;
  #pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  #nextId = 0;

  /** inThreadOnly: never start a worker (the caller is one already). */
  constructor(options: { inThreadOnly?: boolean } = {}) {
    this.#inThreadOnly = options.inThreadOnly ?? false;
  }

  format(text: string): Promise<string> {
    // While the worker is busy this thread formats, rather than queue behind it and idle at the end.
    if (text.length < WORKER_THRESHOLD || this.#pending.size > 0 || WORKER_SCRIPT === undefined || this.#inThreadOnly) return formatPinned(text);
    const worker = this.#startedWorker(WORKER_SCRIPT);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ id, text });
    });
  }

  /** Whether a worker thread was started (large texts and a compiled worker script). */
  get usesWorker(): boolean {
    return this.#worker !== undefined;
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
  }

  #startedWorker(script: string): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(script);
    worker.on("message", (reply: FormatReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (reply.error !== undefined) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.text ?? "");
    });
    worker.on("error", (error) => {
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    });
    this.#worker = worker;
    return worker;
  }
}
