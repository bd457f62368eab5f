import type { Schema } from 'hast-util-sanitize';
import { find, svg } from 'property-information';

// The elements a static figure needs: structure, shapes, text, paint servers and filters. Not
// allowed: `script`, `foreignObject` (HTML inside the image), animation (`set` and `animate` can
// turn a link into `javascript:`), `iframe`, editor metadata. Those are dropped by the sanitiser.
const ELEMENTS = [
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'a', 'image', 'style', 'switch', 'view',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA',
  'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile',
  'feTurbulence',
]; // prettier-ignore

// Elements dropped with everything inside them (others not allowed are replaced by their content).
const STRIPPED = [
  'script', 'foreignObject', 'animate', 'animateColor', 'animateMotion', 'animateTransform', 'set',
  'discard', 'handler', 'listener', 'iframe', 'object', 'embed', 'metadata',
]; // prettier-ignore

// Attributes as written in SVG; every value is also checked for `url(…)` references elsewhere.
const ATTRIBUTES = [
  'id', 'class', 'style', 'lang', 'xml:lang', 'xml:space', 'role', 'aria-label', 'aria-labelledby',
  'aria-describedby', 'aria-hidden', 'tabindex', 'focusable', 'transform', 'href', 'xlink:href',
  'xlink:title', 'target', 'requiredExtensions', 'systemLanguage',
  // geometry
  'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'width', 'height',
  'd', 'points', 'pathLength', 'viewBox', 'preserveAspectRatio', 'dx', 'dy', 'rotate', 'textLength',
  'lengthAdjust', 'startOffset', 'method', 'spacing', 'side', 'version', 'baseProfile',
  // paint servers, clips, masks, markers, patterns
  'offset', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits',
  'patternContentUnits', 'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits',
  'markerUnits', 'markerWidth', 'markerHeight', 'refX', 'refY', 'orient',
  // filters
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'mode', 'type', 'values',
  'tableValues', 'slope', 'intercept', 'amplitude', 'exponent', 'k1', 'k2', 'k3', 'k4', 'operator',
  'radius', 'scale', 'xChannelSelector', 'yChannelSelector', 'baseFrequency', 'numOctaves', 'seed',
  'stitchTiles', 'kernelMatrix', 'order', 'divisor', 'bias', 'targetX', 'targetY', 'edgeMode',
  'preserveAlpha', 'surfaceScale', 'diffuseConstant', 'specularConstant', 'specularExponent',
  'kernelUnitLength', 'azimuth', 'elevation', 'z', 'pointsAtX', 'pointsAtY', 'pointsAtZ',
  'limitingConeAngle',
  // presentation attributes
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'color',
  'display', 'visibility', 'clip-path', 'clip-rule', 'mask', 'filter', 'font-family', 'font-size',
  'font-style', 'font-weight', 'font-variant', 'font-stretch', 'font-size-adjust', 'text-anchor',
  'text-decoration', 'dominant-baseline', 'alignment-baseline', 'baseline-shift', 'letter-spacing',
  'word-spacing', 'writing-mode', 'direction', 'unicode-bidi', 'stop-color', 'stop-opacity',
  'color-interpolation', 'color-interpolation-filters', 'flood-color', 'flood-opacity',
  'lighting-color', 'marker-start', 'marker-mid', 'marker-end', 'paint-order', 'vector-effect',
  'shape-rendering', 'text-rendering', 'image-rendering', 'overflow', 'mix-blend-mode', 'isolation',
]; // prettier-ignore

/**
 * The allow-list `hast-util-sanitize` applies to SVG assets: static figures only. Property names
 * come from `property-information`, as in the trees `hast-util-from-html` builds. Ids are kept as
 * written (no `user-content-` prefix): an SVG file is its own document, and `url(#id)` and
 * `href="#id"` must still find them.
 */
export const SVG_SCHEMA: Schema = {
  tagNames: ELEMENTS,
  strip: STRIPPED,
  attributes: { '*': ATTRIBUTES.map((name) => find(svg, name).property) },
  // Local references (`#id`, `figure.png`) always pass; `sanitiseSvg` narrows these further.
  protocols: { href: ['http', 'https', 'mailto', 'data'], xLinkHref: ['http', 'https', 'mailto', 'data'] },
  ancestors: {},
  required: {},
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};
