export {
  DEFAULT_LAYOUT_OPTIONS,
  type LaidOutNode,
  type Layout,
  type LayoutDirection,
  type LayoutEdge,
  type LayoutInput,
  type LayoutOptions,
  type Point,
} from './Layout';
export { inducedSubGraph, type SubGraph, wholeGraph } from './SubGraph';
export { layoutDag } from './layoutDag';
export { seededRandom } from './seededRandom';
export { transitiveReduction } from './transitiveReduction';
