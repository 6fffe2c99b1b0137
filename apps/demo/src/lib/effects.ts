/** A goal as stored in an effects document (the fields the portal uses). */
export interface GoalJson {
  readonly id: string;
  readonly level: string;
  readonly title: string;
  readonly parents?: readonly string[];
  readonly indicator?: { readonly name: string; readonly unit: string; readonly direction: string };
  readonly baseline?: { readonly value: string | number; readonly date: string };
  readonly target?: { readonly value: string | number; readonly date?: string };
  readonly milestones?: readonly { readonly value: string | number; readonly date: string }[];
}

/** A measurement as stored. */
export interface MeasurementJson {
  readonly goalId: string;
  readonly date: string;
  readonly value: string | number;
  readonly unit?: string;
}

/** A goal with its children, for the goal tree. */
export interface GoalNode {
  readonly goal: GoalJson;
  readonly children: readonly GoalNode[];
}

/**
 * The goals as a tree: each goal under its first known parent; goals without one are roots.
 * A cycle never loops: a goal is placed once.
 */
export function goalTree(goals: readonly GoalJson[]): GoalNode[] {
  const ids = new Set(goals.map((g) => g.id));
  const childrenOf = new Map<string, GoalJson[]>();
  const roots: GoalJson[] = [];
  for (const g of goals) {
    const parent = (g.parents ?? []).find((p) => ids.has(p) && p !== g.id);
    if (parent === undefined) roots.push(g);
    else childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), g]);
  }
  const placed = new Set<string>();
  const build = (g: GoalJson): GoalNode => {
    placed.add(g.id);
    const kids = (childrenOf.get(g.id) ?? []).filter((c) => !placed.has(c.id));
    return { goal: g, children: kids.map(build) };
  };
  const tree = roots.map(build);
  // Goals only reachable through a cycle become roots too.
  for (const g of goals) if (!placed.has(g.id)) tree.push(build(g));
  return tree;
}

function day(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** A goal's chart data: dates, the planned path from baseline to target, and the measurements. */
export interface GoalSeries {
  readonly goal: GoalJson;
  readonly dates: readonly string[];
  readonly planned: readonly (number | null)[];
  readonly measured: readonly (number | null)[];
}

/**
 * The planned path (straight line from the baseline to the target, through milestones) and the
 * measurements of a goal, on the union of their dates. Undefined when the goal lacks an
 * indicator, baseline, target date or measurements: such a goal cannot be charted.
 */
export function goalSeries(
  goal: GoalJson,
  measurements: readonly MeasurementJson[],
): GoalSeries | undefined {
  const own = measurements.filter((m) => m.goalId === goal.id);
  const { baseline, target } = goal;
  if (
    goal.indicator === undefined ||
    baseline === undefined ||
    target?.date === undefined ||
    own.length === 0
  ) {
    return undefined;
  }
  const anchors = [
    { date: baseline.date, value: Number(baseline.value) },
    ...(goal.milestones ?? []).map((m) => ({ date: m.date, value: Number(m.value) })),
    { date: target.date, value: Number(target.value) },
  ].sort((a, b) => a.date.localeCompare(b.date));
  const dates = [...new Set([...anchors.map((a) => a.date), ...own.map((m) => m.date)])].sort();
  const plannedAt = (date: string): number | null => {
    const t = day(date);
    for (let i = 0; i + 1 < anchors.length; i += 1) {
      const a = anchors[i];
      const b = anchors[i + 1];
      if (a === undefined || b === undefined) continue;
      const ta = day(a.date);
      const tb = day(b.date);
      if (t >= ta && t <= tb) {
        return tb === ta ? b.value : a.value + ((b.value - a.value) * (t - ta)) / (tb - ta);
      }
    }
    return null;
  };
  const byDate = new Map(own.map((m) => [m.date, Number(m.value)]));
  return {
    goal,
    dates,
    planned: dates.map((d) => {
      const v = plannedAt(d);
      return v === null ? null : Math.round(v * 100) / 100;
    }),
    measured: dates.map((d) => byDate.get(d) ?? null),
  };
}
