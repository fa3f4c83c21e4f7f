import { describe, expect, it } from "vitest";
import type { OperationRequest } from "../../templates/operation.js";
import { fieldAt, itemsAt } from "../../templates/page-promise.js";
import { withQuery } from "../../templates/pagination.js";

describe("fieldAt / itemsAt", () => {
  const page = { data: [1, 2], meta: { next: "c2", none: null }, response_metadata: { next_cursor: "" } };
  const cases: [string, string | readonly string[] | undefined, unknown][] = [
    ["a property", "data", [1, 2]],
    ["a path", ["meta", "next"], "c2"],
    ["the value itself", [], page],
    ["a missing property", "results", undefined],
    ["through a null", ["meta", "none", "x"], undefined],
    ["an inherited property is not a field", "toString", undefined],
    ["no path", undefined, undefined],
  ];
  it.each(cases)("%s", (_label, path, want) => {
    expect(fieldAt(page, path)).toEqual(want);
  });

  it("itemsAt gives the array at the path, or none", () => {
    expect(itemsAt([3, 4], [])).toEqual([3, 4]);
    expect(itemsAt(page, "data")).toEqual([1, 2]);
    expect(itemsAt(page, "meta")).toEqual([]);
    expect(itemsAt(null, "data")).toEqual([]);
  });
});

describe("withQuery", () => {
  const request: OperationRequest = {
    method: "GET",
    path: "/records",
    parameters: [
      { name: "limit", in: "query", value: 2 },
      { name: "offset", in: "query", value: undefined },
      { name: "offset", in: "header", value: "h" },
    ],
    security: [],
  };

  it("sets a declared query parameter in place, leaving other locations alone", () => {
    expect(withQuery(request, { offset: 4 }).parameters).toEqual([
      { name: "limit", in: "query", value: 2 },
      { name: "offset", in: "query", value: 4 },
      { name: "offset", in: "header", value: "h" },
    ]);
  });

  it("adds an undeclared one at the end, and leaves the request unchanged", () => {
    expect(withQuery(request, { cursor: "c2" }).parameters?.at(-1)).toEqual({ name: "cursor", in: "query", value: "c2" });
    expect(request.parameters).toHaveLength(3);
    expect(request.parameters?.[1]?.value).toBeUndefined();
  });
});
