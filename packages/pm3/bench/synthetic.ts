/**
 * A synthetic förvaltningsportfölj for benchmarks: objects × years plans, each with the four
 * default main activities in both matrices, a cost breakdown, a goal linkage table and a
 * number of initiatives. Deterministic (a small LCG), so runs are comparable.
 */
export function syntheticPortfolio(objects: number, years: number, initiatives: number): unknown[] {
  let seed = 42;
  const next = (max: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % max;
  };
  const activities = [
    'forvaltningsstyrning',
    'anvandarstod',
    'andringshantering',
    'daglig-it-drift',
  ];
  const plans: unknown[] = [];
  for (let o = 0; o < objects; o += 1) {
    for (let y = 0; y < years; y += 1) {
      const rows = activities.map((activity) => {
        const cells = [next(5000), next(5000), next(20000), next(3000)];
        return {
          activity,
          businessVm: cells[0],
          businessVu: next(10) === 0 ? null : cells[1],
          itVm: cells[2],
          itVu: next(20) === 0 ? '?' : cells[3],
          statedTotal: cells.reduce((a, b) => a + b, 0),
        };
      });
      const fteRows = activities.map((activity) => ({
        activity,
        businessVm: `${String(next(5))},${String(next(10))}`,
        businessVu: `${String(next(3))},${String(next(10))}`,
        itVm: next(4) === 0 ? null : `0,${String(next(10))}`,
        itVu: null,
      }));
      plans.push({
        id: `obj-${String(o)}-${String(2020 + y)}`,
        objectId: `obj-${String(o)}`,
        title: `Objektplan ${String(o)} ${String(2020 + y)}`,
        year: 2020 + y,
        validity: { start: `${String(2020 + y)}-01-01`, end: `${String(2020 + y)}-12-31` },
        version: {
          label: '1',
          status: 'decided',
          decidedBy: 'Objektägare',
          decidedOn: `${String(2019 + y)}-12-15`,
        },
        committeeGoals: [
          { id: 'g1', title: 'Goda arbetsplatser' },
          { id: 'g2', title: 'Nöjda brukare' },
        ],
        planGoals: [
          { id: 'p1', title: 'E-tjänster' },
          { id: 'p2', title: 'Automatisering' },
        ],
        goalLinks: [
          { id: 'l1', committees: ['SON'], committeeGoal: 'g1', activity: 'A', planGoals: ['p1'] },
          { id: 'l2', committees: ['ÄN'], committeeGoal: 'g2', activity: 'B', planGoals: ['p2'] },
        ],
        budget: { unit: 'kkr', rows, statedGrandTotal: 1 },
        fte: { unit: 'fte', rows: fteRows },
        costBreakdowns: [
          {
            id: 'drift',
            title: 'Drift',
            unit: 'mnkr',
            statedTotal: '22,7',
            items: [
              { label: 'A', amount: '5,6' },
              { label: 'B', amount: 'ca 17,1' },
            ],
          },
        ],
        initiatives: Array.from({ length: initiatives }, (_, i) => ({
          id: `i${String(i)}`,
          name: `Initiativ ${String(i)}`,
          category: i % 3 === 0 ? 'strategic' : 'prioritised',
          cost: next(8) === 0 ? '?' : next(3000),
          effectTypes: ['Tidsbesparande'],
          perspectives: ['Brukare'],
          timeToEffect: 'Kort',
          effectScope: 'Hög',
          links: next(4) === 0 ? [] : ['p1'],
        })),
      });
    }
  }
  return plans;
}
