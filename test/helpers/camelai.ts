import CamelAI, {
  camelAIValidator,
  type ClientOptions,
  type Connection,
} from "../../generated/camelai/index.js";
import type { RecordedRequest, TestServer } from "../templates/server.js";

/** A key distinctive enough that any leak of it is found by a substring search. */
export const API_KEY = "sk-camel-SECRET-7f3a9c0e5d1b";

/** A Connection that satisfies every constraint of the schema. */
export function connection(
  overrides: Partial<Record<keyof Connection, unknown>> = {},
): Connection {
  return {
    id: 42,
    account_name: "Prod",
    type: "POSTGRES",
    created_at: "2024-05-01T12:00:00Z",
    is_fully_configured: true,
    ...overrides,
  } as Connection;
}

/**
 * A client pointed at the loopback server, with the test key and no retries unless asked for, and
 * the generated validator, so that `validate` may be turned on per client or per call.
 */
export function camel(
  server: TestServer,
  options: ClientOptions = {},
): CamelAI {
  return new CamelAI({
    baseURL: server.url,
    apiKey: API_KEY,
    maxRetries: 0,
    validator: camelAIValidator,
    ...options,
  });
}

/** The only request the server saw; fails the test when it saw none or several. */
export function onlyRequest(server: TestServer): RecordedRequest {
  if (server.requests.length !== 1) {
    throw new Error(
      `expected exactly 1 request, the server saw ${server.requests.length}`,
    );
  }
  return server.requests[0] as RecordedRequest;
}

/** Runs `body` with an environment variable set (or removed, for `undefined`), then restores it. */
export async function withEnv<T>(
  name: string,
  value: string | undefined,
  body: () => Promise<T>,
): Promise<T> {
  const had = Object.hasOwn(process.env, name);
  const previous = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  try {
    return await body();
  } finally {
    if (had) process.env[name] = previous;
    else delete process.env[name];
  }
}
