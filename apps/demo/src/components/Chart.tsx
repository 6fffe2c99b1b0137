import { useEffect, useRef } from 'preact/hooks';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useApp } from '../lib/context.js';
import type { Locale } from '../lib/i18n.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

/** Colours with at least 3:1 contrast on white, told apart by dash pattern too. */
const COLOURS = ['#1f5fa8', '#b3261e', '#2e7d32', '#6a3d9a'];

/** The Intl locale of a chart in the interface language. */
export function chartLocale(locale: Locale): string {
  return locale === 'sv' ? 'sv-SE' : 'en-GB';
}

/**
 * An axis tick in the interface language, with a percent sign on shares.
 *
 * @example
 * ```ts
 * axisTick(45100, 'sv', false); // '45 100' (with a no-break space)
 * axisTick(50, 'en', true); // '50 %'
 * ```
 */
export function axisTick(value: number | string, locale: Locale, percent: boolean): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  const text = new Intl.NumberFormat(chartLocale(locale), { maximumFractionDigits: 2 })
    .format(n)
    .replace(/\u2212/g, '−');
  return percent ? `${text}\u00a0%` : text;
}

/** One series of a chart. */
export interface Series {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly dashed?: boolean;
}

/**
 * A Chart.js chart. The canvas is an image whose text alternative names what it shows and
 * points to the table right after it, which holds the same figures.
 */
export function ChartView(props: {
  type: 'line' | 'bar';
  labels: readonly string[];
  series: readonly Series[];
  description: string;
  stacked?: boolean;
  /** Values are shares: the axis and tooltips show a percent sign. */
  percent?: boolean;
}) {
  const { locale, tr } = useApp();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    if (el === null) return undefined;
    const config: ChartConfiguration<'line' | 'bar'> = {
      type: props.type,
      data: {
        labels: [...props.labels],
        datasets: props.series.map((s, i) => ({
          label: s.label,
          data: [...s.values],
          borderColor: COLOURS[i % COLOURS.length],
          backgroundColor: COLOURS[i % COLOURS.length],
          borderDash: s.dashed === true ? [6, 4] : [],
          spanGaps: true,
        })),
      },
      options: {
        // Axis numbers in the chosen language ("45 100" in Swedish, "45,100" in English).
        locale: chartLocale(locale),
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: props.stacked === true },
          y: {
            stacked: props.stacked === true,
            beginAtZero: true,
            ticks: {
              precision: 0,
              callback: (value) => axisTick(value, locale, props.percent === true),
            },
          },
        },
      },
    };
    const chart = new Chart(el, config);
    return () => {
      chart.destroy();
    };
  }, [props.type, props.labels, props.series, props.stacked, props.percent, locale]);
  return (
    <figure class="chart">
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={`${props.description}. ${tr('chartAlt')}`} />
      </div>
      <figcaption>
        {props.description}. {tr('chartAlt')}
      </figcaption>
    </figure>
  );
}
