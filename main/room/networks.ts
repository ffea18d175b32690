// The network interfaces a room can listen on: the facilitator picks the one the phones share
// (venue Wi-Fi, or the laptop's own hotspot). Loopback is listed last, for trying a room alone.
import os from 'node:os';
import type { NetworkChoice } from '../../shared/room/facilitator';

export function listNetworks(interfaces: ReturnType<typeof os.networkInterfaces> = os.networkInterfaces()): NetworkChoice[] {
  const choices: NetworkChoice[] = [];
  for (const [name, addresses] of Object.entries(interfaces)) {
    for (const a of addresses ?? []) {
      // Link-local IPv6 needs a zone id phones cannot type; those addresses are left out.
      if (a.family === 'IPv6' && a.address.toLowerCase().startsWith('fe80')) continue;
      choices.push({ name, address: a.address, family: a.family, internal: a.internal });
    }
  }
  // IPv4 first (what people type), loopback last.
  return choices.sort((x, y) => Number(x.internal) - Number(y.internal) || Number(x.family === 'IPv6') - Number(y.family === 'IPv6'));
}

/** `host:port` as typed in a browser, IPv6 in brackets. */
export function hostAndPort(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}
