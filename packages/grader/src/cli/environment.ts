/** What the command line needs from the process: injectable so tests can run it in-process. */
export interface CliEnvironment {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Where `--reset` reads its confirmation (defaults to the process's standard input). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}
