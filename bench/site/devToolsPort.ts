/** The port in Chromium's `DevTools listening on ws://HOST:PORT/…` line, if `output` has it. */
export function devToolsPort(output: string): number | undefined {
  const match = /DevTools listening on ws:\/\/[^:/\s]+:(\d+)\//.exec(output);
  return match ? Number(match[1]) : undefined;
}
