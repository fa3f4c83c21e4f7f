import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { startServer, type TestServer } from "../templates/server.js";

type Call = () => Promise<unknown>;
type AuthClient = { auth: Record<string, Call> };
type AuthClass = new (options: Record<string, unknown>) => AuthClient;

let generated: GeneratedCase;
let server: TestServer;
let Client: AuthClass;

beforeAll(async () => {
  generated = await generateCase("auth");
  Client = generated.client["default"] as AuthClass;
  server = await startServer();
  server.reset((_req, res) => res.writeHead(204).end());
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

async function send(options: Record<string, unknown>, method: string) {
  server.requests.length = 0;
  const client = new Client({ baseURL: server.url, maxRetries: 0, ...options });
  await (client.auth[method] as Call)();
  const request = server.requests[0];
  if (!request) throw new Error("no request reached the server");
  return request;
}

describe("security schemes of fixtures/cases/auth.yaml", () => {
  it("http bearer", async () => {
    expect((await send({ apiKey: "k1" }, "bearer")).headers.authorization).toBe("Bearer k1");
  });

  it("http basic from a username and password", async () => {
    const request = await send({ credentials: { basic: { username: "ann", password: "pä:ss" } } }, "basic");
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(request.headers.authorization?.slice(6) ?? ""), (c) => c.charCodeAt(0)));
    expect(request.headers.authorization?.startsWith("Basic ")).toBe(true);
    expect(decoded).toBe("ann:pä:ss");
  });

  it("Basic listed before an API key header: apiKey goes in the key's header, a basic credential as Basic", async () => {
    const key = await send({ apiKey: "k5" }, "basicOrKey");
    expect([key.headers.authorization, key.headers["x-app-key"]]).toEqual([undefined, "k5"]);
    const basic = await send({ credentials: { basic: { username: "ann", password: "pw" } } }, "basicOrKey");
    expect([basic.headers.authorization, basic.headers["x-app-key"]]).toEqual([`Basic ${btoa("ann:pw")}`, undefined]);
  });

  it("apiKey in a header with DRF's `Token ` prefix", async () => {
    expect((await send({ apiKey: "k2", apiKeyPrefix: "Token " }, "token")).headers.authorization).toBe("Token k2");
  });

  it("apiKey in the query string and in a cookie", async () => {
    expect((await send({ apiKey: "k3" }, "queryKey")).url).toBe("/query-key?api_key=k3");
    expect((await send({ apiKey: "k4" }, "cookieKey")).headers.cookie).toBe("sessionid=k4");
  });

  it("a requirement naming two schemes sends both credentials", async () => {
    const request = await send({ credentials: { bearer: "tok", queryKey: "qk" } }, "both");
    expect(request.headers.authorization).toBe("Bearer tok");
    expect(request.url).toBe("/both?api_key=qk");
  });

  it("schemes that share the Authorization header are met by one token: the apiKey, or either's credential", async () => {
    const fromKey = await send({ apiKey: "k7", credentials: { queryKey: "qk" } }, "flows");
    expect(fromKey.headers.authorization).toBe("Bearer k7");
    expect(fromKey.url).toBe("/flows?api_key=qk");
    const fromSecond = await send({ apiKey: null, credentials: { oauthCode: "t2", queryKey: "qk" } }, "flows");
    expect(fromSecond.headers.authorization).toBe("Bearer t2");
  });

  it("credentials declared as parameters too are sent once, from the credentials", async () => {
    const request = await send({ credentials: { queryKey: "qk", headerKey: "hk" } }, "declaredKey");
    expect(request.url).toBe("/declared-key?api_key=qk");
    // Node joins a repeated header with ", ": one value means one header.
    expect(request.headers["x-app-key"]).toBe("hk");
  });

  it("optional and public operations work without a key and send none", async () => {
    const optional = await send({ apiKey: null }, "optional");
    expect(optional.headers.authorization).toBeUndefined();
    const withKey = await send({ apiKey: "k5" }, "optional");
    expect(withKey.headers.authorization).toBe("Bearer k5");
    const publicCall = await send({ apiKey: "k6" }, "public");
    expect(publicCall.headers.authorization).toBeUndefined();
  });
});
