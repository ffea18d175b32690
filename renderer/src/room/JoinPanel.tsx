// What the room needs to join from their phones: a large QR code, the short address to type
// instead, and the join code. Shown on the presenter and beside the facilitator's room controls.
import { useMemo } from 'react';
import { qrPath } from './qrPath';

export interface JoinPanelProps {
  /** The address phones open: `http://<laptop>:<port>/#code=<code>`. */
  joinUrl: string;
  /** The same address without the code, short enough to type: `192.168.1.20:8700`. */
  shortAddress: string;
  code: string;
  /** Presenter size: fills the screen's height. */
  large?: boolean;
}

const QUIET = 4;

/** ABC234 reads as "ABC 234": easier to read out and to type. */
export const spacedCode = (code: string) => code.replace(/(.{3})(?=.)/g, '$1 ');

export function JoinPanel({ joinUrl, shortAddress, code, large = false }: JoinPanelProps) {
  const qr = useMemo(() => qrPath(joinUrl), [joinUrl]);
  const side = qr.size + QUIET * 2;
  return (
    <section className={`join-panel${large ? ' join-panel--large' : ''}`} aria-label="Join from your phone">
      <svg className="join-panel__qr" viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`} role="img" aria-label={`QR code for ${shortAddress}`} shapeRendering="crispEdges">
        <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#ffffff" />
        <path d={qr.path} fill="#000000" />
      </svg>
      <div className="join-panel__text">
        <p className="join-panel__lead">Scan to join, or open</p>
        <p className="join-panel__address">{shortAddress}</p>
        <p className="join-panel__lead">and type the code</p>
        <p className="join-panel__code" aria-label={`Join code ${code.split('').join(' ')}`}>
          {spacedCode(code)}
        </p>
        <p className="join-panel__note">Same Wi-Fi as this laptop. No app, no account.</p>
      </div>
    </section>
  );
}
