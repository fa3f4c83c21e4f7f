/**
 * What an editor does with a generated client, measured with TypeScript's language service (the
 * engine behind tsserver): open a file that calls `client.repos.listForOrg`, check it, then go to the
 * method's definition and to the function the method calls, and for each file opened compute what
 * an editor computes for it: semantic diagnostics, semantic highlighting and the outline.
 *
 *   tsx bench/editor.ts [client folder]   (default: GitHub's client, generated into a temp folder)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const REPO = resolve(import.meta.dirname, "..");
const GITHUB = join(REPO, "node_modules/@octokit/openapi/generated/api.github.com.json");
const CALL = `export const repos = client.repos.listForOrg("octokit");\n`;

function generated(dir: string): string {
  const output = join(dir, "client");
  execFileSync(process.execPath, [join(REPO, "bin/camelgen.js"), "generate", "--input", GITHUB, "--output", output, "--quiet"], { stdio: "inherit" });
  return output;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(dir, f));
}

function languageService(files: string[]): ts.LanguageService {
  const options: ts.CompilerOptions = { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: [], skipLibCheck: true, noEmit: true };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => files,
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) => (ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file) ?? "") : undefined),
    getCurrentDirectory: () => dirname(files[0] as string),
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

/** An editor opening `file`: its errors, its semantic highlighting and its outline. */
function open(service: ts.LanguageService, file: string, root: string): void {
  const length = statSync(file).size;
  const [diagnostics, check] = timed(() => service.getSemanticDiagnostics(file));
  const [, highlight] = timed(() => service.getEncodedSemanticClassifications(file, { start: 0, length }, ts.SemanticClassificationFormat.TwentyTwenty));
  const [, outline] = timed(() => service.getNavigationTree(file));
  const kb = (length / 1024).toFixed(0).padStart(6);
  console.log(`  ${relative(root, file).padEnd(34)} ${kb} KB  diagnostics ${check.toFixed(0).padStart(5)} ms (${diagnostics.length} errors)  highlighting ${highlight.toFixed(0).padStart(5)} ms  outline ${outline.toFixed(0).padStart(4)} ms`);
}

/** Where the name at `offset` in `file` is defined: the file and the offset of the definition. */
function definition(service: ts.LanguageService, file: string, offset: number): { file: string; offset: number } {
  const found = service.getDefinitionAtPosition(file, offset)?.[0];
  if (!found) throw new Error(`no definition at ${file}:${offset}`);
  return { file: found.fileName, offset: found.textSpan.start };
}

const dir = mkdtempSync(join(tmpdir(), "camelgen-editor-"));
try {
  const client = process.argv[2] ? resolve(process.argv[2]) : generated(dir);
  const app = join(dirname(client), `editor-bench-${process.pid}.ts`);
  writeFileSync(app, `import Client from "./${relative(dirname(client), client)}/index.js";\nconst client = new Client();\n${CALL}`);
  try {
    const [service, created] = timed(() => languageService([app, ...tsFiles(client)]));
    console.log(`language service over ${relative(dirname(client), client)} (TypeScript ${ts.version}; created in ${created.toFixed(0)} ms)`);
    const [, first] = timed(() => service.getSemanticDiagnostics(app));
    console.log(`  the calling file, first check (builds the program: parse and bind every file): ${first.toFixed(0)} ms`);
    open(service, app, dirname(client));
    const method = definition(service, app, readFileSync(app, "utf8").indexOf("listForOrg("));
    open(service, method.file, dirname(client));
    const body = readFileSync(method.file, "utf8");
    const call = body.indexOf("(this.#client", method.offset);
    const fn = definition(service, method.file, body.lastIndexOf(" ", call) + 1);
    if (fn.file !== method.file) open(service, fn.file, dirname(client));
    else console.log("  (the function the method calls is in the same file)");
  } finally {
    rmSync(app, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
