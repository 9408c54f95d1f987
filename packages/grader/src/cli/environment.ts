/** What the command line needs from the process: injectable so tests can run it in-process. */
export interface CliEnvironment {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}
