import { useEffect, useState } from 'react';

/**
 * A QR code as an SVG path, drawn from the `qrcode` package's module matrix (no network, no
 * canvas). The package is imported only when this mounts, so a page that shows it behind a button
 * does not load it for its first paint.
 */
export function QrCode({
  text,
  label,
  className,
  level = 'L',
}: {
  text: string;
  label: string;
  className?: string;
  /** Error correction: L by default (see below); a printed or projected link may want more. */
  level?: 'L' | 'M';
}) {
  const [path, setPath] = useState<{ d: string; size: number } | undefined>();
  useEffect(() => {
    let live = true;
    void import('qrcode').then(({ default: QR }) => {
      // Level L for result codes: read from a screen a hand's width away, the smaller symbol stays legible on a phone.
      const { modules } = QR.create(text, { errorCorrectionLevel: level });
      let d = '';
      for (let y = 0; y < modules.size; y += 1) {
        for (let x = 0; x < modules.size; x += 1) if (modules.get(y, x)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
      }
      if (live) setPath({ d, size: modules.size + 8 });
    });
    return () => {
      live = false;
    };
  }, [text, level]);
  if (!path) return null;
  return (
    <svg className={className} viewBox={`0 0 ${path.size} ${path.size}`} role="img" aria-label={label}>
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" shapeRendering="crispEdges" />
    </svg>
  );
}
