// `npm run build`, after `next build`: see lib/precompress-static.ts.
import { DIST_DIR, staticDirOf } from "./lib/dist-dir";
import { describePrecompression, precompressStatic } from "./lib/precompress-static";

process.stdout.write(`${describePrecompression(await precompressStatic(staticDirOf(DIST_DIR)))}\n`);
