import { parentPort } from "node:worker_threads";
import type { NamedType } from "../model/ir.js";
import { Formatter } from "./formatter.js";
import type { HeaderInfo } from "./generated-file.js";
import { printGuardsFile } from "./guards-source.js";

/** A worker thread printing guards.ts while the emitting thread prints the other files. */
parentPort?.once("message", ({ types, header }: { types: NamedType[]; header: HeaderInfo }) => {
  // Two threads already share the cores: this one formats what it leaves to prettier itself.
  const formatter = new Formatter({ inThreadOnly: true });
  printGuardsFile(types, header, formatter).then(
    (file) => parentPort?.postMessage({ file }),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
