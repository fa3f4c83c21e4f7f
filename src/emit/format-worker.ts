import { parentPort } from "node:worker_threads";
import { formatPinned } from "./pinned-style.js";

/** A worker thread formatting texts with the pinned style; the emitting thread goes on meanwhile. */
interface FormatRequest {
  id: number;
  text: string;
}

parentPort?.on("message", (request: FormatRequest) => {
  formatPinned(request.text).then(
    (text) => parentPort?.postMessage({ id: request.id, text }),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
