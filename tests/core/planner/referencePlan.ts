/**
 * The plan as the specification states it, written the plain way (recursion, string sets) to
 * check the typed-array planner against: depth-first post-order from each target in turn,
 * prerequisites in author order, skipping known concepts; a target that no earlier step needs is
 * held back and placed, in the given order, at the end.
 */
export function referencePlan(
  prerequisites: Readonly<Record<string, readonly string[]>>,
  targets: readonly string[],
  known: ReadonlySet<string>,
): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const heldBack = new Set<string>();
  const roots: string[] = [];
  const visit = (id: string, root: boolean): void => {
    seen.add(id);
    for (const p of prerequisites[id] ?? []) {
      if (known.has(p)) continue;
      if (seen.has(p)) {
        if (heldBack.delete(p)) order.push(p);
        continue;
      }
      visit(p, false);
    }
    if (root) {
      heldBack.add(id);
      roots.push(id);
    } else order.push(id);
  };
  for (const t of targets) if (!known.has(t) && !seen.has(t)) visit(t, true);
  for (const t of roots) if (heldBack.has(t)) order.push(t);
  return order;
}

/** Every concept reachable from `targets` along prerequisites without passing through a known one. */
export function reachable(
  prerequisites: Readonly<Record<string, readonly string[]>>,
  targets: readonly string[],
  known: ReadonlySet<string>,
): Set<string> {
  const found = new Set<string>();
  const stack = targets.filter((t) => !known.has(t));
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    for (const p of prerequisites[id] ?? []) if (!known.has(p)) stack.push(p);
  }
  return found;
}

/** All ancestors of `targets`: their prerequisites, transitively, ignoring what is known. */
export function ancestors(prerequisites: Readonly<Record<string, readonly string[]>>, targets: readonly string[]): Set<string> {
  return reachable(
    prerequisites,
    targets.flatMap((t) => prerequisites[t] ?? []),
    new Set(),
  );
}
