// Module hooks of module-log.mjs: they run on the loader's own thread, so they write the log themselves.
import { appendFileSync } from "node:fs";

let log = "";

export function initialize(file) {
  log = file;
}

export async function load(url, context, next) {
  appendFileSync(log, `${url}\n`);
  return next(url, context);
}
