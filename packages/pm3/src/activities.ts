import type { LocalizedText } from '@styrkit/core';
import { DEFAULT_MAIN_ACTIVITIES, type MainActivity, type Objektplan } from './model.js';

/**
 * The main activities (matrix rows) a plan uses: its own list when it declares one, otherwise
 * the pm3 defaults.
 *
 * @example
 * ```ts
 * import { mainActivitiesOf, objektplanSchema } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [] } });
 * mainActivitiesOf(plan).length; // 4
 * ```
 */
export function mainActivitiesOf(
  plan: Pick<Objektplan, 'mainActivities'>,
): readonly MainActivity[] {
  return plan.mainActivities ?? DEFAULT_MAIN_ACTIVITIES;
}

/**
 * The display title of a main activity; the id itself when the plan does not declare it.
 *
 * @example
 * ```ts
 * import { activityTitle } from '@styrkit/pm3';
 * activityTitle({}, 'anvandarstod').sv; // 'Användarstöd'
 * ```
 */
export function activityTitle(plan: Pick<Objektplan, 'mainActivities'>, id: string): LocalizedText {
  return mainActivitiesOf(plan).find((a) => a.id === id)?.title ?? { sv: id, en: id };
}
