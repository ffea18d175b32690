// Command-line options of browser mode: `--port N` (0 = any free port) and `--no-open`.
export interface BrowserModeOptions {
  port: number;
  open: boolean;
}

export const DEFAULT_PORT = 5199;

export function parseBrowserModeArgs(argv: readonly string[]): BrowserModeOptions | { error: string } {
  const options: BrowserModeOptions = { port: DEFAULT_PORT, open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--no-open') options.open = false;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[++i] : arg.slice('--port='.length);
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        return { error: `--port needs a whole number from 0 to 65535 (0 picks any free port), got "${value ?? ''}".` };
      }
      options.port = port;
    } else return { error: `Unknown option "${arg}". Browser mode takes --port N and --no-open.` };
  }
  return options;
}
