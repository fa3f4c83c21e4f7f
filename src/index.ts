export { generate, type GenerateOptions, type GenerateResult } from "./generate.js";
export type { GeneratedFile } from "./emit/generated-file.js";
export type { ApiModel, Diagnostic } from "./model/ir.js";
export { buildModel, type ModelOptions } from "./model/build-model.js";
export { loadSpec, type LoadedSpec } from "./load/load-spec.js";
export { LoadError } from "./load/load-error.js";
export { ModelError } from "./model/diagnostics.js";
