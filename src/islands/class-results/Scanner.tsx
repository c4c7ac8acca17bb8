import { useEffect, useRef, useState } from 'react';
import type { Label } from './types';

/** The part of the Barcode Detection API this uses (not yet in TypeScript's DOM types). */
interface Detector {
  detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

/** The browser's `BarcodeDetector`, if it has one (Chromium on Android and macOS; not Firefox, not Linux desktop). */
export const barcodeDetector = (): DetectorClass | undefined =>
  (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/** How often a camera frame is looked at, in milliseconds: often enough to feel instant, rare enough for an old phone. */
const INTERVAL = 250;

/**
 * "Scan a code": reads a completion code's QR from a student's screen with the camera and hands
 * it to `onCode`. Shown only where the browser has `BarcodeDetector`; elsewhere pasting is the way.
 * The camera stops as soon as a code is read, or when the teacher stops it.
 */
export function Scanner({ T, onCode }: { T: Label; onCode: (code: string) => void }) {
  const [on, setOn] = useState(false);
  const [status, setStatus] = useState('');
  const video = useRef<HTMLVideoElement>(null);
  // The latest callback, so a re-render of the page does not restart the camera.
  const handler = useRef(onCode);
  useEffect(() => {
    handler.current = onCode;
  }, [onCode]);
  const Detector = barcodeDetector();
  useEffect(() => {
    if (!on || !Detector) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const detector = new Detector({ formats: ['qr_code'] });
    const stop = (): void => {
      live = false;
      clearTimeout(timer);
      stream?.getTracks().forEach((t) => {
        t.stop();
      });
    };
    const look = (): void => {
      const v = video.current;
      if (!live || !v) return;
      detector.detect(v).then(
        (found) => {
          const value = found[0]?.rawValue.trim();
          if (value !== undefined && value !== '') {
            handler.current(value);
            setStatus(T('results.scan.read'));
            setOn(false);
          } else if (live) timer = setTimeout(look, INTERVAL);
        },
        () => {
          if (live) timer = setTimeout(look, INTERVAL);
        },
      );
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (s) => {
        stream = s;
        if (!live || !video.current) {
          stop();
          return;
        }
        video.current.srcObject = s;
        await video.current.play();
        look();
      })
      .catch(() => {
        setStatus(T('results.scan.noCamera'));
        setOn(false);
      });
    return stop;
  }, [on, Detector, T]);
  // The camera needs a secure context (HTTPS or localhost); elsewhere `mediaDevices` is missing.
  if (!Detector || !('mediaDevices' in navigator)) return null;
  return (
    <div className="gl-results__scan">
      <button
        type="button"
        className="gl-button"
        aria-expanded={on}
        onClick={() => {
          setStatus(on ? '' : T('results.scan.looking'));
          setOn((x) => !x);
        }}
      >
        {T(on ? 'results.scan.stop' : 'results.scan.start')}
      </button>
      <p role="status">{status}</p>
      {on && <video ref={video} className="gl-results__video" muted playsInline aria-label={T('results.scan.video')} />}
    </div>
  );
}
