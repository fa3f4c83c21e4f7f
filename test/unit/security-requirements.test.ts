import { describe, expect, it } from "vitest";
import type { SecurityScheme } from "../../src/model/ir.js";
import { basicLast, oneCredentialPerHeader } from "../../src/model/security-requirements.js";

const schemes: Record<string, SecurityScheme> = {
  Oauth2: { type: "oauth2" },
  Oauth2c: { type: "oauth2" },
  oidc: { type: "openIdConnect" },
  bearer: { type: "http", scheme: "bearer" },
  token: { type: "apiKey", in: "header", name: "Authorization" },
  appKey: { type: "apiKey", in: "header", name: "X-App-Key" },
  appKeyToo: { type: "apiKey", in: "header", name: "x-app-key" },
  queryKey: { type: "apiKey", in: "query", name: "key" },
  queryKeyToo: { type: "apiKey", in: "query", name: "key" },
  cookieKey: { type: "apiKey", in: "cookie", name: "sid" },
  basic: { type: "http", scheme: "Basic" },
};

describe("oneCredentialPerHeader: a requirement's schemes that share a header become alternatives (given -> want)", () => {
  it.each([
    ["Google's two OAuth 2 flows", [["Oauth2", "Oauth2c"]], [["Oauth2"], ["Oauth2c"]]],
    ["every scheme sent as Authorization shares it", [["bearer", "oidc", "token"]], [["bearer"], ["oidc"], ["token"]]],
    ["API key headers named alike in any case", [["appKey", "appKeyToo"]], [["appKey"], ["appKeyToo"]]],
    ["a scheme of its own header stays in each alternative", [["Oauth2", "Oauth2c", "appKey"]], [["Oauth2", "appKey"], ["Oauth2c", "appKey"]]],
    ["query and cookie keys may repeat: unchanged", [["cookieKey", "queryKey", "queryKeyToo"]], [["cookieKey", "queryKey", "queryKeyToo"]]],
    ["an unknown scheme is a place of its own", [["Oauth2", "missing"]], [["Oauth2", "missing"]]],
    ["the empty requirement (optional auth) and its order kept", [["Oauth2", "Oauth2c"], []], [["Oauth2"], ["Oauth2c"], []]],
    ["alternatives already listed are not repeated", [["Oauth2"], ["Oauth2", "Oauth2c"]], [["Oauth2"], ["Oauth2c"]]],
  ])("%s", (_case, security, want) => {
    expect(oneCredentialPerHeader(security, schemes)).toEqual(want);
  });

  it("a requirement that would split into more than 64 alternatives stays as written", () => {
    const many: Record<string, SecurityScheme> = {};
    for (let i = 0; i < 7; i++) for (const copy of ["a", "b"]) many[`h${i}${copy}`] = { type: "apiKey", in: "header", name: `X-Key-${i}` };
    const requirement = Object.keys(many).sort();
    expect(oneCredentialPerHeader([requirement], many)).toEqual([requirement]);
    expect(oneCredentialPerHeader([requirement.slice(0, 12)], many)).toHaveLength(64);
  });
});

describe("basicLast: requirements that need HTTP basic are tried after the others, so apiKey is no user name where a key header is offered", () => {
  it.each([
    ["Adyen's Basic before its API key header", [["basic"], ["appKey"]], [["appKey"], ["basic"]]],
    ["Stripe's Basic before bearer", [["basic"], ["bearer"]], [["bearer"], ["basic"]]],
    ["a requirement that pairs basic with a key, and the empty one, keep their order among their kind", [["basic", "appKey"], [], ["queryKey"], ["basic"]], [[], ["queryKey"], ["basic", "appKey"], ["basic"]]],
    ["basic alone: unchanged", [["basic"]], [["basic"]]],
  ])("%s", (_case, security, want) => {
    expect(basicLast(security, schemes)).toEqual(want);
  });
});
