import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { isJsonObject, stringField } from "../model/json.js";

interface SchemaError {
  instancePath: string;
  message?: string;
}

interface PrecompiledValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

type Dialect = "2.0" | "3.0" | "3.1";

const loaded = new Map<Dialect, PrecompiledValidator>();

/**
 * Returns a check that throws what swagger-parser's lib/validators/schema.js throws for `api`, run
 * with the validators `npm run build` precompiled from the same schemas (scripts/build-validators.mjs)
 * instead of compiling ajv on every run. They live in dist/ at the package root, which is the same
 * path from src/load and dist/load. Loading one fails loudly when the build has not made it.
 */
export function openApiSchemaCheck(api: unknown): (api: unknown) => void {
  const validator = precompiled(dialectOf(api));
  return (data) => {
    if (validator(data)) return;
    throw new SyntaxError(`Swagger schema validation failed.\n${formatErrors(validator.errors ?? [])}`);
  };
}

/** swagger-parser's choice: a truthy `swagger` is Swagger 2.0, then `openapi` 3.1.x, else 3.0. */
function dialectOf(api: unknown): Dialect {
  if (isJsonObject(api) && api["swagger"]) return "2.0";
  return isJsonObject(api) && stringField(api, "openapi")?.startsWith("3.1") === true ? "3.1" : "3.0";
}

function precompiled(dialect: Dialect): PrecompiledValidator {
  const known = loaded.get(dialect);
  if (known !== undefined) return known;
  const file = fileURLToPath(new URL(`../../dist/load/validators/openapi-${dialect}.cjs`, import.meta.url));
  let validator: PrecompiledValidator;
  try {
    validator = createRequire(import.meta.url)(file) as PrecompiledValidator;
  } catch (error) {
    throw new Error(`the OpenAPI ${dialect} schema validator is missing (${file}); run \`npm run build\``, { cause: error });
  }
  loaded.set(dialect, validator);
  return validator;
}

/** The lines swagger-parser's formatAjvError writes, one per error. */
function formatErrors(errors: readonly SchemaError[]): string {
  return errors.map((error) => `  #${error.instancePath.length > 0 ? error.instancePath : "/"} ${error.message}\n`).join("");
}
