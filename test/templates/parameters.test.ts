import { describe, expect, it } from "vitest";
import { InvalidParameterError, type ParameterSpec } from "../../templates/index.js";
import { appendCookies, cookieParams } from "../../templates/cookie.js";
import { headerParamValues } from "../../templates/headers.js";
import { buildPath } from "../../templates/path-styles.js";
import { inFormQuery, inQuery, inScalarQuery, queryString } from "../../templates/query.js";

type Extra = Partial<Omit<ParameterSpec, "name" | "in" | "value">>;

const path = (value: unknown, extra: Extra = {}): string =>
  buildPath("/x/{id}/y", [{ name: "id", in: "path", value, ...extra }]);
const query = (value: unknown, extra: Extra = {}): string =>
  queryString([{ name: "p", in: "query", value, ...extra }]);
const header = (value: unknown, extra: Extra = {}): string | undefined => {
  const values = headerParamValues([
    { name: "X-P", in: "header", value, ...extra },
  ]);
  return values["X-P"] ?? undefined;
};
const cookies = (value: unknown, extra: Extra = {}): string =>
  cookieParams([{ name: "c", in: "cookie", value, ...extra }]).join("; ");

describe("path parameters", () => {
  it.each<[unknown, Extra, string]>([
    ["a.b", { style: "label" }, "/x/.a%2Eb/y"],
    [["a.b", "c"], { style: "label", explode: true }, "/x/.a%2Eb.c/y"],
    ["x;y=z,w", { style: "matrix" }, "/x/;id=x%3By%3Dz%2Cw/y"],
    [{ R: "", G: 2 }, { style: "matrix", explode: true }, "/x/;R;G=2/y"],
    [["", "b"], { style: "matrix", explode: true }, "/x/;id;id=b/y"],
    [{ "a=b": "c,d" }, { explode: true }, "/x/a%3Db=c%2Cd/y"],
    [{ "a,b": "c" }, {}, "/x/a%2Cb,c/y"],
    [["a", undefined, null, "b"], {}, "/x/a,b/y"],
    [{ a: { b: 1 } }, {}, "/x/a,%7B%22b%22%3A1%7D/y"],
    [new Date(0), {}, "/x/1970-01-01T00%3A00%3A00.000Z/y"],
    [{ a: 1 }, { contentType: "application/json" }, "/x/%7B%22a%22%3A1%7D/y"],
    ["..", { contentType: "application/json" }, "/x/%22..%22/y"],
  ])("serialises %j with %j", (value, extra, want) => {
    expect(path(value, extra)).toBe(want);
  });

  it.each<[string, string]>([
    ["src/lib/a b.ts", "/x/src/lib/a%20b.ts/y"],
    ["README.md", "/x/README.md/y"],
    ["heads/feature/%", "/x/heads/feature/%25/y"],
  ])("keeps the / of a multi-segment value %j, encoding each segment", (value, want) => {
    expect(path(value, { multiSegment: true })).toBe(want);
    expect(path(value)).toBe(`/x/${encodeURIComponent(value)}/y`);
  });

  it.each(["a/../b", "./a", "a//b", "a/", "/a"])(
    "refuses the multi-segment value %j, which has an empty or dot segment",
    (value) => {
      expect(() => path(value, { multiSegment: true })).toThrow(
        /Path parameter "id" must not be empty, "." or ".."/,
      );
    },
  );

  it("writes a bigint in full", () => {
    expect(path(12345678901234567890n)).toBe("/x/12345678901234567890/y");
  });

  it.each<[unknown, Extra]>([
    [["."], {}],
    [[".."], { style: "simple", explode: true }],
    [["."], { style: "label", explode: true }],
  ])(
    "refuses %j (%j), which would empty or dot the segment",
    (value, extra) => {
      expect(() => path(value, extra)).toThrow(InvalidParameterError);
    },
  );

  it("refuses values side by side that make a dot segment, naming the first", () => {
    const build = (): string =>
      buildPath("/x/{a}{b}/y", [
        { name: "a", in: "path", value: ["."] },
        { name: "b", in: "path", value: ["."] },
      ]);
    expect(build).toThrow(/Path parameter "a" would make/);
  });

  it.each([undefined, null, [], {}, { a: undefined }, [null]])(
    "treats %j as missing",
    (value) => {
      expect(() => path(value)).toThrow(
        /Missing value for path parameter "id"/,
      );
    },
  );

  it("names the parameter on the error", () => {
    const error = (() => {
      try {
        return path("..");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).parameter).toBe("id");
  });
});

describe("query parameters", () => {
  it.each<[unknown, Extra, string]>([
    [["a", undefined, null, "b"], {}, "p=a&p=b"],
    [{ x: undefined, y: null, z: 1 }, {}, "z=1"],
    [[], {}, ""],
    [{}, { explode: false }, ""],
    [["a,b", "c"], { explode: false }, "p=a%2Cb,c"],
    [[new Date(0)], {}, "p=1970-01-01T00%3A00%3A00.000Z"],
    [[{ a: 1 }], {}, "p=%7B%22a%22%3A1%7D"],
    [false, {}, "p=false"],
    [0, {}, "p=0"],
    [
      { lat: 1, long: 2 },
      { contentType: "application/json" },
      "p=%7B%22lat%22%3A1%2C%22long%22%3A2%7D",
    ],
    [["a"], { contentType: "application/vnd.api+json" }, "p=%5B%22a%22%5D"],
    ["a b", { contentType: "text/plain" }, "p=a%20b"],
  ])("serialises %j with %j", (value, extra, want) => {
    expect(query(value, extra)).toBe(want);
  });

  it.each<[unknown, Extra]>([
    [["a", undefined, null, "b"], {}],
    [["a,b", "c"], { explode: false }],
    [{ x: undefined, y: "é&=", z: 1 }, {}],
    [{ x: "1", y: [2] }, { explode: false, style: "form" }],
    [[{ a: 1 }, new Date(0)], {}],
    [{ lat: 1 }, { contentType: "application/json" }],
    [undefined, {}],
    ["a b/c?#", {}],
  ])("inFormQuery writes %j (%j) as inQuery does", (value, extra) => {
    const write = (serializer: typeof inQuery): string[] => {
      const into = { path: () => "", query: [], headers: {}, cookies: [] };
      serializer.write([{ name: "p", in: "query", value, ...extra }, { name: "q", in: "query", value: 1 }], into);
      return into.query;
    };
    expect(write(inFormQuery)).toEqual(write(inQuery));
    expect(write(inFormQuery)).not.toEqual([]);
  });

  it.each<[unknown, Extra]>([
    ["a b/c?#&=é", {}],
    [0, { style: "spaceDelimited" }],
    [false, { style: "pipeDelimited", explode: false }],
    [12345678901234567890n, { style: "deepObject" }],
    [new Date(0), { explode: false }],
    [null, {}],
    [undefined, {}],
  ])("inScalarQuery writes the scalar %s (%j) as inQuery does", (value, extra) => {
    const write = (serializer: typeof inQuery): string[] => {
      const into = { path: () => "", query: [], headers: {}, cookies: [] };
      serializer.write([{ name: "p q", in: "query", value, ...extra }, { name: "n", in: "query", value: 1 }], into);
      return into.query;
    };
    expect(write(inScalarQuery)).toEqual(write(inQuery));
    expect(write(inScalarQuery)).not.toEqual([]);
  });

  it("inScalarQuery refuses a value that is not a scalar, naming the parameter", () => {
    const into = { path: () => "", query: [], headers: {}, cookies: [] };
    expect(() => inScalarQuery.write([{ name: "p", in: "query", value: ["a", "b"] }], into)).toThrow(
      InvalidParameterError,
    );
  });

  it("never writes undefined or [object Object]", () => {
    const text = queryString([
      { name: "a", in: "query", value: [undefined, { x: { y: 1 } }] },
      { name: "b", in: "query", value: { u: undefined, o: {} } },
      { name: "c", in: "query", value: { n: [undefined] }, explode: false },
      { name: "d", in: "query", value: undefined },
    ]);
    expect(decodeURIComponent(text)).not.toMatch(/undefined|object Object/);
    expect(decodeURIComponent(text)).toBe('a={"x":{"y":1}}&o={}&c=n,[null]');
  });

  it.each<[string, string, string]>([
    [
      "a/b:c?d@e!$'()*,;",
      "a/b:c?d@e!$'()*,;",
      "a%2Fb%3Ac%3Fd%40e!%24'()*%2C%3B",
    ],
    ["x#y&z=1+2[0]", "x%23y%26z%3D1%2B2%5B0%5D", "x%23y%26z%3D1%2B2%5B0%5D"],
    ["%41%zz 100%", "%41%25zz%20100%25", "%2541%25zz%20100%25"],
    ["%3A%2f", "%3A%2f", "%253A%252f"],
    ["é", "%C3%A9", "%C3%A9"],
  ])(
    "allowReserved keeps reserved characters and %%XX triples in %j",
    (value, reserved, plain) => {
      expect(query(value, { allowReserved: true })).toBe(`p=${reserved}`);
      expect(query(value)).toBe(`p=${plain}`);
    },
  );

  it("applies allowReserved to each item, not to the delimiters", () => {
    expect(query(["a/b", "c&d"], { allowReserved: true, explode: false })).toBe(
      "p=a/b,c%26d",
    );
  });

  it("recurses into nested objects with deepObject, brackets arrays of scalars and numbers arrays of objects", () => {
    const value = {
      name: { eq: "x y", ne: undefined },
      tags: ["a", null, "b"],
      when: new Date(0),
      items: [{ price: "p1", quantity: 2 }, null, { price: "p2" }],
    };
    expect(decodeURIComponent(query(value, { style: "deepObject" }))).toBe(
      "p[name][eq]=x y&p[tags][]=a&p[tags][]=b&p[when]=1970-01-01T00:00:00.000Z" +
        "&p[items][0][price]=p1&p[items][0][quantity]=2&p[items][2][price]=p2",
    );
  });

  it.each<[unknown, string]>([
    [["data.source", "tax"], "p[]=data.source&p[]=tax"],
    [[["a", "b"], ["c"]], "p[0][]=a&p[0][]=b&p[1][]=c"],
    [[], ""],
    ["x", "p=x"],
  ])("writes %j with deepObject as %j", (value, want) => {
    expect(decodeURIComponent(query(value, { style: "deepObject" }))).toBe(want);
  });

  it("refuses a cyclic value instead of overflowing the stack", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => query(cyclic, { style: "deepObject" })).toThrow(
      /"p" is nested more than/,
    );
    expect(() => query(cyclic, { contentType: "application/json" })).toThrow(
      /"p" cannot be serialised as JSON/,
    );
  });

  it.each([() => 1, Symbol("s"), new Date(Number.NaN)])(
    "refuses %s, naming the parameter",
    (value) => {
      expect(() => query(value)).toThrow(/"p"/);
    },
  );

  it("keeps declaration order across parameters", () => {
    expect(
      queryString([
        { name: "b", in: "query", value: 2 },
        { name: "id", in: "path", value: 9 },
        { name: "a", in: "query", value: 1 },
      ]),
    ).toBe("b=2&a=1");
  });
});

describe("header parameters", () => {
  it.each<[unknown, Extra, string | undefined]>([
    [{ R: 1, G: "x y" }, { explode: true }, "R=1,G=x y"],
    [{ R: 1, G: 2 }, {}, "R,1,G,2"],
    [[1, undefined, 2], {}, "1,2"],
    [null, {}, undefined],
    [{ a: "é" }, { contentType: "application/json" }, '{"a":"é"}'],
    ["a%20b", {}, "a%20b"],
  ])("serialises %j with %j, never percent-encoding", (value, extra, want) => {
    expect(header(value, extra)).toBe(want);
  });

  it.each(["a\r\nb: evil", "a\nevil", "a\0evil", "a\u2028evil", "ĀEvil"])(
    "refuses %j, naming the header without echoing the value",
    (value) => {
      let error: unknown;
      try {
        header(value);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as Error).message).toContain('"X-P"');
      expect((error as Error).message).not.toMatch(/evil/i);
      expect((error as InvalidParameterError).parameter).toBe("X-P");
    },
  );
});

describe("cookie parameters", () => {
  it.each<[unknown, Extra, string]>([
    ["a; admin=1", {}, "c=a%3B%20admin%3D1"],
    [{ "k;x": "v=1" }, {}, "k%3Bx=v%3D1"],
    [["a,b", "c"], { explode: false }, "c=a%2Cb,c"],
    [undefined, {}, ""],
    [{ a: 1 }, { contentType: "application/json" }, "c=%7B%22a%22%3A1%7D"],
  ])("serialises %j with %j", (value, extra, want) => {
    expect(cookies(value, extra)).toBe(want);
  });

  it.each<[string | undefined, string[], string | undefined]>([
    [undefined, [], undefined],
    ["", ["a=1"], "a=1"],
    ["x=1", ["a=1", "b=2"], "x=1; a=1; b=2"],
    ["x=1", [], "x=1"],
  ])("appends to %j the cookies %j", (existing, added, want) => {
    expect(appendCookies(existing, added)).toBe(want);
  });
});
