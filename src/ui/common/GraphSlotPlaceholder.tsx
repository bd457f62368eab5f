/**
 * The place of a graph section while its code loads: as tall as the section it becomes (heading,
 * text, legend, toolbar, frame and caption), so what follows does not jump when it appears, and
 * a click meant for something below does not land elsewhere.
 */
export function GraphSlotPlaceholder({ section }: { readonly section: 'plan' | 'local' }) {
  return (
    <p className={`graph-slot-placeholder graph-slot-${section}`} role="status">
      Loading the graph…
    </p>
  );
}
