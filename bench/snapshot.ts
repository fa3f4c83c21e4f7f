import { cpSync, existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";

const REPO = resolve(import.meta.dirname, "..");

/**
 * Copies the built camelgen (bin, dist, templates, package.json) into `tempRoot`, so a rebuild of
 * dist/ in the checkout during a long run (every test run does one) cannot pull it from under the
 * run. A `node_modules` symlink to the repo's resolves its dependencies as from the checkout.
 * Returns the copy's root.
 */
export function snapshotCamelgen(tempRoot: string): string {
  if (!existsSync(join(REPO, "dist/cli/main.js"))) throw new Error("dist/ is not built: run `npm run build` first");
  const root = join(tempRoot, "camelgen");
  mkdirSync(root, { recursive: true });
  for (const path of ["bin", "dist", "templates", "package.json"]) cpSync(join(REPO, path), join(root, path), { recursive: true });
  symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}
