// Preloaded with `node --import`: appends the URL of every module the process loads to the file
// CAMELGEN_MODULE_LOG names (modules imported, and CommonJS ones required, at exit).
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";

const log = process.env["CAMELGEN_MODULE_LOG"];
if (log) {
  register(new URL("./module-log-hooks.mjs", import.meta.url), { data: log });
  const require = createRequire(import.meta.url);
  process.on("exit", () => appendFileSync(log, Object.keys(require.cache).map((path) => `${path}\n`).join("")));
}
