import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

type LockEntry = { version: string; dev?: boolean; devOptional?: boolean; [key: string]: unknown };

/**
 * package.json and package-lock.json for a fresh project (the folder `project`) that depends on the
 * packed camelgen tarball (`tarball`, a file name in that folder) and on `devDependencies` taken from this repository's lock. Every entry names its
 * tarball URL and integrity, which is what lets `npm install --offline` take everything from the
 * cache `npm ci` filled: this repository's lock records no `resolved` URLs, and without one npm
 * asks the registry for each package's metadata, which `npm ci` never cached.
 */
export async function offlineProject(repo: string, project: string, tarball: string, devDependencies: string[]): Promise<{ packageJson: object; lock: object }> {
  const own = JSON.parse(await readFile(join(repo, "package.json"), "utf8")) as { version: string; dependencies: Record<string, string>; bin: object; engines: object };
  const lock = JSON.parse(await readFile(join(repo, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const integrity = `sha512-${createHash("sha512").update(await readFile(join(project, tarball))).digest("base64")}`;
  const dev = Object.fromEntries(devDependencies.map((name) => [name, lock.packages[`node_modules/${name}`]?.version ?? "missing"]));
  const manifest = { name: "packed-install-check", version: "1.0.0", private: true, type: "module", dependencies: { camelgen: `file:${tarball}` }, devDependencies: dev };
  const packages: Record<string, object> = {
    "": { name: manifest.name, version: manifest.version, dependencies: manifest.dependencies, devDependencies: dev },
    "node_modules/camelgen": { version: own.version, resolved: `file:${tarball}`, integrity, dependencies: own.dependencies, bin: own.bin, engines: own.engines },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    // camelgen's own dependency tree: the entries its lock does not mark as development-only.
    if (path !== "" && entry.dev !== true && entry.devOptional !== true) packages[path] = withResolved(path, entry);
  }
  for (const name of devDependencies) packages[`node_modules/${name}`] = withResolved(`node_modules/${name}`, lock.packages[`node_modules/${name}`] as LockEntry);
  return { packageJson: manifest, lock: { name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages } };
}

/** The entry with the registry's tarball URL for its name and version. */
function withResolved(path: string, entry: LockEntry): object {
  const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
  return { ...entry, resolved: `https://registry.npmjs.org/${name}/-/${name.split("/").pop() ?? name}-${entry.version}.tgz` };
}
