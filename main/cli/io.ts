// What a CLI command may touch, passed in so tests can run commands without a process.
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
}

/** Exit codes: 0 done, 2 bad input or usage (the contract for scripts). */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;
