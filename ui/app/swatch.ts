/**
 * A scenario's legend swatch: a short line drawn as SVG with the scenario's own colour, width
 * and dash pattern (from `palette.ts`), so every legend, list and table shows exactly the line
 * the charts draw.
 */
import { OBSERVED_COLOR, observedMarkerPath, scenarioStyle, type ObservedShape } from '../charts/palette.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The swatch of the scenario in slot `index`; decorative (the name beside it says which it is). */
export function swatch(index: number, width = 26): SVGSVGElement {
  const style = scenarioStyle(index, '');
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', `swatch swatch-${index}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', '10');
  svg.setAttribute('viewBox', `0 0 ${width} 10`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const line = document.createElementNS(SVG_NS, 'line');
  line.setAttribute('x1', '1');
  line.setAttribute('x2', String(width - 1));
  line.setAttribute('y1', '5');
  line.setAttribute('y2', '5');
  line.setAttribute('stroke', style.color);
  line.setAttribute('stroke-width', style.isReference ? '3.5' : '3');
  if (style.dash) line.setAttribute('stroke-dasharray', style.dash);
  svg.append(line);
  return svg;
}

/** The key of a published series: a short thin line with its marker, as the charts draw it; decorative. */
export function observedKey(shape: ObservedShape, width = 26): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', `swatch observed-key observed-key-${shape}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', '12');
  svg.setAttribute('viewBox', `0 0 ${width} 12`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const line = document.createElementNS(SVG_NS, 'line');
  line.setAttribute('x1', '2');
  line.setAttribute('x2', String(width - 2));
  line.setAttribute('y1', '6');
  line.setAttribute('y2', '6');
  line.setAttribute('stroke', OBSERVED_COLOR);
  line.setAttribute('stroke-width', '2');
  const marker = document.createElementNS(SVG_NS, 'path');
  marker.setAttribute('d', observedMarkerPath(shape, width / 2, 6, 4));
  marker.setAttribute('fill', OBSERVED_COLOR);
  marker.setAttribute('stroke', '#ffffff');
  marker.setAttribute('stroke-width', '1.5');
  svg.append(line, marker);
  return svg;
}
