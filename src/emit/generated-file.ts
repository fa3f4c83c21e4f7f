/** One file of the output, relative to the output folder. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/**
 * What the header line of every emitted (non-runtime) file says. The schema's hash is in the
 * manifest instead, so a schema change rewrites only the files whose content changed.
 */
export interface HeaderInfo {
  generatorVersion: string;
}
