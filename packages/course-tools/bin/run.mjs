// Shared by the instructor commands: runs the named command of src/main.ts with this process's
// arguments and sets the exit code. tsx compiles the TypeScript sources (these tools, the checks
// and the course model) as they load, so there is nothing to build.
import { register } from 'tsx/esm/api';

register();

/** Runs `name` (an export of src/main.ts) as a command and sets the exit code. */
export async function runCommand(name) {
  const commands = await import('../src/main.ts');
  process.exitCode = await commands[name]({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
