import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The path of a worker script beside the emit modules, or undefined when it is not there: only the
 * compiled modules have one (runs from the TypeScript sources work in the calling thread instead).
 */
export function compiledWorkerScript(name: string): string | undefined {
  const script = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return existsSync(script) ? script : undefined;
}
