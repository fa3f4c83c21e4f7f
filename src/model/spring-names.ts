import { functionName, methodName } from "./names.js";

/** Springfox's default operationId: the handler, `Using`, the HTTP method (`getUserUsingGET`). */
const SPRINGFOX_ID = /^(\w+?)Using(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|TRACE)$/;

/**
 * A document looks like Springfox's output when more than half of its operationIds (without the
 * number of a repeated handler name) are its default ones; only then are they shortened.
 */
export function looksLikeSpringfox(sites: readonly { operationId: string }[]): boolean {
  return sites.filter((site) => SPRINGFOX_ID.test(site.operationId)).length * 2 > sites.length;
}

/** The handler's names (`getUserUsingGET` -> `getUser`, after the resource's words as any method); undefined for another id. */
export function springfoxShortNames(operationId: string, group: string): { method: string; fn: string } | undefined {
  const handler = SPRINGFOX_ID.exec(operationId)?.[1];
  return handler === undefined ? undefined : { method: methodName(handler, group), fn: functionName(handler) };
}

/** Spring's default tag, the controller class in kebab case (`babel-fee-controller`). */
const CONTROLLER_TAG = /^(\p{Ll}[\p{Ll}\p{N}]*(?:-[\p{Ll}\p{N}]+)*)-controller$/u;

/**
 * The resource names of Spring's default tags: springdoc-openapi and Springfox tag an operation
 * with its controller class (`BabelFeeController` -> `babel-fee-controller`), which names the
 * resource without its `-controller` (`client.babelFee`) unless another tag already names that
 * resource. Every other tag stays as it is.
 */
export function withoutControllerSuffix(groups: readonly string[], resourceOf: (group: string) => string): string[] {
  const named = new Set(groups.filter((group) => !CONTROLLER_TAG.test(group)).map(resourceOf));
  return groups.map((group) => {
    const controller = CONTROLLER_TAG.exec(group)?.[1];
    return controller === undefined || named.has(resourceOf(controller)) ? group : controller;
  });
}
