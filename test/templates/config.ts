import { basicAuth, type ClientConfig } from "../../templates/index.js";

/** A client configuration covering every kind of security scheme. */
export const config: ClientConfig = {
  clientName: "TestAPI",
  defaultBaseURL: "http://127.0.0.1:1",
  apiKeyEnvVar: "TESTAPI_API_KEY",
  baseURLEnvVar: "TESTAPI_BASE_URL",
  securitySchemes: {
    bearer: { type: "http", scheme: "bearer" },
    basic: { type: "http", scheme: "basic", encode: basicAuth },
    digest: { type: "http", scheme: "digest" },
    headerKey: { type: "apiKey", in: "header", name: "X-API-Key" },
    queryKey: { type: "apiKey", in: "query", name: "api_key" },
    cookieKey: { type: "apiKey", in: "cookie", name: "session" },
    oauth: { type: "oauth2" },
    drfToken: { type: "apiKey", in: "header", name: "Authorization" },
    tenant: { type: "apiKey", in: "header", name: "X-Tenant" },
  },
};

export const SECRET = "sk-test-SECRET-1234567890";
