import type { Diagnostic } from "../model/ir.js";
import { formatDiagnostic, type Place } from "./report.js";

export type OutputMode = "normal" | "quiet" | "json";

type Print = (line: string) => void;

/**
 * What a CLI run tells its user: normal lines, nothing but problems with --quiet, or one JSON
 * object on stdout with --json (diagnostics included, for CI tools).
 */
export class Reporter {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly fields: Record<string, unknown> = {};

  constructor(
    private readonly mode: OutputMode,
    private readonly stdout: Print,
    private readonly stderr: Print,
  ) {}

  /** A success line; silent with --quiet and --json. */
  info(line: string): void {
    if (this.mode === "normal") this.stdout(line);
  }

  /**
   * A stage that ended, one line on stderr as it ends (`camelgen: load 2.6 s`), so a long run in
   * an npm script or CI shows progress; not with --quiet or --json.
   */
  stage(stage: string, ms: number): void {
    if (this.mode !== "normal") return;
    this.stderr(`camelgen: ${stage} ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}`);
  }

  /** A progress line on stderr (`camelgen: overlay fix.overlay.yaml: actions[0] 1 matched, 1 updated`); not with --quiet or --json. */
  progress(line: string): void {
    if (this.mode === "normal") this.stderr(`camelgen: ${line}`);
  }

  /** Errors always; warnings and notes not with --quiet; all of them in --json's result. Placed by `place` when reported. */
  diagnostic(d: Diagnostic, place?: Place): void {
    const printed = this.mode === "normal" || (this.mode === "quiet" && d.severity === "error");
    const placed = place !== undefined && (printed || this.mode === "json") ? place(d) : d;
    this.diagnostics.push(placed);
    if (printed) this.stderr(formatDiagnostic(placed));
  }

  /** A problem line; in --json mode it becomes the `error` field. */
  problem(line: string): void {
    if (this.mode === "json") this.fields["error"] = [this.fields["error"], line].filter(Boolean).join("\n");
    else this.stderr(line);
  }

  /** Records a field of the --json result (status, output, drift, ...). */
  set(key: string, value: unknown): void {
    this.fields[key] = value;
  }

  /** The --json result of the run so far. */
  result(exitCode: number): Record<string, unknown> {
    return { exitCode, ...this.fields, diagnostics: this.diagnostics };
  }

  /** Prints the --json result; call once at the end of a run. */
  finish(exitCode: number): void {
    if (this.mode === "json") this.stdout(JSON.stringify(this.result(exitCode)));
  }
}

/** The --json answer to a refused command line or config (exit 2, before any work). */
export function usageErrorJson(message: string): string {
  return JSON.stringify({ exitCode: 2, status: "usage-error", error: message, diagnostics: [] });
}

/** Statuses from the best to the worst, for the one status of several clients. */
const STATUS_ORDER = ["up-to-date", "current", "written", "stale", "failed", "usage-error"];

/** The --json result of several clients: each client's own result, with the worst exit code and status on top. */
export function clientsResult(results: Record<string, unknown>[]): { exitCode: number; status: unknown; clients: Record<string, unknown>[] } {
  const rank = (result: Record<string, unknown>) => STATUS_ORDER.indexOf(result["status"] as string);
  const worst = results.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const exitCode = Math.max(...results.map((result) => result["exitCode"] as number));
  return { exitCode, status: worst["status"], clients: results };
}
