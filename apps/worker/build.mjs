// Bundles the worker into dist/main.js so production runs plain JavaScript under node: no tsx
// loader thread and no transpiling at start. Idle, `node dist/main.js` holds about 135 MB RSS;
// `tsx src/main.ts` held about 190 MB, plus about 50 MB for tsx's own parent process.
//
// The workspace packages (@trustwatch/*) export TypeScript sources, so they are bundled, the
// generated Prisma client in packages/db/src/generated included. Every other npm package stays
// external and loads from node_modules as usual: Prisma's runtime imports its WASM query compiler
// from its own files, and the AWS SDK, BullMQ and pg keep their own module layout.
//
// No createRequire banner: every bundled file is ESM and no bundled code calls `require`. If that
// changes, esbuild's `__require` shim throws "Dynamic require of ... is not supported" at run time.
import { existsSync, realpathSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const dir = import.meta.dirname;
const outfile = path.join(dir, "dist/main.js");

/** The directory node would load a package from, looking up node_modules from `from`. */
function packageDirFrom(from, name) {
  for (let d = from; ; d = path.dirname(d)) {
    const candidate = path.join(d, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return realpathSync(candidate);
    if (path.dirname(d) === d) return undefined;
  }
}

// An external import runs from dist/, not from the workspace package that wrote it. With npm's
// hoisting both find the same copy; a version only packages/db (say) has nested would not be
// found, so that fails the build here rather than the worker at run time.
const externalNpmPackages = {
  name: "external-npm-packages",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("@trustwatch/")) return undefined;
      if (args.path.startsWith("node:")) return { path: args.path, external: true };
      const parts = args.path.split("/");
      const name = args.path.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
      const fromSource = packageDirFrom(args.resolveDir, name);
      if (fromSource && fromSource !== packageDirFrom(path.dirname(outfile), name)) {
        return { errors: [{ text: `${name} at ${fromSource} is not the copy dist/ would load` }] };
      }
      return { path: args.path, external: true };
    });
  },
};

const result = await build({
  entryPoints: [path.join(dir, "src/main.ts")],
  outfile,
  absWorkingDir: dir,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // A separate main.js.map plus the comment pointing at it: node reads it only when asked,
  // `node --enable-source-maps dist/main.js`, and otherwise spends no memory on it.
  sourcemap: "linked",
  plugins: [externalNpmPackages],
  logLevel: "warning",
  write: false,
});

// Written aside and renamed into place: a worker (a bench's, say) starting while this runs gets the
// old bundle or the new one, never a missing or half-written file.
await mkdir(path.dirname(outfile), { recursive: true });
for (const file of result.outputFiles) {
  const temporary = `${file.path}.${process.pid}.tmp`;
  await writeFile(temporary, file.contents);
  await rename(temporary, file.path);
}
const kb = Math.round(result.outputFiles.find((f) => f.path === outfile).contents.length / 1024);
console.log(`worker: built dist/main.js (${kb} kB)`);
