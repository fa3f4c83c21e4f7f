/**
 * A generated guards.ts opens with a `// @ts-nocheck` line, so a consumer's compiler reads only the
 * guards' signatures. camelgen's own compile checks must still check every guard body, so they
 * disarm that line (in place, keeping line numbers) before compiling.
 */
const NOCHECK = /^\/\/ @ts-nocheck\b/m;

export function isGuardsFile(path: string): boolean {
  return /(?:^|[\\/])guards\.ts$/.test(path);
}

export function withGuardBodiesChecked(path: string, contents: string): string {
  return isGuardsFile(path) ? contents.replace(NOCHECK, "// (camelgen test: guard bodies checked)") : contents;
}
