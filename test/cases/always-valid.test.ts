import { describe } from "vitest";
import { guardRows, type GuardRow } from "../helpers/guard-rows.js";

const ROWS: GuardRow[] = [
  ["ActionsPage", { total: 1 }, true],
  [
    "ActionsPage",
    { total: 1, links: { pages: 5 }, extra: null, anything: [] },
    true,
  ],
  ["ActionsPage", { total: 1, links: { pages: { next: 1 } } }, true],
  ["ActionsPage", { total: 1, links: "x" }, false],
  ["ActionsPage", { total: "1" }, false],
  ["ActionsPage", { total: 1, mappings: [null, "a", 2] }, true],
  ["ActionsPage", { total: 1, mappings: [] }, false],
  ["ActionsPage", { total: 1, mappings: {} }, false],
  ["Tagged", { tag: null }, true],
  ["Tagged", { tag: 1 }, true],
  ["Tagged", {}, false],
];

describe("properties every value satisfies (fixtures/cases/always-valid.yaml)", () => {
  guardRows("always-valid", ROWS);
});
