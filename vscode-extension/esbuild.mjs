// Bundles the extension (dist/extension.js, vscode-languageclient included) and the extension tests
// (out/test/index.js, loaded by VS Code's extension host in tests/vscode-e2e). `vscode` is provided by the host.
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', minify: true }),
  esbuild.build({ ...common, entryPoints: ['src/test/index.ts'], outfile: 'out/test/index.js' }),
]);
