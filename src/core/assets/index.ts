export { assetKind } from './assetKind';
export { assetDiagnostics, svgDiagnostic } from './assetDiagnostics';
export { sanitiseSvg } from './sanitiseSvg';
