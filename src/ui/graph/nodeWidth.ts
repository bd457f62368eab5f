import type { GraphNodeData } from './GraphData';

/** Average advance of a 13px system-ui character; titles are measured without the DOM. */
const CHAR = 7.1;
/** Icon, step number and padding around the title. */
const CHROME = 52;
const MIN = 110;
/** Wide enough for the longest titles in one line: a shortened title would hide part of its name. */
const MAX = 460;

/**
 * The box width a node needs for its title on one line, estimated from its length so that the
 * layout (which runs in a worker, without fonts) can size boxes.
 */
export function nodeWidth(node: GraphNodeData): number {
  const label = (node.step === undefined ? '' : `${node.step}. `) + node.title;
  return Math.round(Math.min(MAX, Math.max(MIN, label.length * CHAR + CHROME)));
}
