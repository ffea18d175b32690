import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseBrowserModeArgs } from './options';

describe('browser mode options', () => {
  it('defaults to the usual port and opening the browser', () => {
    expect(parseBrowserModeArgs([])).toEqual({ port: DEFAULT_PORT, open: true });
  });

  it('reads --port N, --port=N (0 = any free port) and --no-open', () => {
    expect(parseBrowserModeArgs(['--port', '0', '--no-open'])).toEqual({ port: 0, open: false });
    expect(parseBrowserModeArgs(['--port=8123'])).toEqual({ port: 8123, open: true });
  });

  it('explains a bad port or an unknown option', () => {
    expect(parseBrowserModeArgs(['--port', 'abc'])).toEqual({ error: expect.stringContaining('got "abc"') });
    expect(parseBrowserModeArgs(['--port'])).toEqual({ error: expect.stringContaining('--port needs a whole number') });
    expect(parseBrowserModeArgs(['--host', '0.0.0.0'])).toEqual({ error: expect.stringContaining('Unknown option "--host"') });
  });
});
