import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../src/model/diagnostics.js";
import {
  fastapiStem,
  looksLikeFastApi,
} from "../../src/model/fastapi-names.js";
import { operationNames } from "../../src/model/operation-names.js";
import { resourceProperty } from "../../src/model/names.js";

/** [operationId, path, HTTP method, tag] */
type Row = [string, string, string, string];

const names = (rows: Row[]) =>
  operationNames(
    rows.map(([operationId, path, httpMethod, group]) => ({
      operationId,
      path,
      httpMethod,
      group,
      resource: resourceProperty(group),
      pointer: `#/paths/${path.replaceAll("/", "~1")}/${httpMethod.toLowerCase()}`,
    })),
    new DiagnosticSink(),
  );

describe("FastAPI's default operationIds", () => {
  it.each([
    ["read_item_items__item_id__get", "/items/{item_id}", "GET", "read_item"],
    ["create_upload_file_files__post", "/files/", "POST", "create_upload_file"],
    ["root__get", "/", "GET", "root"],
    ["get_file_files__file_path__get", "/files/{file_path}", "GET", "get_file"],
    [
      "update_user_api_v1_users__user_id__put",
      "/api/v1/users/{user_id}",
      "PUT",
      "update_user",
    ],
    ["läs_data_data_get", "/data", "GET", "läs_data"],
    ["read_item_items__item_id__get", "/items/{item_id}", "POST", undefined],
    ["read_item", "/items/{item_id}", "GET", undefined],
    ["_items__item_id__get", "/items/{item_id}", "GET", undefined],
  ])(
    "%s at %s %s has the route name %s",
    (operationId, path, httpMethod, want) => {
      expect(fastapiStem({ operationId, path, httpMethod })).toBe(want);
    },
  );

  it("name an operation by its route function, after its tag's words", () => {
    const rows: Row[] = [
      ["read_item_items__item_id__get", "/items/{item_id}", "GET", "items"],
      ["items_list_items__get", "/items/", "GET", "items"],
      ["create_upload_file_files__post", "/files/", "POST", "files"],
    ];
    expect(names(rows)).toEqual([
      { method: "readItem", fn: "readItem" },
      { method: "list", fn: "itemsList" },
      { method: "createUploadFile", fn: "createUploadFile" },
    ]);
  });

  it("keep their long form where two route functions share a name", () => {
    const rows: Row[] = [
      ["get_dealers_dealers_get", "/dealers", "GET", "dealers"],
      [
        "get_dealers_dealers_by_region_get",
        "/dealers_by_region",
        "GET",
        "dealers",
      ],
      ["get_regions_regions_get", "/regions", "GET", "regions"],
    ];
    expect(names(rows)).toEqual([
      { method: "getDealersDealersGet", fn: "getDealersDealersGet" },
      {
        method: "getDealersDealersByRegionGet",
        fn: "getDealersDealersByRegionGet",
      },
      { method: "getRegions", fn: "getRegions" },
    ]);
  });

  it("are left alone in a document most of whose operationIds are not FastAPI's (one that spells its path by chance)", () => {
    const rows: Row[] = [
      ["story_permission_types_get", "/permission_types", "GET", "story"],
      ["story_get", "/story", "GET", "story"],
      ["story_post", "/story", "POST", "story"],
    ];
    expect(
      looksLikeFastApi(
        rows.map(([operationId, path, httpMethod]) => ({
          operationId,
          path,
          httpMethod,
        })),
      ),
    ).toBe(false);
    expect(names(rows).map((n) => n.method)).toEqual([
      "permissionTypesGet",
      "get",
      "post",
    ]);
  });
});
