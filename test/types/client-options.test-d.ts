import { describe, expectTypeOf, test } from "vitest";
import CamelAI, {
  CamelAICore,
  sourcesRetrieve,
  type APIClient,
  type ClientOptions,
  type FetchOptions,
  type OutgoingRequest,
  type RequestOptions,
} from "../../generated/camelai/index.js";

// Type tests are compiled, never run: nothing here sends a request.
const client = new CamelAI({ apiKey: "sk-test" });
const core = new CamelAICore({ apiKey: "sk-test" });

describe("withOptions", () => {
  test("returns the client's own class, resources included", () => {
    expectTypeOf(client.withOptions({ timeout: 5 })).toEqualTypeOf<CamelAI>();
    expectTypeOf(client.withOptions({}).sources).toEqualTypeOf(client.sources);
    expectTypeOf(core.withOptions({ maxRetries: 0 })).toEqualTypeOf<CamelAICore>();
    expectTypeOf(sourcesRetrieve).toBeCallableWith(core.withOptions({}), "42");
  });

  test("the transport is not an instance member, so resources may take its names", () => {
    // @ts-expect-error the transport is static: APIClient.request(client, ...)
    void client.request;
    // @ts-expect-error the options are held privately
    void client.baseURL;
    // @ts-expect-error
    void client.timeout;
    expectTypeOf<keyof CamelAICore>().toEqualTypeOf<"withOptions">();
    expectTypeOf<APIClient>().toHaveProperty("withOptions");
  });
});

describe("fetchOptions and hooks", () => {
  test("fetchOptions take extra RequestInit fields and undici's dispatcher, not the client's own", () => {
    expectTypeOf({ keepalive: true, cache: "no-store", dispatcher: {} } as const).toExtend<FetchOptions>();
    expectTypeOf<{ method: "GET" }>().not.toExtend<FetchOptions>();
    expectTypeOf<{ headers: Headers }>().not.toExtend<FetchOptions>();
    expectTypeOf<RequestOptions>().toHaveProperty("fetchOptions");
  });

  test("hooks get the attempt's request and may be async", () => {
    const options: ClientOptions = {
      onRequest: async (request) => {
        expectTypeOf(request).toEqualTypeOf<OutgoingRequest>();
        expectTypeOf(request.init.headers).toEqualTypeOf<Headers>();
        request.url = "https://example.test/";
      },
      onResponse: (response, request) => {
        expectTypeOf(response).toEqualTypeOf<Response>();
        expectTypeOf(request.retryIndex).toEqualTypeOf<number>();
      },
    };
    expectTypeOf(new CamelAI(options)).toEqualTypeOf<CamelAI>();
  });
});
