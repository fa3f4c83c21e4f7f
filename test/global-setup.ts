import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

/**
 * The CLI tests spawn the real binary, which runs the compiled dist/: build it afresh from the
 * current sources (a stale file in dist/ would also change the generator's fingerprint), with the
 * precompiled OpenAPI schema validators that src/ and dist/ both load from dist/.
 */
export default function setup(): void {
  rmSync("dist", { recursive: true, force: true });
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
  execFileSync(process.execPath, ["scripts/build-validators.mjs"], { stdio: "inherit" });
}
