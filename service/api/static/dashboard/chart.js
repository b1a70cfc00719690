// The overview's live chart (uPlot): throughput and failures per second, and the failure rate, computed from
// successive readings of the cumulative counters, over the last WINDOW_MINUTES since the page opened.

import uPlot from "/static/vendor/uplot-1.6.32/uPlot.esm.js";

const WINDOW_MINUTES = 10;

function options(width) {
  return {
    width,
    height: 220,
    legend: { live: true },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true }, pct: { range: [0, 100] } },
    series: [
      {},
      { label: "completed/s", stroke: "#1f8a4c", width: 2, points: { show: false } },
      { label: "failed/s", stroke: "#c0392b", width: 2, points: { show: false } },
      { label: "failure rate %", stroke: "#b7791f", dash: [6, 4], scale: "pct", points: { show: false } },
    ],
    axes: [
      {
        space: 90,
        incrs: [1, 2, 5, 10, 15, 30, 60, 120, 300, 600], // whole seconds: no tick label twice
        values: (plot, ticks) => ticks.map((t) => new Date(t * 1000).toLocaleTimeString()),
      },
      { label: "tasks/s", size: 50 },
      { scale: "pct", side: 1, label: "%", grid: { show: false } },
    ],
  };
}

export class RateChart {
  constructor(container) {
    this.container = container;
    this.data = [[], [], [], []];
    this.previous = null;
    this.plot = new uPlot(options(this.width()), this.data, container);
    this.resizer = new ResizeObserver(() => this.plot.setSize({ width: this.width(), height: 220 }));
    this.resizer.observe(container);
  }

  width() {
    return Math.max(260, this.container.clientWidth);
  }

  /** One reading of the counters (seconds since the epoch, the API's figures). */
  push(at, figures) {
    const { completed_tasks: completed, failed_tasks: failed } = figures;
    const previous = this.previous;
    this.previous = { at, completed, failed };
    if (!previous || at <= previous.at || completed < previous.completed || failed < previous.failed) return;
    const seconds = at - previous.at;
    const done = completed - previous.completed;
    const lost = failed - previous.failed;
    const columns = [at, done / seconds, lost / seconds, done + lost ? (100 * lost) / (done + lost) : null];
    const oldest = at - WINDOW_MINUTES * 60;
    while (this.data[0].length && this.data[0][0] < oldest) this.data.forEach((column) => column.shift());
    columns.forEach((value, index) => this.data[index].push(value));
    this.plot.setData(this.data);
    this.container.dataset.points = this.data[0].length;
  }

  /** Start over (the figures now describe something else: another project). */
  reset() {
    this.previous = null;
    this.data = [[], [], [], []];
    this.plot.setData(this.data);
  }

  destroy() {
    this.resizer.disconnect();
    this.plot.destroy();
  }
}

export { WINDOW_MINUTES };
