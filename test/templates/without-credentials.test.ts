import { describe, expect, it } from "vitest";
import { InvalidParameterError, withoutCredentials, type ClientOptions } from "../../templates/index.js";

describe("withoutCredentials", () => {
  it.each([
    ["apiKey", { apiKey: "ghp_token" }],
    ["apiKeyPrefix", { apiKeyPrefix: "token " }],
    ["credentials", { credentials: { bearer: "t" } }],
  ] as [string, ClientOptions][])("refuses %s, which no operation would send", (name, options) => {
    const refused = (() => {
      try {
        withoutCredentials(options, "GitHub");
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(InvalidParameterError);
    expect(refused).toMatchObject({ parameter: name, message: expect.stringContaining(`GitHub: its schema declares no security scheme, so \`${name}\``) });
  });

  it("passes options without a credential, and an apiKey of null (none, explicitly)", () => {
    const options: ClientOptions = { baseURL: "https://api.example.com", apiKey: null, defaultHeaders: { Authorization: "Bearer t" } };
    expect(withoutCredentials(options, "GitHub")).toBe(options);
  });
});
