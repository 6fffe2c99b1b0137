/**
 * A synthetic förvaltningsportfölj for benchmarks: objects × years objektplaner, each as rich
 * as the reference plan docs/examples/linkoping-vso-2021/objektplan-a.yaml: 5 committee goals,
 * 10 plan goals, 8 goal links, both matrices with stated row, column and grand totals (FTE as
 * Swedish decimal text, empty and unknown cells), 2 figures stated in the text, a cost
 * breakdown of 5 items (one an estimate), 10 classified strategic initiatives and 17
 * prioritised ones (some with notes, some costs unknown) and 7 roles. The figures vary per
 * plan, and some stated totals are off, so the audit has findings to word as the real ones do.
 * Deterministic (a small LCG), so runs are comparable.
 */
export function syntheticPortfolio(objects: number, years: number): unknown[] {
  let seed = 42;
  // The LCG's high bits: its low bits repeat with a short period (`seed % 8` took the same
  // value for every FTE cell, so the FTE matrices came out empty and every budget figure a
  // multiple of 8).
  const next = (max: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((seed / 2_147_483_648) * max);
  };
  const activities = [
    'forvaltningsstyrning',
    'anvandarstod',
    'andringshantering',
    'daglig-it-drift',
  ];
  const columns = ['businessVm', 'businessVu', 'itVm', 'itVu'] as const;
  const tenths = (n: number): string => `${String(Math.floor(n / 10))},${String(n % 10)}`;
  const committeeGoals = [
    ['kommunovergripande', 'Kommunövergripande mål'],
    ['rattssaker-myndighetsutovning', 'Rättssäker myndighetsutövning'],
    ['tillgangliga-tjanster', 'Tillgängliga tjänster med korta handläggningstider'],
    ['nojda-brukare', 'Nöjda brukare, god kvalitet i socialtjänsten'],
    ['goda-arbetsplatser', 'Goda arbetsplatser'],
  ].map(([id, title]) => ({ id, title }));
  const planGoalIds = [
    'beata',
    'framtidens-hemtjanst',
    'upphandling-verksamhetssystem',
    'qliksense',
    'automatisering',
    'digital-uppfoljning',
    'dimios',
    'digitaliseringspotter',
    'e-utbildning',
    'e-tjanster',
  ];
  const planGoals = planGoalIds.map((id) => ({ id, title: `Mål ${id}` }));
  const goalLinks = Array.from({ length: 8 }, (_, i) => ({
    id: `gl-${String(i + 1)}`,
    committees: i % 2 === 0 ? ['SON', 'ÄN'] : ['SON'],
    committeeGoal: committeeGoals[i % 5]?.id ?? 'kommunovergripande',
    activity: `Aktivitet ${String(i + 1)} för kortare handläggningstider`,
    planGoals: [planGoalIds[i] ?? 'beata', ...(i === 1 ? ['qliksense'] : [])],
  }));
  const effectTypes = [['Tidsbesparande', 'Kvalitetshöjande'], ['Tidsbesparande'], []];
  const perspectives = [['Myndighet'], ['Brukare', 'Klienter'], ['Utförare']];
  const roles = [
    { level: 'budget', side: 'business', title: 'Objektägare', person: 'Linda Ljungkvist' },
    { level: 'budget', side: 'it', title: 'Objektägare IT', person: 'Krister Siggesjö' },
    { level: 'decision', side: 'business', title: 'Objektledare', person: 'Björn Immerstrand' },
    { level: 'decision', side: 'it', title: 'Objektledare IT', person: 'Annika Pettersson' },
    { level: 'operational', side: 'business', title: 'Objektspecialister' },
    { level: 'operational', side: 'business', title: 'Projektledare' },
    { level: 'operational', side: 'it', title: 'Objektspecialister IT' },
  ];

  const plans: unknown[] = [];
  for (let o = 0; o < objects; o += 1) {
    for (let y = 0; y < years; y += 1) {
      const year = 2020 + y;
      // Budget in kkr: whole numbers, a few empty (null) and unknown ("?") cells.
      const budgetRows = activities.map((activity) => {
        const row: Record<string, unknown> = { activity };
        let total = 0;
        for (const column of columns) {
          const roll = next(40);
          if (roll === 0) row[column] = null;
          else if (roll === 1) row[column] = '?';
          else {
            const value = next(25_000);
            row[column] = value;
            total += value;
          }
        }
        row.statedTotal = next(10) === 0 ? total + 100 : total; // some stated totals are off
        return row;
      });
      const budgetColumn = (c: (typeof columns)[number]): number =>
        budgetRows.reduce((s, r) => s + (typeof r[c] === 'number' ? r[c] : 0), 0);
      const budgetColumns = Object.fromEntries(columns.map((c) => [c, budgetColumn(c)]));
      // FTE as Swedish decimal text, with empty cells left out.
      const fteRows = activities.map((activity) => {
        const row: Record<string, unknown> = { activity };
        let total = 0;
        for (const column of columns) {
          if (next(8) === 0) continue;
          const value = next(70);
          row[column] = tenths(value);
          total += value;
        }
        row.statedTotal = tenths(next(12) === 0 ? total + 1 : total);
        return row;
      });
      const fteColumn = (c: (typeof columns)[number]): number =>
        fteRows.reduce(
          (s, r) => s + (typeof r[c] === 'string' ? Number(String(r[c]).replace(',', '')) : 0),
          0,
        );
      const fteColumns = Object.fromEntries(columns.map((c) => [c, tenths(fteColumn(c))]));
      const fteGrand = columns.reduce((s, c) => s + fteColumn(c), 0);
      const items = [
        { label: 'WiFi i boenden (SON)', amount: tenths(next(80)) },
        { label: 'WiFi i boenden (ÄN)', amount: tenths(next(80)) },
        { label: 'Larmcentral', amount: tenths(next(60)) },
        { label: 'Treserva', amount: tenths(next(60)) },
        { label: 'Övrig drift och licenser', amount: `ca ${tenths(next(50))}` },
      ];
      plans.push({
        id: `obj-${String(o)}-${String(year)}`,
        objectId: `obj-${String(o)}`,
        title: `Strategisk objektplan ${String(o)} ${String(year)}`,
        year,
        validity: { start: `${String(year)}-01-01`, end: `${String(year)}-12-31` },
        version:
          next(3) === 0
            ? { label: 'A', status: 'draft' }
            : {
                label: 'B',
                status: 'decided',
                decidedBy: 'Objektägare',
                decidedOn: `${String(year - 1)}-12-15`,
              },
        organisationRef: `obj-${String(o)}-${String(year)}-organisation`,
        forumsRef: `obj-${String(o)}-${String(year)}-forums`,
        committeeGoals,
        planGoals,
        goalLinks,
        budget: {
          unit: 'kkr',
          rows: budgetRows,
          statedColumnTotals: budgetColumns,
          statedGrandTotal: columns.reduce((s, c) => s + budgetColumn(c), 0),
        },
        fte: {
          unit: 'fte',
          rows: fteRows,
          statedColumnTotals: fteColumns,
          statedGrandTotal: tenths(fteGrand),
        },
        statedFigures: [
          {
            id: 'vm-fte',
            label: 'Årsarbeten för vidmakthållande',
            matrix: 'fte',
            activityType: 'vm',
            value: `ca ${String(next(30))}`,
          },
          {
            id: 'objektledare-fte',
            label: 'Objektledarnas tid inom vidmakthållande',
            matrix: 'fte',
            activity: 'forvaltningsstyrning',
            activityType: 'vm',
            value: tenths(next(30)),
          },
        ],
        costBreakdowns: [
          {
            id: 'teknisk-drift',
            title: `Teknisk drift ${String(year)}`,
            unit: 'mnkr',
            statedTotal: tenths(next(300)),
            items,
          },
        ],
        initiatives: [
          ...Array.from({ length: 10 }, (_, i) => ({
            id: `strategiskt-${String(i)}`,
            name: `Strategiskt initiativ ${String(i)}`,
            category: 'strategic',
            cost: next(4) === 0 ? '?' : next(3000),
            effectTypes: effectTypes[i % 3],
            perspectives: perspectives[i % 3],
            timeToEffect: ['Kort', 'Medel', 'Lång'][i % 3],
            effectScope: ['Hög – Mycket hög', 'Hög', 'Medel', 'Mycket hög'][i % 4],
            links: i % 3 === 2 ? [] : [planGoalIds[i] ?? 'beata'],
          })),
          ...Array.from({ length: 17 }, (_, i) => ({
            id: `prioriterat-${String(i)}`,
            name: `Prioriterat initiativ ${String(i)}`,
            category: 'prioritised',
            ...(i % 8 === 0 ? { note: 'Påbörjat hösten 2020' } : {}),
          })),
        ],
        roles,
      });
    }
  }
  return plans;
}
