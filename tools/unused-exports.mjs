// Build step of tools/split-build.mjs: the web-streams adapters of wasm-streams (pulled in by leptos's
// server functions, which this app has none of) are exported by wasm-bindgen, so neither the linker
// nor wasm-opt may drop them: 1 KB of wasm and their classes in the glue, never called. Their
// exports go (wasm-opt's remove-exports, before its -Oz) and so do their classes here.

/** wasm-opt arguments that remove the adapters' exports; they go before -Oz. */
export const REMOVE_EXPORTS = ['--remove-exports', '--pass-arg=remove-exports@*intounderlying*'];

const CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

/** The glue without the adapters' classes and finalization registries. */
export function withoutAdapters(js) {
  for (const name of CLASSES) {
    const cls = new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n(?:if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n)?`, 'm');
    const registry = new RegExp(`^const ${name}Finalization = [^;]*;\\n`, 'm');
    for (const re of [cls, registry]) {
      if (!re.test(js)) throw new Error(`unused-exports: ${re.source.slice(0, 40)}… not found in the glue`);
      js = js.replace(re, '');
    }
  }
  if (/intounderlying/i.test(js)) throw new Error('unused-exports: the glue still names an adapter');
  return js;
}
