// `target.push(...items)` passes every item as an argument: past a hundred thousand or so (a file of
// 100,000 one-line statements) it overflows the stack, sooner in a worker thread. What may hold as many
// as the input has tokens or statements is appended in a loop instead.

/** Appends the items to the target, however many. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
