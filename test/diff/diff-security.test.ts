import { describe, expect, it } from "vitest";
import { changesOf, op, type Json, type Spec } from "./helpers.js";

type Row = [label: string, before: Spec, after: Spec, want: [string, string, boolean][]];

const KEY = { type: "apiKey", in: "header", name: "X-API-Key" };
const BEARER = { type: "http", scheme: "bearer" };

function api(schemes: Json, security?: Json[]): Spec {
  return { paths: { "/a": { get: op("things_list", security ? { security } : {}) } }, schemes };
}

describe("security schemes", () => {
  const rows: Row[] = [
    ["added: not breaking", api({ Key: KEY }), api({ Key: KEY, Bearer: BEARER }), [["scheme-added", "securitySchemes.Bearer", false]]],
    ["removed: breaking", api({ Key: KEY, Bearer: BEARER }), api({ Key: KEY }), [["scheme-removed", "securitySchemes.Bearer", true]]],
    ["changed kind under the same name: breaking", api({ Key: KEY }), api({ Key: BEARER }), [["scheme-changed", "securitySchemes.Key", true]]],
    ["apiKey moved to another header: breaking", api({ Key: KEY }), api({ Key: { ...KEY, name: "Authorization" } }), [["scheme-changed", "securitySchemes.Key", true]]],
  ];
  it.each(rows)("%s", (_label, before, after, want) => expect(changesOf(before, after)).toEqual(want));
});

describe("per-operation requirements", () => {
  const schemes = { Key: KEY, Bearer: BEARER };
  const rows: Row[] = [
    ["an alternative added: not breaking", api(schemes, [{ Key: [] }]), api(schemes, [{ Key: [] }, { Bearer: [] }]), [["security-changed", "GET /a security", false]]],
    ["an alternative removed: breaking", api(schemes, [{ Key: [] }, { Bearer: [] }]), api(schemes, [{ Key: [] }]), [["security-changed", "GET /a security", true]]],
    ["optional auth added: not breaking", api(schemes, [{ Key: [] }]), api(schemes, [{ Key: [] }, {}]), [["auth-optional-added", "GET /a security", false]]],
    ["optional auth removed: breaking", api(schemes, [{ Key: [] }, {}]), api(schemes, [{ Key: [] }]), [["auth-optional-removed", "GET /a security", true]]],
    [
      "a public operation now requiring credentials: breaking",
      api(schemes),
      api(schemes, [{ Key: [] }]),
      [
        ["auth-optional-removed", "GET /a security", true],
        ["security-changed", "GET /a security", false],
      ],
    ],
    ["both schemes of one alternative, in any order: no change", api(schemes, [{ Key: [], Bearer: [] }]), api(schemes, [{ Bearer: [], Key: [] }]), []],
  ];
  it.each(rows)("%s", (_label, before, after, want) => expect(changesOf(before, after)).toEqual(want));
});
