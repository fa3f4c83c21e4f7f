import { describe, expect, it } from "vitest";
import { resourceProperty } from "../../src/model/names.js";
import { numberedStems } from "../../src/model/numbered-ids.js";
import {
  looksLikeSpringfox,
  springfoxShortNames,
  withoutControllerSuffix,
} from "../../src/model/spring-names.js";
import { build, document, operationNamesOf } from "./model-helpers.js";

/** [operationId, tag] */
type Row = [string, string];

describe("operationIds numbered to keep them unique", () => {
  it.each([
    [
      ["getAll", "getAll_1", "getAll_2"],
      ["getAll", "getAll", "getAll"],
    ],
    [
      ["create_1", "create_4"],
      ["create", "create"],
    ],
    [
      ["list_2", "show"],
      [undefined, undefined],
    ],
    [
      ["v_2", "list"],
      [undefined, undefined],
    ],
    [
      ["a_1", "a_1_2"],
      ["a_1", "a_1"],
    ],
    [
      ["get_v1", "get"],
      [undefined, undefined],
    ],
    [
      ["x_1", "x_1"],
      ["x", "x"],
    ],
  ])("%j number %j", (ids, want) => {
    expect(numberedStems(ids)).toEqual(want);
  });

  it("are named by the id they number, each member's function after its resource", () => {
    expect(
      operationNamesOf([
        ["getAll", "Client Invoices"],
        ["create_1", "Client Invoices"],
        ["getAll_2", "Vendor Invoices"],
        ["create_4", "Vendor Invoices"],
        ["getById", "Vendor Invoices"],
      ]),
    ).toEqual([
      { method: "getAll", fn: "clientInvoicesGetAll" },
      { method: "create", fn: "clientInvoicesCreate" },
      { method: "getAll", fn: "vendorInvoicesGetAll" },
      { method: "create", fn: "vendorInvoicesCreate" },
      { method: "getById", fn: "getById" },
    ]);
  });

  it("keep their numbers where two members meet in one resource", () => {
    expect(
      operationNamesOf([
        ["delete_6", "Vendor Invoices"],
        ["delete_7", "Vendor Invoices"],
        ["delete", "Browser"],
      ]),
    ).toEqual([
      { method: "delete6", fn: "delete6" },
      { method: "delete7", fn: "delete7" },
      { method: "delete", fn: "browserDelete" },
    ]);
  });
});

describe("Springfox's default operationIds", () => {
  it.each([
    ["getUserUsingGET", "users", { method: "getUser", fn: "getUser" }],
    ["usersListUsingGET", "users", { method: "list", fn: "usersList" }],
    [
      "deleteSnapshotUsingDELETE",
      "snapshots",
      { method: "deleteSnapshot", fn: "deleteSnapshot" },
    ],
    ["getUserUsingGet", "users", undefined],
    ["UsingGET", "users", undefined],
  ])("%s on %s -> %j", (operationId, group, want) => {
    expect(springfoxShortNames(operationId, group)).toEqual(want);
  });

  it("name an operation by its handler in a document most of whose ids are Springfox's once numbered ids count as the id they number (2 of 4 as written, 3 of 4 so counted)", () => {
    const rows: Row[] = [
      ["getSnapshotsUsingGET", "game-controller"],
      ["getSnapshotsUsingGET_1", "admin-controller"],
      ["deleteSnapshotUsingDELETE", "game-controller"],
      ["health", "health"],
    ];
    expect(
      looksLikeSpringfox(rows.map(([operationId]) => ({ operationId }))),
    ).toBe(false);
    expect(operationNamesOf(rows)).toEqual([
      { method: "getSnapshots", fn: "gameControllerGetSnapshots" },
      { method: "getSnapshots", fn: "adminControllerGetSnapshots" },
      { method: "deleteSnapshot", fn: "deleteSnapshot" },
      { method: "health", fn: "health" },
    ]);
  });

  it("are left alone in a document of other ids", () => {
    expect(
      operationNamesOf([
        ["getUserUsingGET", "users"],
        ["listUsers", "users"],
        ["createUser", "users"],
      ]).map((n) => n.method),
    ).toEqual(["getUserUsingGET", "listUsers", "createUser"]);
  });
});

describe("Spring's default tags", () => {
  it.each([
    [
      ["babel-fee-controller", "ageUsd"],
      ["babel-fee", "ageUsd"],
    ],
    [
      ["user-controller", "user"],
      ["user-controller", "user"],
    ],
    [
      ["user-controller", "admin-user-controller"],
      ["user", "admin-user"],
    ],
    [
      ["UserController", "my controller", "-controller"],
      ["UserController", "my controller", "-controller"],
    ],
    [["v2-controller"], ["v2"]],
  ])("%j name the resources %j", (groups, want) => {
    expect(withoutControllerSuffix(groups, resourceProperty)).toEqual(want);
  });

  it("name the client's resources without `-controller`", () => {
    const operation = (operationId: string, tag: string) => ({
      get: {
        operationId,
        tags: [tag],
        responses: { "204": { description: "done" } },
      },
    });
    const model = build(
      document({
        paths: {
          "/fees/{id}": operation(
            "ergoPayCreateBabelBox_1",
            "babel-fee-controller",
          ),
          "/offers/{id}": operation(
            "ergoPayCreateBabelBox",
            "babel-fee-new-offer-controller",
          ),
          "/price": operation("getPrice", "ageUsd"),
        },
      }),
    );
    expect(
      model.resources.map((r) => [
        r.property,
        r.className,
        r.file,
        r.operations.map((op) => `${op.method} ${op.fnName}`),
      ]),
    ).toEqual([
      ["ageUsd", "AgeUsdResource", "age-usd", ["getPrice getPrice"]],
      [
        "babelFee",
        "BabelFeeResource",
        "babel-fee",
        ["ergoPayCreateBabelBox babelFeeErgoPayCreateBabelBox"],
      ],
      [
        "babelFeeNewOffer",
        "BabelFeeNewOfferResource",
        "babel-fee-new-offer",
        ["ergoPayCreateBabelBox babelFeeNewOfferErgoPayCreateBabelBox"],
      ],
    ]);
  });
});
