import { encode } from 'uqr';

/** The join link as a QR code, drawn as one SVG path (no inline styles, so the page's CSP holds). */
export const JoinQr = ({ url, label }: { url: string; label: string }) => {
  const { data, size } = encode(url, { ecc: 'M', border: 2 });
  let d = '';
  for (const [y, row] of data.entries()) {
    for (const [x, dark] of row.entries()) if (dark) d += `M${x} ${y}h1v1h-1z`;
  }
  return (
    <svg class="join-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
};
