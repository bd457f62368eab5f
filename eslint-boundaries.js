import path from 'node:path';

// A core module (src/core/<name>/) and the store (src/store/) are reached from outside only
// through their index.ts, so what each exports there is its whole public surface.
const root = path.dirname(new URL(import.meta.url).pathname);
const core = path.join(root, 'src/core');
const store = path.join(root, 'src/store');

/** The folder whose index.ts guards `file`, or undefined for files no front door guards. */
function frontDoorOf(file) {
  if (file.startsWith(core + path.sep)) return path.join(core, path.relative(core, file).split(path.sep)[0]);
  if (file.startsWith(store + path.sep)) return store;
  return undefined;
}

const moduleIndex = {
  meta: { type: 'problem', messages: { deep: 'Import `{{door}}` through its index.ts, not `{{spec}}`.' }, schema: [] },
  create(context) {
    const from = context.filename;
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(from), spec);
      const door = frontDoorOf(target);
      if (door === undefined || target === door || target === path.join(door, 'index')) return;
      if (frontDoorOf(from) === door) return;
      context.report({ node: node.source, messageId: 'deep', data: { door: path.relative(root, door), spec } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const boundaries = { rules: { 'module-index': moduleIndex } };
