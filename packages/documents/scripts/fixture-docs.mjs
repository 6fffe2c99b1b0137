// The seed tables and their surrounding text, copied from ../shared/seeds. Each entry cites its
// seed file and line; make-fixtures.mjs checks every copied table row against the seed line it
// cites, so a typo here cannot slip into the fixtures.
//
// Block shapes: { h: level, text, line } heading; { p: text, line } paragraph (the text is the
// seed's, sometimes shortened to the sentence that matters); { caption: text, line } a caption
// paragraph; { table: [[line, 'tab-separated cells as in the seed'], …], spans, sheet } where
// spans maps 'row,col' (0-based within the table) to [colSpan, rowSpan]. <b>…</b> and <i>…</i>
// in a cell mark the whole cell bold or italic, as the seed does.

const LA = 'linkoping-vso-objektplan-2021.txt';
const LB = 'linkoping-vso-objektplan-2021-version-b.txt';
const SALA = 'sala-san-kallelse-2023-06-15.txt';
const GBG = 'goteborg-avo-digitaliseringsplan-2024.txt';

export const documents = [
  {
    name: 'linkoping-a',
    seed: LA,
    title: 'Strategisk objektplan för Vård, stöd och omsorg 2021',
    blocks: [
      { h: 3, text: '2.3.1 Vidmakthållande', line: 67 },
      // linkoping-vso-objektplan-2021.txt:73, the operations cost claim (22,7 stated; parts 5,6 + 5,4 + 4,2 + 4,2 + ca 3,5).
      {
        p: 'En annan del av kostnaderna för vidmakthållande avser den tekniska driften av våra system. Den beräknas uppgå till 22,7 miljoner kr under 2021. De stora posterna här är kostnader för att driva WiFi i boenden inom SON:s ansvarsområde (5,6 miljoner), WiFi i boenden inom ÄN:s ansvarsområde (5,4 miljoner), Larmcentral (4,2 miljoner), samt Treserva (4,2 miljoner). Samtidig övrig drift och licenskostnad uppgår till ca 3,5 miljoner kronor. Noterbart är att kostnaderna för WiFi inom SON:s ansvarsområde har tillkommit inför 2021.',
        line: 73,
      },
      { h: 1, text: '3 Budget och resurser', line: 173 },
      { p: 'Förvaltningsobjektets totala budget under 2021 är enligt följande:', line: 175 },
      {
        sheet: 'Budget',
        // linkoping-vso-objektplan-2021.txt:177-183, budget in kkr; total 45 100.
        table: [
          [
            177,
            'Huvudaktivitet\tVerksamhetsnära förvaltning\t\tIT-nära förvaltning\t\tSumma SEK (Kkr)',
          ],
          [178, '\tVM\tVU\tVM\tVU\t'],
          [179, 'Förvaltningsstyrning\t1 200\t100\t500\t0\t1 800'],
          [180, 'Användarstöd\t2 000\t200\t0\t0\t2 200'],
          [181, 'Ändringshantering (Utveckling)\t\t10 200\t\t3 000\t13 200'],
          [182, 'Daglig IT-drift och underhåll\t3 900\t\t24 000\t\t27 900'],
          [183, 'Summa\t7 100\t10 500\t24 500\t3 000\t45 100'],
        ],
        // The seed's empty cells after the group headers and under the corner cells are merges.
        spans: { '0,0': [1, 2], '0,1': [2, 1], '0,3': [2, 1], '0,5': [1, 2] },
      },
      { p: 'Förvaltningsobjektets totala personalresursåtgång är enligt följande:', line: 185 },
      { p: 'Total heltid', line: 187 },
      {
        sheet: 'Årsarbeten',
        // linkoping-vso-objektplan-2021.txt:189-195, FTE; total 21,3.
        table: [
          [189, 'Huvudaktivitet\tVerksamhetsnära förvaltning\t\tIT-nära förvaltning\t\tSumma tid'],
          [190, '\tVM\tVU\tVM\tVU\t'],
          [191, 'Förvaltningsstyrning\t1,0\t\t0,5\t\t1,5'],
          [192, 'Användarstöd\t3,4\t1,0\t\t\t4,4'],
          [193, 'Ändringshantering\t2,5\t6,3\t\t0,5\t9,3'],
          [194, 'Daglig IT-drift och underhåll\t4,3\t1,3\t0,5\t\t6,1'],
          [195, 'Summa FTE\t11,2\t8,6\t1,0\t0,5\t21,3'],
        ],
        spans: { '0,0': [1, 2], '0,1': [2, 1], '0,3': [2, 1], '0,5': [1, 2] },
      },
    ],
  },
  {
    name: 'linkoping-b',
    seed: LB,
    title: 'Strategisk objektplan för Vård, stöd och omsorg 2021 (version B)',
    blocks: [
      { h: 1, text: '3 Budget och resurser', line: 387 },
      { p: 'Förvaltningsobjektets totala budget under 2021 är enligt följande:', line: 388 },
      {
        sheet: 'Budget',
        // linkoping-vso-objektplan-2021-version-b.txt:395-416; the extraction lost the grid, the
        // cells are those of lines 395-416 in reading order (label lines 406-407 and 411-412 joined,
        // "Summa SEK (Kkr)" from lines 399-400). "3432" is written without a space, as at line 409.
        table: [
          [
            395,
            'Huvudaktivitet\tVerksamhetsnära förvaltning\t\tIT-nära förvaltning\t\tSumma SEK (Kkr)',
            'reordered',
          ],
          [397, '\tVM\tVU\tVM\tVU\t'],
          [402, 'Förvaltningsstyrning\t917\t0\t459\t0\t1 376'],
          [404, 'Användarstöd\t8 096\t0\t89\t0\t8 185'],
          [409, 'Ändringshantering (Utveckling)\t655\t3432\t156\t115\t4 358'],
          [414, 'Daglig IT-drift och underhåll\t11 463\t0\t21 758\t0\t33 221'],
          [416, 'Summa\t21 131\t3 432\t22 462\t115\t47 140'],
        ],
        spans: { '0,0': [1, 2], '0,1': [2, 1], '0,3': [2, 1], '0,5': [1, 2] },
      },
    ],
  },
  {
    name: 'sala',
    seed: SALA,
    title: 'Kallelse socialnämnden (SAN) 2023-06-15',
    blocks: [
      { h: 1, text: 'Periodresultat t om MAJ 2023 för SAN', line: 29 },
      {
        sheet: 'Periodresultat',
        // sala-san-kallelse-2023-06-15.txt:31-44; Personalkostnader 6 733 and Summa kostnader
        // -82 116 are the seed's rounding differences.
        table: [
          [
            31,
            '<i>Period</i>\t<i>12</i>\t<i>5</i>\t<i>Periodbudget</i>\t<i>Periodutfall totalt</i>\t<i>Avvikelse</i>\t<i>Utfall föregående period (xx)</i>',
          ],
          [32, 'Externa intäkter\t\t\t14 079\t9 768\t-4 311\t0'],
          [33, 'Interna intäkter\t\t\t723\t274\t-449\t0'],
          [34, '<b>Summa Intäkter</b>\t\t\t<b>14 802</b>\t<b>10 042</b>\t<b>-4 760</b>\t<b>0</b>'],
          [35, 'Köp av huvudverksamhet\t\t\t-21 380\t-30 081\t-8 701\t0'],
          [36, 'Personalkostnader\t\t\t-46 115\t-39 383\t6 733\t0'],
          [37, 'Övriga kostnader\t\t\t-3 174\t-6 922\t-3 748\t0'],
          [38, 'Interna kostnader\t\t\t-6 485\t-5 731\t754\t0'],
          [
            39,
            '<b>Summa kostnader</b>\t\t\t<b>-77 154</b>\t<b>-82 116</b>\t<b>-4 962</b>\t<b>0</b>',
          ],
          [40, '<b>Nettokostnad</b>\t\t\t<b>-62 352</b>\t<b>-72 074</b>\t<b>-9 722</b>\t<b>0</b>'],
          [41, 'Fastställd ram\t\t\t62 353\t62 353\t\t0'],
          [42, '<b>RESULTAT</b>\t\t\t<b>0</b>\t<b>-9 722</b>\t<b>-9 722</b>\t<b>0</b>'],
          [43, 'Semesterlöseskuld\t\t\t\t-5 687\t\t0'],
          [44, '<b>RESULTAT inkl semskuld</b>\t\t\t\t<b>-15 409</b>\t\t<b>0</b>'],
        ],
      },
      {
        p: 'Periodens budget är beräknad med utgångspunkt från periodens antal månader x 1/12 av årsbudgeten.',
        line: 47,
      },
      { h: 1, text: 'Prognos och periodresultat tom Maj 2023 SAN', line: 64 },
      {
        sheet: 'Prognos',
        // sala-san-kallelse-2023-06-15.txt:66-75.
        table: [
          [
            66,
            '<i>Resultaträkning</i>\t<i>Årsbudget</i>\t<i>Årsprognos</i>\t<i>Avvikelse</i>\t<i>Period- budget</i>\t<i>Period- utfall</i>\t<i>% av årsbudget</i>',
          ],
          [67, 'Externa intäkter\t-33 790\t-25 105\t-8 685\t-14 080\t-9 768\t29%'],
          [68, 'Interna intäkter\t-1 735\t-1 160\t-575\t-723\t-274\t16%'],
          [
            69,
            '<b>Summa intäkter</b>\t<b>-35 525</b>\t<b>-26 265</b>\t<b>-9 260</b>\t<b>-14 803</b>\t<b>-10 042</b>\t<b>28%</b>',
          ],
          [70, 'Köp av huvudvht, bidrag\t51 312\t64 329\t-13 017\t21 382\t30 081\t59%'],
          [71, 'Personalkostnader\t110 677\t99 846\t10 831\t46 119\t39 329\t36%'],
          [72, 'Övriga kostnader\t7 619\t12 344\t-4 725\t3 175\t6 931\t91%'],
          [73, 'Interna kostnader\t15 563\t15 768\t-205\t6 485\t5 731\t37%'],
          [
            74,
            '<b>Summa kostnader</b>\t<b>185 171</b>\t<b>192 287</b>\t<b>-7 116</b>\t<b>77 161</b>\t<b>82 072</b>\t<b>44%</b>',
          ],
          [
            75,
            '<b>RESULTAT</b>\t<b>149 646</b>\t<b>166 022</b>\t<b>-16 376</b>\t<b>62 358</b>\t<b>72 030</b>\t<b>48%</b>',
          ],
        ],
      },
      {
        p: 'Månadsuppföljningsrapport enligt KS-sammanställning. Intäkter är negativa tal och kostnader är positiva tal. I avvikelsekolumnen är negativa tal en negativ avvikelse.',
        line: 77,
      },
      { h: 2, text: '3.1 Ekonomi', line: 770 },
      { caption: 'Tabell 1 ESF-projekt IP budget', line: 772 },
      {
        sheet: 'ESF budget',
        // sala-san-kallelse-2023-06-15.txt:774-779, the ESF financing table.
        table: [
          [774, 'OBJEKT\tSUMMA'],
          [775, 'Summa offentlig och privat medfinansiering\t1 823 196'],
          [776, 'Summa total finansiering\t5 549 825'],
          [777, 'ESF-stöd\t67,15 %'],
          [778, 'Budgeterad medfinansiering från projektet\t32,85 %'],
          [779, 'Krav på medfinansiering från projektet enligt utlysningen:\t33 %'],
        ],
      },
      { h: 2, text: '3.3 Inköp av digital utrustning', line: 822 },
      // sala-san-kallelse-2023-06-15.txt:824, restating the equipment totals (170 phones, 44 tablets).
      {
        p: 'ESF-projekt IP innebar att digital utrustning i form av mobiltelefoner och surfplattor med tangentbord behövdes köpas in. För att medarbetare ska kunna arbeta mobilt utifrån planeringen och dokumentera och registrera insatser behövdes samma antal mobiler på arbetsplatsen som medarbetare i tjänst. Surfplattor köptes in till samtliga avdelningar för att kunna göra genomförandeplaner med brukarna mobilt. Till FO köptes det in 45 nya mobiltelefoner och 30 nya surfplattor. Till SÄBO köptes 125 nya mobiltelefoner och 14 nya surfplattor in. De enheter inom FO och SÄBO som tidigare varit pilotverksamheter för planeringsverktyget samt hemtjänstens verksamheter hade redan den digitala utrustning som förutsattes. Totalt köptes 170 mobiltelefoner och 44 surfplattor in under projektet.',
        line: 824,
      },
      { caption: 'Tabell 2 Inköp av digital utrustning FO och SÄBO i ESF-projekt IP', line: 826 },
      {
        sheet: 'Utrustning',
        // sala-san-kallelse-2023-06-15.txt:828-844; FO tablets sum to 29 (stated 30), SÄBO
        // tablets to 16 (stated 14); phones 45 and 125 hold.
        table: [
          [828, 'FO, Enhet\tMobiltelefon\tSurfplatta\tSÄBO, Enhet\tMobiltelefon\tSurfplatta'],
          [829, 'Centrums servicebostad\t5\t1\tBergsmansgatan\t6\t2'],
          [830, 'Dalhemsgruppen\t4\t1\tBryggeriet\t24\t4'],
          [831, 'Jakobsbergsgatan 30B\t3\t1\tEkebygården\t20\t2'],
          [832, 'Karpgatan 1\t3\t1\tJohannesbergsgatan 2\t48\t4'],
          [833, 'Karpgatan 2 vån 1\t2\t1\tParklängan 1\t7\t1'],
          [834, 'Karpgatan 2 vån 3\t5\t\tParklängan 2\t10\t1'],
          [835, 'LSS Nattpatrullen\t2\t\tParklängan 3\t10\t'],
          [836, 'Skräddargränd\t2\t\tDagverksamhet\t\t2'],
          [837, 'Solgatan\t3\t1\t\t\t'],
          [838, 'Styrars\t7\t1\t\t\t'],
          [839, 'Tre servicebostäder\t6\t3\t\t\t'],
          [840, 'HSL-personal\t3\t\t\t\t'],
          [841, 'Daglig verksamhet\t\t13\t\t\t'],
          [842, 'Personlig assistans\t\t3\t\t\t'],
          [843, 'Dagverksamhet SoL\t\t3\t\t\t'],
          [844, '<b>Totalt</b>\t<b>45</b>\t<b>30</b>\t<b>Totalt</b>\t<b>125</b>\t<b>14</b>'],
        ],
      },
    ],
  },
  {
    name: 'goteborg',
    seed: GBG,
    title: 'Äldre samt vård- och omsorgsförvaltningens digitaliseringsplan för 2024',
    blocks: [
      { h: 2, text: 'Tjänsteförvaltning', line: 168 },
      { p: 'De system som ingår i tjänsteförvaltningen 2024 är:', line: 184 },
      {
        sheet: 'System',
        // goteborg-avo-digitaliseringsplan-2024.txt:186-200, a Markdown pipe table in the seed
        // (line 187 is its separator row).
        table: [
          [186, 'Applikation\tUngefärligt antal användare\tDrift', 'pipes'],
          [188, 'Kompanion (del av Plugo)\t700\tLeverantör', 'pipes'],
          [189, 'Phoniro (del av Plugo)\t4 420\tLeverantör', 'pipes'],
          [190, 'PMO (hälso- och sjukvård)\t1 600\tIntraservice', 'pipes'],
          [191, 'SAMSA\t2 000\tLeverantör', 'pipes'],
          [192, 'Treserva\t29 000\tIntraservice', 'pipes'],
          [193, 'Dioevidence\t2 000\tLeverantör', 'pipes'],
          [194, 'Exorlive\t300\tLeverantör', 'pipes'],
          [195, 'MTP\t1 600\tIntraservice', 'pipes'],
          [196, 'NPÖ\t1 600\tLeverantör', 'pipes'],
          [197, 'Pascal\t800\tLeverantör', 'pipes'],
          [198, 'Websesam\t1 600\tLeverantör', 'pipes'],
          [199, 'Swedbank portal\t900\tLeverantör', 'pipes'],
          [200, 'Måltidsplanering Matilda\t2 500\tLeverantör', 'pipes'],
        ],
      },
    ],
  },
];
