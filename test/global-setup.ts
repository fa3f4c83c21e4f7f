import { execFileSync } from "node:child_process";

/** The CLI tests spawn the real binary, which runs the compiled dist/: build it from the current sources. */
export default function setup(): void {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
