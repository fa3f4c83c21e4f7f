import { describe, expect, it } from "vitest";
import { InvalidParameterError, type ParameterLocation, type ParameterSpec, type ParameterStyle } from "../../templates/index.js";
import { cookieParams } from "../../templates/cookie.js";
import { headerParamValues } from "../../templates/headers.js";
import { buildPath } from "../../templates/path-styles.js";
import { queryString } from "../../templates/query.js";
import { wholeQueryString } from "../../templates/query-string.js";

/**
 * The Style Examples table of OpenAPI 3.0.3 (§4.7.12.4 in 3.0.4), for a parameter named
 * `color`. `spec` is the 3.0.3 cell verbatim; a row without `why` must produce exactly that
 * cell. A row with `why` is either a cell the table marks n/a (what we do instead) or a cell
 * we knowingly differ from, and says why.
 */
const VALUES = {
  empty: "",
  string: "blue",
  array: ["blue", "black", "brown"],
  object: { R: 100, G: 200, B: 150 },
} as const;

type Column = keyof typeof VALUES;
const REJECTED = "InvalidParameterError";

interface Cell {
  style: ParameterStyle;
  explode: boolean;
  in: ParameterLocation;
  column: Column;
  spec: string;
  want: string;
  why?: string;
}

type Row = [
  style: ParameterStyle,
  explode: boolean,
  location: ParameterLocation,
  cells: Record<Column, string | [want: string, spec: string, why: string]>,
];

const PATH_EMPTY =
  'a path value of "" is refused in every style: in label and simple it would empty or dot the segment';
const CORRECTED_304 =
  "3.0.3's cell is an erratum; 3.0.4 corrects it to this (RFC 6570 joins unexploded label values with a comma)";
const NAMED_304 =
  "3.0.3 prints only the value; 3.0.4 corrects the cell to name=value with the delimiter percent-encoded, as RFC 3986 requires";
const NA_FORM = "n/a in the spec: serialised as form, explode false";
const NA_FORM_EXPLODE =
  "n/a in the spec: serialised as form, explode true (names repeat)";
const NA_DEEP_ARRAY = "n/a in the spec: `color[]` per item, as PHP, Rack, qs and Stripe read an array";

const ROWS: Row[] = [
  [
    "matrix",
    false,
    "path",
    {
      empty: [REJECTED, ";color", PATH_EMPTY],
      string: ";color=blue",
      array: ";color=blue,black,brown",
      object: ";color=R,100,G,200,B,150",
    },
  ],
  [
    "matrix",
    true,
    "path",
    {
      empty: [REJECTED, ";color", PATH_EMPTY],
      string: ";color=blue",
      array: ";color=blue;color=black;color=brown",
      object: ";R=100;G=200;B=150",
    },
  ],
  [
    "label",
    false,
    "path",
    {
      empty: [REJECTED, ".", PATH_EMPTY],
      string: ".blue",
      array: [".blue,black,brown", ".blue.black.brown", CORRECTED_304],
      object: [".R,100,G,200,B,150", ".R.100.G.200.B.150", CORRECTED_304],
    },
  ],
  [
    "label",
    true,
    "path",
    {
      empty: [REJECTED, ".", PATH_EMPTY],
      string: ".blue",
      array: ".blue.black.brown",
      object: ".R=100.G=200.B=150",
    },
  ],
  [
    "form",
    false,
    "query",
    {
      empty: "color=",
      string: "color=blue",
      array: "color=blue,black,brown",
      object: "color=R,100,G,200,B,150",
    },
  ],
  [
    "form",
    true,
    "query",
    {
      empty: "color=",
      string: "color=blue",
      array: "color=blue&color=black&color=brown",
      object: "R=100&G=200&B=150",
    },
  ],
  [
    "simple",
    false,
    "path",
    {
      empty: [REJECTED, "n/a", PATH_EMPTY],
      string: "blue",
      array: "blue,black,brown",
      object: "R,100,G,200,B,150",
    },
  ],
  [
    "simple",
    true,
    "path",
    {
      empty: [REJECTED, "n/a", PATH_EMPTY],
      string: "blue",
      array: "blue,black,brown",
      object: "R=100,G=200,B=150",
    },
  ],
  [
    "simple",
    false,
    "header",
    {
      empty: ["", "n/a", "n/a in the spec: a header with an empty value"],
      string: "blue",
      array: "blue,black,brown",
      object: "R,100,G,200,B,150",
    },
  ],
  [
    "simple",
    true,
    "header",
    {
      empty: ["", "n/a", "n/a in the spec: a header with an empty value"],
      string: "blue",
      array: "blue,black,brown",
      object: "R=100,G=200,B=150",
    },
  ],
  [
    "spaceDelimited",
    false,
    "query",
    {
      empty: ["color=", "n/a", NA_FORM],
      string: ["color=blue", "n/a", NA_FORM],
      array: ["color=blue%20black%20brown", "blue%20black%20brown", NAMED_304],
      object: [
        "color=R%20100%20G%20200%20B%20150",
        "R%20100%20G%20200%20B%20150",
        NAMED_304,
      ],
    },
  ],
  [
    "spaceDelimited",
    true,
    "query",
    {
      empty: ["color=", "n/a", NA_FORM_EXPLODE],
      string: ["color=blue", "n/a", NA_FORM_EXPLODE],
      array: ["color=blue&color=black&color=brown", "n/a", NA_FORM_EXPLODE],
      object: ["R=100&G=200&B=150", "n/a", NA_FORM_EXPLODE],
    },
  ],
  [
    "pipeDelimited",
    false,
    "query",
    {
      empty: ["color=", "n/a", NA_FORM],
      string: ["color=blue", "n/a", NA_FORM],
      array: ["color=blue%7Cblack%7Cbrown", "blue|black|brown", NAMED_304],
      object: [
        "color=R%7C100%7CG%7C200%7CB%7C150",
        "R|100|G|200|G|150",
        `${NAMED_304} (3.0.3 also repeats G where B belongs)`,
      ],
    },
  ],
  [
    "pipeDelimited",
    true,
    "query",
    {
      empty: ["color=", "n/a", NA_FORM_EXPLODE],
      string: ["color=blue", "n/a", NA_FORM_EXPLODE],
      array: ["color=blue&color=black&color=brown", "n/a", NA_FORM_EXPLODE],
      object: ["R=100&G=200&B=150", "n/a", NA_FORM_EXPLODE],
    },
  ],
  [
    "deepObject",
    true,
    "query",
    {
      empty: ["color=", "n/a", NA_FORM_EXPLODE],
      string: ["color=blue", "n/a", NA_FORM_EXPLODE],
      array: ["color%5B%5D=blue&color%5B%5D=black&color%5B%5D=brown", "n/a", NA_DEEP_ARRAY],
      object: [
        "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
        "color[R]=100&color[G]=200&color[B]=150",
        "3.0.4 corrects the cell to percent-encoded brackets: RFC 3986 allows no [ ] in a query; servers decode before splitting keys",
      ],
    },
  ],
  [
    "deepObject",
    false,
    "query",
    {
      empty: ["color=", "n/a", NA_FORM_EXPLODE],
      string: ["color=blue", "n/a", NA_FORM_EXPLODE],
      array: ["color%5B%5D=blue&color%5B%5D=black&color%5B%5D=brown", "n/a", NA_DEEP_ARRAY],
      object: [
        "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
        "n/a",
        "n/a in the spec (deepObject is defined only exploded): explode is ignored",
      ],
    },
  ],
  // The table's form rows say `in: query, cookie`; cookies are separate `name=value; ` pairs.
  [
    "form",
    false,
    "cookie",
    {
      empty: "color=",
      string: "color=blue",
      array: "color=blue,black,brown",
      object: "color=R,100,G,200,B,150",
    },
  ],
  [
    "form",
    true,
    "cookie",
    {
      empty: "color=",
      string: "color=blue",
      array: [
        "color=blue; color=black; color=brown",
        "color=blue&color=black&color=brown",
        "in a cookie each exploded pair is its own cookie, joined by '; '",
      ],
      object: [
        "R=100; G=200; B=150",
        "R=100&G=200&B=150",
        "in a cookie each exploded pair is its own cookie, joined by '; '",
      ],
    },
  ],
];

const CELLS: Cell[] = ROWS.flatMap(([style, explode, location, cells]) =>
  (Object.keys(VALUES) as Column[]).map((column): Cell => {
    const cell = cells[column];
    const base = { style, explode, in: location, column };
    return typeof cell === "string"
      ? { ...base, spec: cell, want: cell }
      : { ...base, want: cell[0], spec: cell[1], why: cell[2] };
  }),
);

/** What one `color` parameter becomes in its location: path segment, query, header or cookie value. */
function serialise(spec: ParameterSpec): string {
  switch (spec.in) {
    case "path":
      return buildPath("/{color}", [spec]).slice(1);
    case "query":
      return queryString([spec]);
    case "querystring":
      return wholeQueryString(spec);
    case "header":
      return headerParamValues([spec]).color ?? "(absent)";
    case "cookie":
      return cookieParams([spec]).join("; ");
  }
}

const specOf = (cell: Cell): ParameterSpec => ({
  name: "color",
  in: cell.in,
  value: VALUES[cell.column],
  style: cell.style,
  explode: cell.explode,
});

describe("OpenAPI style examples", () => {
  it.each(CELLS.filter((cell) => cell.why === undefined))(
    "$style explode=$explode in $in, $column: $spec",
    (cell) => {
      expect(serialise(specOf(cell))).toBe(cell.spec);
    },
  );

  it.each(CELLS.filter((cell) => cell.why !== undefined))(
    "$style explode=$explode in $in, $column: spec $spec -> $want ($why)",
    (cell) => {
      if (cell.want === REJECTED) {
        expect(() => serialise(specOf(cell))).toThrow(InvalidParameterError);
      } else {
        expect(serialise(specOf(cell))).toBe(cell.want);
      }
    },
  );
});

describe("style defaults", () => {
  it.each<[ParameterLocation, string]>([
    ["path", "R,100,G,200,B,150"],
    ["query", "R=100&G=200&B=150"],
    ["header", "R,100,G,200,B,150"],
    ["cookie", "R=100; G=200; B=150"],
  ])(
    "uses the location's default style in %s (explode only for form)",
    (location, want) => {
      expect(
        serialise({ name: "color", in: location, value: VALUES.object }),
      ).toBe(want);
    },
  );

  it.each<[ParameterLocation, ParameterStyle, string]>([
    ["query", "matrix", "color=blue&color=black&color=brown"],
    ["path", "form", "blue,black,brown"],
    ["header", "label", "blue,black,brown"],
    ["cookie", "deepObject", "color=blue; color=black; color=brown"],
  ])(
    "treats a style not allowed in %s (%s) as the location's default",
    (location, style, want) => {
      expect(
        serialise({ name: "color", in: location, value: VALUES.array, style }),
      ).toBe(want);
    },
  );
});
