import type { GraphStep } from '../../core/views';
import { PAN_STEP } from './useZoom';

/** Where each arrow key moves focus: `[in a top-down layout, in a left-to-right one]`. */
export const ARROWS: Readonly<Record<string, readonly [GraphStep, GraphStep]>> = {
  ArrowUp: ['prerequisite', 'previous'],
  ArrowDown: ['dependent', 'next'],
  ArrowLeft: ['previous', 'prerequisite'],
  ArrowRight: ['next', 'dependent'],
};

/** How far each arrow key pans the view, in screen pixels. */
export const PAN: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [0, PAN_STEP],
  ArrowDown: [0, -PAN_STEP],
  ArrowLeft: [PAN_STEP, 0],
  ArrowRight: [-PAN_STEP, 0],
};
