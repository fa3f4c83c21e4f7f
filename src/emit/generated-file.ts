/** One file of the output, relative to the output folder. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** What the header line of every emitted (non-runtime) file says. */
export interface HeaderInfo {
  generatorVersion: string;
  schemaHash: string;
}
