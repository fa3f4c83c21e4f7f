import type { GeneratedFile } from "../emit/generated-file.js";

/** A file with its contents as UTF-8, encoded once for both the manifest's hash and the disk. */
export interface EncodedFile extends GeneratedFile {
  bytes: Uint8Array;
}

export function encodeFiles(files: readonly GeneratedFile[]): EncodedFile[] {
  return files.map((file) => ({ ...file, bytes: Buffer.from(file.contents, "utf8") }));
}

/** What is written for a file: its encoded bytes where it has them. */
export function fileData(file: GeneratedFile | EncodedFile): string | Uint8Array {
  return "bytes" in file ? file.bytes : file.contents;
}
