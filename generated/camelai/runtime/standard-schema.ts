import { pointerKeys } from "./issue-path.js";
import { validateWith } from "./schema-interpreter.js";
import type { SchemaTable } from "./schema-table.js";

/**
 * Standard Schema v1 (https://standardschema.dev), the interface tRPC, TanStack Form, Hono and
 * others accept from any validation library. Declared here, as the standard asks of
 * implementations, so that the client depends on nothing; it is the same interface structurally.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (
      value: unknown,
      options?: Options | undefined,
    ) => Result<Output> | Promise<Result<Output>>;
    /** Inference only: never present at run time. */
    readonly types?: Types<Input, Output> | undefined;
  }
  interface Options {
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    /** Where the issue is, from the root; absent for the root itself. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
  type InferInput<Schema extends StandardSchemaV1> = NonNullable<
    Schema["~standard"]["types"]
  >["input"];
  type InferOutput<Schema extends StandardSchemaV1> = NonNullable<
    Schema["~standard"]["types"]
  >["output"];
}

/**
 * The Standard Schema object of one named type (the generated `xSchema`): the compiled guard gives
 * the verdict, as `assertX` does, and the interpreter the issues of a value that fails it, the
 * same issues as `validateX` with each JSON pointer turned into a path of keys. The generated
 * guards call it as `/* @__PURE__ *\/ standardSchemaOf(...)`, so a bundle that never uses the
 * object drops it.
 */
export function standardSchemaOf<T>(
  table: SchemaTable,
  typeName: string,
  guard: (value: unknown) => value is T,
): StandardSchemaV1<T> {
  const validate = (value: unknown): StandardSchemaV1.Result<T> => {
    if (guard(value)) return { value };
    const issues = validateWith(table, typeName, value).map(
      ({ path, message }): StandardSchemaV1.Issue =>
        path === "" ? { message } : { message, path: pointerKeys(path, value) },
    );
    return { issues };
  };
  return { "~standard": { version: 1, vendor: "camelgen", validate } };
}
