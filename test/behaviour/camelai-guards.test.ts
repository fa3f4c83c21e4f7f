import { describe, expect, it } from "vitest";
import {
  ValidationError,
  assertConnection,
  isConnection,
  isConnectionRequest,
  isPaginatedConnectionList,
} from "../../generated/camelai/index.js";
import { connection } from "../helpers/camelai.js";

function without(key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...connection() };
  delete copy[key];
  return copy;
}

describe("isConnection", () => {
  it("accepts a valid Connection, with or without extra properties", () => {
    expect(isConnection(connection())).toBe(true);
    expect(isConnection({ ...connection(), extra: "ignored" })).toBe(true);
  });

  it("accepts every value of the type enum", () => {
    for (const type of [
      "SUPABASE",
      "DATABRICKS",
      "FILE",
      "MCP",
      "SQLITE",
      "SNOWFLAKE",
    ]) {
      expect(isConnection(connection({ type })), type).toBe(true);
    }
  });

  it.each(["ORACLE", "postgres", "", 1, null])("rejects type %j", (type) => {
    expect(isConnection(connection({ type }))).toBe(false);
  });

  it.each(["id", "account_name", "type", "created_at", "is_fully_configured"])(
    "rejects a Connection without the required %s",
    (key) => {
      expect(isConnection(without(key))).toBe(false);
    },
  );

  it("applies maxLength 255 to account_name, counting code points", () => {
    expect(isConnection(connection({ account_name: "x".repeat(255) }))).toBe(
      true,
    );
    expect(isConnection(connection({ account_name: "x".repeat(256) }))).toBe(
      false,
    );
    expect(isConnection(connection({ account_name: "x".repeat(300) }))).toBe(
      false,
    );
    // 255 astral characters are 510 UTF-16 units but 255 characters in JSON Schema's sense.
    expect(isConnection(connection({ account_name: "😀".repeat(255) }))).toBe(
      true,
    );
    expect(isConnection(connection({ account_name: "😀".repeat(256) }))).toBe(
      false,
    );
  });

  it.each([
    ["a fractional id", { id: 42.5 }],
    ["a string id", { id: "42" }],
    ["a numeric account_name", { account_name: 42 }],
    ["a string is_fully_configured", { is_fully_configured: "true" }],
    ["a null created_at", { created_at: null }],
  ])("rejects %s", (_label, overrides) => {
    expect(isConnection(connection(overrides))).toBe(false);
  });

  it.each([null, undefined, "Connection", 42, [], [connection()]])(
    "rejects the non-object %j",
    (value) => {
      expect(isConnection(value)).toBe(false);
    },
  );
});

describe("assertConnection", () => {
  it("returns normally for a valid Connection", () => {
    expect(() => assertConnection(connection())).not.toThrow();
  });

  it.each([
    ["a wrong type enum", connection({ type: "ORACLE" })],
    ["a missing id", without("id")],
    [
      "an account_name of 256 characters",
      connection({ account_name: "x".repeat(256) }),
    ],
    ["null", null],
  ])("throws ValidationError on %s", (_label, value) => {
    let thrown: unknown;
    try {
      assertConnection(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    const error = thrown as ValidationError;
    expect(error.name).toBe("ValidationError");
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.message).toContain("Connection");
  });
});

describe("guards of related types", () => {
  it("isPaginatedConnectionList checks every item", () => {
    const page = {
      count: 2,
      next: null,
      previous: null,
      results: [connection(), connection({ id: 2 })],
    };
    expect(isPaginatedConnectionList(page)).toBe(true);
    expect(
      isPaginatedConnectionList({
        ...page,
        results: [connection(), connection({ type: "ORACLE" })],
      }),
    ).toBe(false);
    expect(isPaginatedConnectionList({ ...page, results: undefined })).toBe(
      false,
    );
  });

  it("isConnectionRequest uses the request enum, which lacks DATABRICKS", () => {
    expect(
      isConnectionRequest({ account_name: "Prod", type: "POSTGRES" }),
    ).toBe(true);
    expect(
      isConnectionRequest({ account_name: "Prod", type: "DATABRICKS" }),
    ).toBe(false);
    expect(isConnectionRequest({ account_name: "", type: "POSTGRES" })).toBe(
      false,
    );
  });
});
