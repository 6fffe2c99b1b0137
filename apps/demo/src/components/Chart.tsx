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
}) {
  const { tr } = useApp();
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
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: props.stacked === true },
          y: {
            stacked: props.stacked === true,
            beginAtZero: true,
            ticks: { precision: 0 },
          },
        },
      },
    };
    const chart = new Chart(el, config);
    return () => {
      chart.destroy();
    };
  }, [props.type, props.labels, props.series, props.stacked]);
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
