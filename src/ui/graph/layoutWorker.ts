import type { LayoutInput, LayoutOptions } from '../../core/layout';
import { layoutDag } from '../../core/layout';

/** A request to the layout worker; the reply echoes `id` with the layout. */
export interface LayoutRequest {
  readonly id: number;
  readonly input: LayoutInput;
  readonly options: Partial<LayoutOptions>;
}

// Large plans are laid out here, off the main thread, so the page keeps responding meanwhile.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = (event) => {
  const { id, input, options } = event.data;
  scope.postMessage({ id, layout: layoutDag(input, options) });
};
