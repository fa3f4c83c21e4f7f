/** An operationId with a number appended after `_` (`getAll_2`): the name it numbers, and the number. */
const NUMBERED = /^(.*\S)_(\d+)$/;

/**
 * The name each operationId numbers, where it belongs to a numbered family: generators that must
 * keep operationIds unique (springdoc-openapi, Springfox) number the repeats of a handler name in
 * the order they met them (`getAll`, `getAll_1`, `getAll_2`, one per controller). An id is in a
 * family when another id of the document is that name or numbers it too; the name without its
 * number is then the id's stem, the unnumbered one's included. Undefined for every other id
 * (`list_2` alone, `v_2` beside nothing).
 */
export function numberedStems(operationIds: readonly string[]): (string | undefined)[] {
  const numbered = new Map<string, number>();
  for (const id of operationIds) {
    const stem = NUMBERED.exec(id)?.[1];
    if (stem !== undefined) numbered.set(stem, (numbered.get(stem) ?? 0) + 1);
  }
  const present = new Set(operationIds);
  const inFamily = (stem: string): boolean => (numbered.get(stem) ?? 0) + (present.has(stem) ? 1 : 0) > 1;
  return operationIds.map((id) => {
    const stem = NUMBERED.exec(id)?.[1];
    if (stem !== undefined && inFamily(stem)) return stem;
    return numbered.has(id) && inFamily(id) ? id : undefined;
  });
}
