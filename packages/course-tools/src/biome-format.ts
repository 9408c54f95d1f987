import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIOME = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');

/**
 * `text` formatted by Biome, the course's one formatter, as if it were the file `file` of the course
 * at `root` (so the course's biome.json applies). Every JSON, TypeScript and YAML file the tools
 * write goes through here, so what they write is what `pnpm lint` expects.
 */
export async function formatWithBiome(root: string, file: string, text: string): Promise<string> {
  const relative = path.relative(root, file).split(path.sep).join('/');
  const child = run(process.execPath, [BIOME, 'format', `--stdin-file-path=${relative}`], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  child.child.stdin?.end(text);
  const { stdout } = await child;
  return stdout;
}
