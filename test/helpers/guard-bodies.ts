/**
 * A generated guards.ts and schemas.ts open with a `// @ts-nocheck` line, so a consumer's compiler
 * reads only the guards' signatures and the table's declared type. camelgen's own compile checks
 * must still check every guard body and the table against SchemaTable, so they disarm that line
 * (in place, keeping line numbers) before compiling.
 */
const NOCHECK = /^\/\/ @ts-nocheck\b/m;

export function isNocheckFile(path: string): boolean {
  return /(?:^|[\\/])(?:guards|schemas)\.ts$/.test(path);
}

export function withNocheckDisarmed(path: string, contents: string): string {
  return isNocheckFile(path) ? contents.replace(NOCHECK, "// (camelgen test: checked in full)") : contents;
}
