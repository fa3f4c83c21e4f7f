import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/cli/config.js";
import { generationKey } from "../../src/cli/generation-key.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { buildModel, type ModelOptions } from "../../src/model/build-model.js";
import { ModelError } from "../../src/model/diagnostics.js";
import type { ApiModel, Pagination, Schema } from "../../src/model/ir.js";
import { REPO } from "../helpers/run-cli.js";

const GITHUB = join(REPO, "node_modules/@octokit/openapi/generated/api.github.com.json");

/** `style items -> item`, with the style's own fields: what a table row compares. */
function describePage(p: Pagination | undefined): string {
  if (!p) return "none";
  const item = (s: Schema): string => (s.kind === "ref" ? s.name : s.kind);
  const path = (names: string[] | undefined): string => (names ?? []).join(".");
  const extra = { next: path(p.next), offset: p.offset ?? "", count: path(p.count), cursor: path(p.cursor), param: p.param ?? "", more: path(p.more), last: path(p.last), before: p.before ?? "" };
  const fields = Object.entries(extra).filter(([, v]) => v !== "").map(([k, v]) => ` ${k}=${v}`).join("");
  return `${p.style} [${path(p.items)}] -> ${item(p.item)}${fields}`;
}

async function modelOf(path: string, options: ModelOptions = {}): Promise<ApiModel> {
  return buildModel((await loadSpec(path)).document, options);
}

function pages(model: ApiModel): Map<string, string> {
  return new Map(model.resources.flatMap((r) => r.operations.map((op) => [op.operationId, describePage(op.pagination)])));
}

describe("inferred page styles of the fixtures", () => {
  it("fixtures/cases/pagination-styles.yaml", async () => {
    expect(Object.fromEntries(pages(await modelOf(join(REPO, "fixtures/cases/pagination-styles.yaml"))))).toEqual({
      "repos/list-for-org": "link-header [] -> MinimalRepository",
      "repos/list-public": "link-header [] -> MinimalRepository",
      "actions/list-runners-for-org": "link-header [runners] -> runner",
      records_list: "offset [items] -> Entry offset=offset count=total",
      logs_list: "offset [] -> string offset=offset",
      events_list: "cursor [data] -> Entry cursor=next_cursor param=cursor",
      conversations_list: "cursor [channels] -> string cursor=response_metadata.next_cursor param=cursor",
      messages_list: "next [results] -> Entry next=next",
      charges_list: "after [data] -> charge param=starting_after more=has_more last=id before=ending_before",
      assistants_list: "after [data] -> Entry param=after more=has_more last=id",
      // `next` is no URI here but the last id (OpenAI's groups): the page is walked by `after`.
      groups_list: "after [data] -> Entry param=after more=has_more last=id",
      // Azure's `odata.nextLink` is no `next`: paged by the config only.
      vaults_list: "none",
      notes_list: "none",
      things_list: "none",
      // A string offset is a token the last page returned, not a count to add to.
      tasks_list: "none",
      stories_list: "none",
      tags_list: "none",
    });
  });

  it("fixtures/cases/pagination.yaml and camelAI's lists keep DRF's next link", async () => {
    expect(Object.fromEntries(pages(await modelOf(join(REPO, "fixtures/cases/pagination.yaml"))))).toEqual({
      items_list: "next [results] -> Item next=next",
      tags_list: "none",
    });
    const camel = [...pages(await modelOf(join(REPO, "fixtures/camelai/openapi.yaml")))].filter(([, page]) => page !== "none");
    expect(Object.fromEntries(camel)).toEqual({
      knowledge_base_list: "next [results] -> KnowledgeBase next=next",
      reference_queries_list: "next [results] -> ReferenceQueryModel next=next",
      sources_list: "next [results] -> Connection next=next",
      threads_list: "next [results] -> Thread next=next",
    });
  });
});

describe("inferred page styles of GitHub's schema (@octokit/openapi)", async () => {
  const github = pages(await modelOf(GITHUB));
  const table: [string, string][] = [
    ["repos/list-for-org", "link-header [] -> MinimalRepository"],
    ["pulls/list", "link-header [] -> PullRequestSimple"],
    ["issues/list-for-repo", "link-header [] -> issue"],
    // An array without a declared Link header, but paged by `per_page`/`after`: GitHub still links pages.
    ["security-advisories/list-global-advisories", "link-header [] -> GlobalAdvisory"],
    // An object with a declared Link header: its one array holds the items.
    ["actions/list-hosted-runners-for-org", "link-header [runners] -> ActionsHostedRunner"],
    ["apps/list-repos-accessible-to-installation", "link-header [repositories] -> intersection"],
    // A declared Link header on a single object with no array: nothing to page.
    ["enterprise-teams/get", "none"],
    ["actions/get-actions-cache-usage-for-org", "none"],
    ["repos/get", "none"],
    ["meta/root", "none"],
    // Not declared and not a bare array: plain calls (the config can page them).
    ["actions/list-self-hosted-runner-groups-for-org", "none"],
  ];
  it.each(table)("%s: %s", (id, want) => {
    expect(github.get(id)).toBe(want);
  });

  it("counts of operations by style", () => {
    const counts: Record<string, number> = {};
    for (const page of github.values()) {
      const style = page.split(" ")[0] as string;
      counts[style] = (counts[style] ?? 0) + 1;
    }
    expect(counts).toEqual({ "link-header": 248, none: 975 });
  });
});

describe("the pagination config", () => {
  const styles = join(REPO, "fixtures/cases/pagination-styles.yaml");
  it("pages what it names, turns inference off with false, and overrides an inferred style", async () => {
    const model = await modelOf(styles, {
      pagination: {
        things_list: { style: "cursor", items: "data", cursor: "meta.next", param: "after" },
        events_list: false,
        records_list: { style: "offset", count: "" },
        logs_list: { style: "link-header" },
      },
    });
    const got = pages(model);
    expect(got.get("things_list")).toBe("cursor [data] -> Entry cursor=meta.next param=after");
    expect(got.get("events_list")).toBe("none");
    expect(got.get("records_list")).toBe("offset [items] -> Entry offset=offset");
    expect(got.get("logs_list")).toBe("link-header [] -> string");
  });

  it("pages after the last item's key where the config says so, its fields inferred or given", async () => {
    const model = await modelOf(styles, {
      pagination: {
        things_list: { style: "after", items: "data" },
        charges_list: { style: "after", param: "ending_before", more: "url", last: "amount", before: "starting_after" },
      },
    });
    const got = pages(model);
    expect(got.get("things_list")).toBe("after [data] -> Entry param=after more=has_more last=id");
    expect(got.get("charges_list")).toBe("after [data] -> charge param=ending_before more=url last=amount before=starting_after");
  });

  it("reads a dotted name as one key where the body declares a property of that name", async () => {
    const nextOf = (model: ApiModel, id: string) => model.resources.flatMap((r) => r.operations).find((op) => op.operationId === id)?.pagination?.next;
    const configured = await modelOf(styles, { pagination: { vaults_list: { style: "next", next: "odata.nextLink" }, things_list: { style: "next", items: "data", next: "meta.next" } } });
    expect(nextOf(configured, "vaults_list")).toEqual(["odata.nextLink"]);
    expect(nextOf(configured, "things_list")).toEqual(["meta", "next"]);
  });

  const invalid: [string, NonNullable<ModelOptions["pagination"]>, string][] = [
    ["an unknown operationId", { thing_list: { style: "link-header" } }, "pagination.thing_list: no operation has this operationId"],
    ["items that are not an array", { things_list: { style: "cursor", items: "meta", cursor: "meta.next", param: "after" } }, 'pagination.things_list.items: "meta" is not an array in the success body'],
    ["a parameter the operation does not take", { things_list: { style: "cursor", items: "data", cursor: "meta.next", param: "before" } }, 'pagination.things_list.param: the operation has no query parameter "before"'],
    ["an offset the operation does not take", { events_list: { style: "offset" } }, 'pagination.events_list.offset: the operation has no query parameter "offset"'],
    ["an after style with no parameter for the key", { records_list: { style: "after" } }, "pagination.records_list: an after style needs `param` where the operation has no `starting_after` or `after` query parameter"],
    ["a before the operation does not take", { things_list: { style: "after", before: "ending_before" } }, 'pagination.things_list.before: the operation has no query parameter "ending_before"'],
  ];
  it.each(invalid)("%s is an invalid-pagination error naming the key", async (_label, pagination, message) => {
    const error = await modelOf(styles, { pagination }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code}: ${d.message}`)).toEqual([`invalid-pagination: ${message}`]);
  });
});

describe("camelgen.config.json pagination", () => {
  const invalid: [string, unknown, string][] = [
    ["not an object", [], '"pagination" must be an object of operationId -> page style, not []'],
    ["an entry that is not an object", { things_list: "cursor" }, '"pagination.things_list" must be false or an object with a style'],
    ["an unknown style", { things_list: { style: "pages" } }, '"pagination.things_list.style" must be one of "next", "link-header", "offset", "cursor", "after", not "pages"'],
    ["a field of another style", { things_list: { style: "offset", cursor: "x" } }, '"pagination.things_list.cursor" is not a field of style "offset" (its fields: style, items, offset, count)'],
    ["a field that is not a string", { things_list: { style: "next", next: 1 } }, '"pagination.things_list.next" must be a string, not 1'],
    ["a cursor without its parameter", { things_list: { style: "cursor", cursor: "meta.next" } }, '"pagination.things_list.param" is required by style "cursor"'],
  ];
  it.each(invalid)("%s is an error naming the key", async (_label, pagination, message) => {
    const dir = await mkdtemp(join(tmpdir(), "camelgen-pages-"));
    try {
      await writeFile(join(dir, "camelgen.config.json"), JSON.stringify({ input: "a.yaml", pagination }));
      await expect(readConfig(dir)).rejects.toThrow(`camelgen.config.json: ${message}`);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it("a valid entry is read as it is", async () => {
    const dir = await mkdtemp(join(tmpdir(), "camelgen-pages-"));
    try {
      const pagination = { things_list: { style: "cursor", items: "data", cursor: "meta.next", param: "after" }, tags_list: false };
      await writeFile(join(dir, "camelgen.config.json"), JSON.stringify({ input: "a.yaml", pagination }));
      expect(await readConfig(dir)).toEqual([{ input: "a.yaml", pagination }]);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

describe("the pagination config in the no-op key", () => {
  const hash = async (pagination: NonNullable<ModelOptions["pagination"]>): Promise<string> => (await generationKey({ pagination }, [], tmpdir())).optionsHash;
  it("a changed entry regenerates; the order of keys does not", async () => {
    const cursor = { style: "cursor", cursor: "meta.next", param: "after" } as const;
    const base = await hash({ things_list: cursor, tags_list: false });
    expect(await hash({ tags_list: false, things_list: { param: "after", cursor: "meta.next", style: "cursor" } })).toBe(base);
    expect(await hash({ things_list: { ...cursor, param: "before" }, tags_list: false })).not.toBe(base);
    expect(await hash({ things_list: cursor })).not.toBe(base);
  });
});
