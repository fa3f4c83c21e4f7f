import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./select.js";

/**
 * A private copy of the built generator (bin, dist, templates, package.json) for a long run, so a
 * rebuild of dist/ meanwhile (every test run does one) cannot pull it from under the run. It sits
 * below node_modules/, whose parent folders resolve the generator's dependencies.
 */
export function snapshotGenerator(): { root: string; remove: () => void } {
  const root = join(REPO, "node_modules", `.camelgen-corpus-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const path of ["bin", "dist", "templates", "package.json"]) cpSync(join(REPO, path), join(root, path), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
