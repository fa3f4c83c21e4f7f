import { describe, expect, it } from "vitest";
import {
  looksLikeNestJs,
  nestShortNames,
} from "../../src/model/nestjs-names.js";
import { operationNamesOf } from "./model-helpers.js";

/** [operationId, tag] */
type Row = [string, string];

describe("@nestjs/swagger's default operationIds", () => {
  it.each([
    ["UsersController_findAll", { method: "findAll", fn: "usersFindAll" }],
    [
      "UserProfilesController_update",
      { method: "update", fn: "userProfilesUpdate" },
    ],
    ["AppController_getHello", { method: "getHello", fn: "appGetHello" }],
    ["UsersController_delete", { method: "delete", fn: "usersDelete" }],
    ["users_findAll", undefined],
    ["Controller_findAll", undefined],
  ])("%s -> %j", (operationId, want) => {
    expect(nestShortNames(operationId)).toEqual(want);
  });

  it("name an operation by its handler in a document most of whose operationIds are Nest's", () => {
    const rows: Row[] = [
      ["UsersController_findAll", "users"],
      ["UsersController_findOne", "users"],
      ["CatsController_findAll", "cats"],
      ["health", "health"],
    ];
    expect(operationNamesOf(rows)).toEqual([
      { method: "findAll", fn: "usersFindAll" },
      { method: "findOne", fn: "usersFindOne" },
      { method: "findAll", fn: "catsFindAll" },
      { method: "health", fn: "health" },
    ]);
  });

  it("keep their long form where two handlers meet in one resource, and are left alone in a document of other ids", () => {
    expect(
      operationNamesOf([
        ["UsersController_find", "users"],
        ["AdminUsersController_find", "users"],
        ["CatsController_find", "cats"],
      ]).map((n) => n.method),
    ).toEqual(["controllerFind", "adminUsersControllerFind", "find"]);
    const rows: Row[] = [
      ["UsersController_findAll", "users"],
      ["list_users", "users"],
      ["get_user", "users"],
    ];
    expect(
      looksLikeNestJs(rows.map(([operationId]) => ({ operationId }))),
    ).toBe(false);
    expect(operationNamesOf(rows).map((n) => n.method)).toEqual([
      "controllerFindAll",
      "listUsers",
      "getUser",
    ]);
  });
});
