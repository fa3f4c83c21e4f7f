/**
 * The committed client in generated/camelai compiles with zero errors, together with a consumer
 * that uses its public surface, under every tsconfig variant (NodeNext, Bundler, browser) with
 * TypeScript 5.9 and with TypeScript 7.
 *
 * Each variant gets one temp copy; both compilers check it. All runs start together in
 * `beforeAll` (TS 5.9 takes seconds per run, TS 7 well under one), and each test awaits its own.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../src/emit/generated-file.js";
import { GUARDS_NOCHECK } from "../../src/emit/guards-source.js";
import { isLargeGuardsFile, NOCHECK_MIN_BYTES, withNocheck } from "../../src/emit/large-file-nocheck.js";
import { SCHEMAS_NOCHECK } from "../../src/emit/schema-table.js";
import { generate } from "../../src/generate.js";
import {
  COMPILER_NAMES,
  REPO_ROOT,
  VARIANTS,
  VARIANT_NAMES,
  createTypecheckProject,
  describeResult,
  type CompilerName,
  type SourceFile,
  type TypecheckProject,
  type TypecheckResult,
  type VariantName,
} from "../helpers/typecheck.js";

const GENERATED = path.join(REPO_ROOT, "generated", "camelai");
const FIXTURE = path.join(REPO_ROOT, "fixtures", "camelai", "openapi.yaml");

/**
 * A consumer beside the client. It only has to type-check (it never runs); every top-level binding
 * is exported so `noUnusedLocals` holds, and every `@ts-expect-error` must be used, so the negative
 * cases fail the build if the generated types ever become too loose.
 */
const CONSUMER: SourceFile = {
  path: "consumer.ts",
  contents: `\
import CamelAI, {
  APIError,
  APIConnectionError,
  APIPromise,
  NotFoundError,
  RateLimitError,
  ResponseValidationError,
  assertConnection,
  isConnection,
  sourcesPartialUpdate,
  type ClientOptions,
  type Connection,
  type PaginatedThreadList,
  type PatchedSourcePartialUpdateRequest,
  type RequestOptions,
  type WithResponse,
} from "./camelai/index.js";
import { CamelAI as NamedCamelAI } from "./camelai/client.js";

export const c = new CamelAI({ apiKey: "k" });
export const p: Promise<import("./camelai/index.js").Connection> = c.sources.partialUpdate("42", { account_name: "Prod" });
export const same: NamedCamelAI = c;

const options: ClientOptions = {
  apiKey: null,
  baseURL: "https://example.test",
  timeout: 10_000,
  maxRetries: 0,
  fetch: (input, init) => globalThis.fetch(input, init),
  defaultHeaders: { "X-Trace": "1", "X-Removed": null },
  validate: "throw",
};
export const configured = new CamelAI(options);
export const defaults = new CamelAI();

const perRequest: RequestOptions = { signal: new AbortController().signal, timeout: 5, maxRetries: 1, headers: { A: "b" }, validate: "warn" };
export const withOptions: APIPromise<Connection> = c.sources.retrieve("42", perRequest);
export const raw: Promise<WithResponse<Connection>> = c.sources.partialUpdate("42", {}).withResponse();
export const flat: APIPromise<Connection> = sourcesPartialUpdate(c, "42", { account_name: "Prod" });
export const threads: Promise<PaginatedThreadList> = c.threads.list({ page: 2, page_size: 50 });
export const noBody: Promise<Connection> = c.sources.partialUpdate("42");
export const deleted: Promise<void> = c.sources.destroy("42");

export async function rename(id: string, body: PatchedSourcePartialUpdateRequest): Promise<string> {
  const { data, response } = await c.sources.partialUpdate(id, body).withResponse();
  const status: number = response.status;
  return \`\${data.account_name} \${data.type} \${data.id.toFixed(0)} \${status}\`;
}

export async function describeError(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (error instanceof NotFoundError) return \`not found: \${String(error.status)}\`;
    if (error instanceof RateLimitError) return \`retry after \${error.headers?.get("retry-after") ?? "?"}\`;
    if (error instanceof ResponseValidationError) return error.issues.map((i) => \`\${i.path}: \${i.message}\`).join("; ");
    if (error instanceof APIConnectionError) return "offline";
    if (error instanceof APIError) return \`\${String(error.status)} \${JSON.stringify(error.body)}\`;
    throw error;
  }
}

export function accountName(value: unknown): string | undefined {
  return isConnection(value) ? value.account_name : undefined;
}

export function checked(value: unknown): Connection {
  assertConnection(value);
  return value;
}

// Negative cases: each line must be a type error.
// @ts-expect-error unknown property in a request body
export const typo = c.sources.partialUpdate("42", { acount_name: "Prod" });
// @ts-expect-error wrong property type
export const wrongType = c.sources.partialUpdate("42", { account_name: 42 });
// @ts-expect-error exactOptionalPropertyTypes: an optional property is not \`undefined\`
export const explicitUndefined = c.sources.partialUpdate("42", { account_name: undefined });
// @ts-expect-error the path parameter is required
export const missingId = c.sources.retrieve();
// @ts-expect-error the response is a Connection, not a string
export const wrongResult: Promise<string> = c.sources.retrieve("42");
// @ts-expect-error no such client option
export const badOption = new CamelAI({ apiKey: "k", apikey: "k" });
// @ts-expect-error validate is "off" | "warn" | "throw"
export const badValidate = new CamelAI({ validate: "strict" });
`,
};

describe("generated/camelai compiles", () => {
  const projects = new Map<VariantName, TypecheckProject>();
  const results = new Map<string, Promise<TypecheckResult>>();
  const key = (variant: VariantName, compiler: CompilerName) => `${variant}/${compiler}`;

  beforeAll(async () => {
    // One temp copy per variant, shared by both compilers; each is registered as soon as it exists,
    // so afterAll removes it even if another one fails.
    await Promise.all(
      VARIANT_NAMES.map(async (variant) => {
        const project = await createTypecheckProject({
          variant,
          files: GENERATED,
          into: "camelai",
          extraFiles: consumerFor(variant),
          label: `generated-${variant}`,
        });
        projects.set(variant, project);
      }),
    );
    // Start every run now; TS 7 first, since it finishes quickly and frees the CPU.
    for (const compiler of [...COMPILER_NAMES].reverse()) {
      for (const variant of VARIANT_NAMES) {
        const run = projects.get(variant)!.run(compiler);
        run.catch(() => {}); // awaited (and reported) by the test below
        results.set(key(variant, compiler), run);
      }
    }
    await Promise.allSettled(results.values());
  }, 240_000);

  afterAll(async () => {
    await Promise.all([...projects.values()].map((project) => project.dispose()));
  });

  describe.each(VARIANT_NAMES)("variant %s", (variant) => {
    it.each(COMPILER_NAMES)(`%s: 0 errors (${VARIANTS[variant].description})`, async (compiler) => {
      const result = await results.get(key(variant, compiler))!;
      expect(result.exitCode, describeResult(result, projects.get(variant)!.tsconfig)).toBe(0);
      expect(result.diagnostics).toBe("");
    });
  });
});

/** The consumer's `@ts-expect-error` lines hold under `strict` only; a loose variant checks the client alone. */
function consumerFor(variant: VariantName): SourceFile[] {
  return VARIANTS[variant].compilerOptions["strict"] === false ? [] : [CONSUMER];
}

describe("a fresh in-memory generation compiles", () => {
  // Exercises the helper's in-memory input and catches a generator change before `npm run generate`.
  let generated: ReturnType<typeof generate> | undefined;

  it.each(VARIANT_NAMES)("ts7 × %s", async (variant) => {
    const { files } = await (generated ??= generate({ input: FIXTURE }));
    const project = await createTypecheckProject({ variant, files, into: "camelai", extraFiles: consumerFor(variant), label: `memory-${variant}` });
    try {
      const result = await project.run("ts7");
      expect(result.exitCode, describeResult(result, project.tsconfig)).toBe(0);
    } finally {
      await project.dispose();
    }
  });
});

describe("guards.ts and schemas.ts as shipped: // @ts-nocheck only on a large client", () => {
  // A type error planted in a guard body and one in the table. camelAI's client is small: the
  // consumer's compiler checks everything and reports both. The same files marked as a large
  // client's are (withNocheck): the consumer's compiler skips them, while camelgen's own compile
  // tests disarm the line (asShipped false) and still report both.
  const PLANTED: Record<string, string> = {
    "guards.ts": "export function plantedProbe(value: unknown): value is string {\n  const wrong: number = value;\n  return wrong > 0;\n}\n",
    "schemas.ts": 'export const plantedTable: SchemaTable = { t: { X: { k: "nope" } }, n: [] };\n',
  };
  const NOCHECK: Record<string, readonly string[]> = { "guards.ts": GUARDS_NOCHECK, "schemas.ts": SCHEMAS_NOCHECK };

  async function diagnostics(compiler: (typeof COMPILER_NAMES)[number], files: GeneratedFile[], asShipped: boolean): Promise<TypecheckResult> {
    const include = ["camelai/guards.ts", "camelai/schemas.ts"];
    const project = await createTypecheckProject({ variant: "nodenext", files, into: "camelai", include, asShipped, label: `nocheck-${compiler}-${asShipped}` });
    try {
      return await project.run(compiler);
    } finally {
      await project.dispose();
    }
  }

  it.each(COMPILER_NAMES)("%s", async (compiler) => {
    const { files } = await generate({ input: FIXTURE });
    expect(files.filter((f) => f.contents.includes("@ts-nocheck")).map((f) => f.path)).toEqual([]);
    const planted = files.map((f) => ({ ...f, contents: f.contents + (PLANTED[f.path] ?? "") }));
    const large = planted.map((f) => (NOCHECK[f.path] ? withNocheck(f, NOCHECK[f.path] as readonly string[]) : f));
    const [small, largeShipped, largeChecked] = await Promise.all([diagnostics(compiler, planted, true), diagnostics(compiler, large, true), diagnostics(compiler, large, false)]);
    for (const checked of [small, largeChecked]) {
      expect(checked.diagnostics).toMatch(/guards\.ts\(\d+,\d+\): error TS2322/);
      expect(checked.diagnostics).toMatch(/schemas\.ts\(\d+,\d+\): error TS2322/);
    }
    expect(largeShipped.diagnostics).toBe("");
    expect(largeShipped.exitCode).toBe(0);
  });

  it("marks a client large from NOCHECK_MIN_BYTES of guards.ts on", () => {
    const file = (length: number): GeneratedFile => ({ path: "guards.ts", contents: "x".repeat(length) });
    expect(isLargeGuardsFile(file(NOCHECK_MIN_BYTES - 1))).toBe(false);
    expect(isLargeGuardsFile(file(NOCHECK_MIN_BYTES))).toBe(true);
  });
});
