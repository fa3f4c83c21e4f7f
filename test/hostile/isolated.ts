import { execFile } from "node:child_process";
import { join } from "node:path";
import type { Diagnostic } from "../../src/model/ir.js";
import { REPO } from "../helpers/run-cli.js";

/** What generate-child.ts prints. */
export interface ChildReport {
  outcome: "generates" | "fails";
  diagnostics: Diagnostic[];
  error?: { name: string; message: string };
  files?: string[];
  /** Time spent in `generate`, not counting the child's start-up. */
  ms: number;
  /** Peak resident set size of the child, in KiB. */
  maxRssKb: number;
}

/** A child that finished, or how it did not. */
export type IsolatedResult =
  | { status: "finished"; report: ChildReport; wallMs: number }
  | { status: "timeout" | "crashed"; detail: string; wallMs: number };

export interface IsolateOptions {
  /** Wall-clock limit for the child, start-up included; it is killed after it. */
  timeoutMs: number;
  /** V8 heap limit in MiB: going past it crashes the child instead of the machine. */
  heapMb?: number;
  output?: string;
}

const CHILD = join(REPO, "test/hostile/generate-child.ts");

/** Runs `generate` on `input` in a child process (`node --import tsx`, no shell). */
export function generateIsolated(input: string, options: IsolateOptions): Promise<IsolatedResult> {
  const args = [`--max-old-space-size=${options.heapMb ?? 512}`, "--import", "tsx", CHILD, input];
  if (options.output !== undefined) args.push(options.output);
  const started = performance.now();
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: REPO, timeout: options.timeoutMs, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const wallMs = Math.round(performance.now() - started);
      if (error && (error.killed || error.signal === "SIGKILL")) {
        done({ status: "timeout", detail: `killed after ${options.timeoutMs} ms`, wallMs });
        return;
      }
      const line = stdout.trim().split("\n").pop() ?? "";
      try {
        done({ status: "finished", report: JSON.parse(line) as ChildReport, wallMs });
      } catch {
        done({ status: "crashed", detail: `exit ${String(error?.code ?? 0)}: ${stderr.trim().split("\n").slice(-5).join("\n")}`, wallMs });
      }
    });
  });
}
