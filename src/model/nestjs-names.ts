import { camelCase, functionName, memberName } from "./names.js";

/** @nestjs/swagger's default operationId: the controller class, `_`, the handler (`UsersController_findAll`). */
const NEST_ID = /^(\w+?)Controller_(\w+)$/;

/**
 * A document looks like @nestjs/swagger's output when more than half of its operationIds are its
 * default ones; only then are they shortened.
 */
export function looksLikeNestJs(sites: readonly { operationId: string }[]): boolean {
  return sites.filter((site) => NEST_ID.test(site.operationId)).length * 2 > sites.length;
}

/**
 * The handler's name as the method (`UsersController_findAll` -> `findAll`), the controller's name
 * without `Controller` and the handler's as the function (`usersFindAll`); undefined for another id.
 */
export function nestShortNames(operationId: string): { method: string; fn: string } | undefined {
  const [, controller, handler] = NEST_ID.exec(operationId) ?? [];
  if (controller === undefined || handler === undefined || camelCase(handler) === "") return undefined;
  return { method: memberName(camelCase(handler)), fn: functionName(`${controller}_${handler}`) };
}
