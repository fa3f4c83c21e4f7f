import type { StandardSchemaV1 } from "@standard-schema/spec";
import { describe, expectTypeOf, test } from "vitest";
import {
  connectionSchema,
  threadSchema,
  type Connection,
  type StandardSchemaV1 as RuntimeStandardSchemaV1,
  type Thread,
} from "../../generated/camelai/index.js";

// Compiled, never run: the generated objects against the published Standard Schema types.
describe("xSchema is a Standard Schema of X", () => {
  test("assignable to the published StandardSchemaV1<unknown, Connection>", () => {
    expectTypeOf(connectionSchema).toExtend<StandardSchemaV1<unknown, Connection>>();
    const schema: StandardSchemaV1<unknown, Connection> = connectionSchema;
    // @ts-expect-error a Connection schema is not a Thread schema
    const wrong: StandardSchemaV1<unknown, Thread> = connectionSchema;
    void [schema, wrong];
  });

  test("InferOutput and InferInput are the type", () => {
    expectTypeOf<StandardSchemaV1.InferOutput<typeof connectionSchema>>().toEqualTypeOf<Connection>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof connectionSchema>>().toEqualTypeOf<Connection>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof threadSchema>>().toEqualTypeOf<Thread>();
  });

  test("a consumer generic over any Standard Schema infers the type", () => {
    const parse = async <S extends StandardSchemaV1>(schema: S, value: unknown): Promise<StandardSchemaV1.InferOutput<S>> => {
      const result = await schema["~standard"].validate(value);
      if (result.issues) throw new Error(result.issues.map((issue) => issue.message).join("; "));
      return result.value;
    };
    expectTypeOf(parse(connectionSchema, {})).resolves.toEqualTypeOf<Connection>();
  });

  test("the runtime's own StandardSchemaV1 is the published one", () => {
    expectTypeOf<RuntimeStandardSchemaV1<Connection>>().toExtend<StandardSchemaV1<Connection>>();
    expectTypeOf<StandardSchemaV1<Connection>>().toExtend<RuntimeStandardSchemaV1<Connection>>();
    expectTypeOf<RuntimeStandardSchemaV1.InferOutput<typeof connectionSchema>>().toEqualTypeOf<Connection>();
  });
});
