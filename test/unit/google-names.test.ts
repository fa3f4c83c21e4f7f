import { describe, expect, it } from "vitest";
import { googleShortNames, looksLikeGoogleDiscovery } from "../../src/model/google-names.js";
import { operationNamesOf } from "./model-helpers.js";

const ids = (...operationIds: string[]) => operationIds.map((operationId) => ({ operationId }));

describe("a document converted from Google API Discovery", () => {
  it.each([
    ["every id is one API's method id", ids("drive.files.create", "drive.about.get"), true],
    ["deep resource paths and hyphenated APIs", ids("my-api.projects.locations.list", "my-api.operations.get"), true],
    ["two APIs", ids("drive.files.create", "docs.documents.get"), false],
    ["an id without a resource (one dot)", ids("drive.files.create", "drive.get"), false],
    ["an id that is no method id", ids("drive.files.create", "drive files create"), false],
    ["one operation", ids("drive.files.create"), false],
  ])("%s: %s", (_case, sites, want) => {
    expect(looksLikeGoogleDiscovery(sites)).toBe(want);
  });

  it.each([
    ["drive.files.create", "files", { method: "create", fn: "filesCreate" }],
    ["adexchangebuyer2.accounts.clients.list", "accounts", { method: "clientsList", fn: "accountsClientsList" }],
    ["youtube.liveChatMessages.insert", "liveChatMessages", { method: "insert", fn: "liveChatMessagesInsert" }],
    ["drive.files.delete", "files", { method: "delete", fn: "filesDelete" }],
    ["drive.files.create", "other", { method: "filesCreate", fn: "filesCreate" }],
  ])("%s on %s -> %j", (operationId, group, want) => {
    expect(googleShortNames(operationId, group)).toEqual(want);
  });

  it("names every operation without the API; names that would meet keep their long forms, told apart as in any document", () => {
    expect(
      operationNamesOf([
        ["drive.files.create", "files"],
        ["drive.files.list", "files"],
        ["drive.about.get", "about"],
        ["drive.files.get", "files"],
        ["drive.files.get_", "files"],
      ]),
    ).toEqual([
      { method: "create", fn: "filesCreate" },
      { method: "list", fn: "filesList" },
      { method: "get", fn: "aboutGet" },
      { method: "driveFilesGet", fn: "driveFilesGet" },
      { method: "driveFilesGetGet", fn: "driveFilesGetGet" },
    ]);
  });
});
