import { describe, expect, it } from "vitest";
import { linkWithRel, parseLinkHeader } from "../../templates/link-header.js";

const GITHUB =
  '<https://api.github.com/organizations/9919/repos?per_page=2&page=2>; rel="next", <https://api.github.com/organizations/9919/repos?per_page=2&page=40>; rel="last"';

describe("parseLinkHeader (RFC 8288 §3)", () => {
  const cases: [string, string, { href: string; params: Record<string, string> }[]][] = [
    ["GitHub's two links", GITHUB, [
      { href: "https://api.github.com/organizations/9919/repos?per_page=2&page=2", params: { rel: "next" } },
      { href: "https://api.github.com/organizations/9919/repos?per_page=2&page=40", params: { rel: "last" } },
    ]],
    ["a token value and no spaces", "</a?x=1>;rel=next", [{ href: "/a?x=1", params: { rel: "next" } }]],
    ["commas and semicolons inside the target", "</a?x=1,2;3>; rel=next", [{ href: "/a?x=1,2;3", params: { rel: "next" } }]],
    ["commas, semicolons and escaped quotes inside a quoted value", '</a>; title="x, \\"y\\"; z"; rel="next", </b>; rel=last', [
      { href: "/a", params: { title: 'x, "y"; z', rel: "next" } },
      { href: "/b", params: { rel: "last" } },
    ]],
    ["parameter names in any case; only the first rel counts", "</a>; REL=prev; rel=next", [{ href: "/a", params: { rel: "prev" } }]],
    ["a parameter without a value", "</a>; crossorigin; rel=next", [{ href: "/a", params: { crossorigin: "", rel: "next" } }]],
    ["white space around = and ;", '</a> ;  rel = "next"  ', [{ href: "/a", params: { rel: "next" } }]],
    ["a malformed link-value between two good ones is skipped", '</a>; rel=first, junk; rel="x, y", </b>; rel=next', [
      { href: "/a", params: { rel: "first" } },
      { href: "/b", params: { rel: "next" } },
    ]],
    ["two header lines joined by fetch", "</a>; rel=prev, </b>; rel=next", [
      { href: "/a", params: { rel: "prev" } },
      { href: "/b", params: { rel: "next" } },
    ]],
    ["an unclosed target", "<https://x/a; rel=next", []],
    ["empty", "", []],
  ];
  it.each(cases)("%s", (_title, header, want) => {
    expect(parseLinkHeader(header).map((l) => ({ href: l.href, params: { ...l.params } }))).toEqual(want);
  });
});

describe("linkWithRel", () => {
  const base = "https://api.example.com/items?page=1";
  const cases: [string, string | null, string | undefined][] = [
    ["GitHub's next", GITHUB, "https://api.github.com/organizations/9919/repos?per_page=2&page=2"],
    ["no header", null, undefined],
    ["only last and first", '</a>; rel="last", </b>; rel="first"', undefined],
    ["next among several relation types, any case", '</a>; rel="prev first", </b>; rel="last  NeXt"', "/b"],
    ["an extension relation that ends in next is not next", '</a>; rel="https://example.com/rels/next"', undefined],
    ["a next link of another resource (anchor) is not this page's", '</a>; rel=next; anchor="/other"', undefined],
    ["an anchor naming this page", '</a>; rel=next; anchor="/items?page=1"', "/a"],
  ];
  it.each(cases)("%s", (_title, header, want) => {
    expect(linkWithRel(header, "next", base)).toBe(want);
  });
});
