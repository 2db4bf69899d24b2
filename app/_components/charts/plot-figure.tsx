import 'server-only';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * A chart drawn by Observable Plot on the server, into static SVG: no JavaScript in the browser,
 * and the page works without it. The chart is decoration for sighted readers; `children` holds
 * the same content as text or a table, which is what screen readers and print get.
 */
export function PlotFigure({ options, caption, children }: { options: Plot.PlotOptions; caption: string; children?: React.ReactNode }) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({ ...options, document } as Plot.PlotOptions);
  chart.setAttribute('aria-hidden', 'true');
  chart.setAttribute('focusable', 'false');
  return (
    <figure className="chart">
      {/* Plot builds the SVG through the DOM, so every label from the data is escaped as text. */}
      <div className="chart-svg" dangerouslySetInnerHTML={{ __html: chart.outerHTML }} />
      <figcaption>{caption}</figcaption>
      {children}
    </figure>
  );
}
