import type { BodyAnalysis } from './BodyAnalysis';
import { parseMarkdown } from './markdownProcessor';
import { parseHazard } from './parseHazard';
import type { BodySource } from './renderBody';
import { transformLinks } from './transformLinks';
import { stackHazard, unrenderable } from './unrenderable';

/** Reads a body's links and text-only diagnostics without rendering it (a parse and one walk). */
export function analyseBody(source: BodySource): BodyAnalysis {
  const hazard = parseHazard(source.text);
  if (hazard) return unrenderable(source, hazard).analysis;
  try {
    const walk = transformLinks(parseMarkdown(source.text), { file: source.file, line: source.line, resolver: null });
    return { links: walk.links, diagnostics: walk.diagnostics };
  } catch (error) {
    return unrenderable(source, stackHazard(error)).analysis;
  }
}
