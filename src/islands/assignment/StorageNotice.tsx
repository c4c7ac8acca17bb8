import type { StoreNotice } from '../../lib/store';
import type { Label } from './types';

/**
 * What the learner should know about their saved answers on this device: that unreadable ones were
 * kept aside (said once, in the visit that found them), and whether new answers can be saved.
 */
export function StorageNotice({ notice, T }: { notice: StoreNotice; T: Label }) {
  const lines = [
    notice.setAside === undefined
      ? undefined
      : T(notice.setAside === '' ? 'assign.store.unreadableKept' : 'assign.store.setAside'),
    notice.newer ? T('assign.store.newer') : undefined,
    notice.persistence === 'memory'
      ? T('assign.notSaved')
      : notice.persistence === 'read-only' && !notice.newer && notice.setAside !== ''
        ? T('assign.store.readOnly')
        : undefined,
  ].filter((line) => line !== undefined);
  if (lines.length === 0) return null;
  return (
    <div className="gl-assign__warning">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
