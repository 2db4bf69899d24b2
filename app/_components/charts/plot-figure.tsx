import 'server-only';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * A chart drawn by Observable Plot on the server, into static SVG: no JavaScript in the browser,
 * and the page works without it. The chart is decoration for sighted readers; `children` holds
 * the same content as text or a table, which is what screen readers and print get.
 */
function draw(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({ ...options, document } as Plot.PlotOptions);
  chart.setAttribute('aria-hidden', 'true');
  chart.setAttribute('focusable', 'false');
  return chart.outerHTML;
}

/**
 * `narrow`, when given, is the same chart drawn for a phone (narrower, its labels in a legend),
 * shown instead of the wide one below 48rem, so its text is not scaled down to a few pixels.
 */
export function PlotFigure({ options, narrow, caption, children }: { options: Plot.PlotOptions; narrow?: Plot.PlotOptions; caption: string; children?: React.ReactNode }) {
  return (
    <figure className="chart">
      {/* Plot builds the SVG through the DOM, so every label from the data is escaped as text. */}
      <div className={narrow ? 'chart-svg chart-wide' : 'chart-svg'} dangerouslySetInnerHTML={{ __html: draw(options) }} />
      {narrow ? <div className="chart-svg chart-narrow" dangerouslySetInnerHTML={{ __html: draw(narrow) }} /> : null}
      <figcaption>{caption}</figcaption>
      {children}
    </figure>
  );
}
