/** One claim in "Compare with Gloss": the student's marks beside Gloss's key, and why they differ. */
import { SORT_FIELDS, type SortClaim, type SortField } from '../../lib/claim-sort';

/** Props of {@link ComparedClaim}. */
export interface ComparedProps {
  /** The claim, with Gloss's key. */
  claim: SortClaim;
  /** The fields where the student's mark differs from the key. */
  differences: SortField[];
  /** The student's marks. */
  marks: Partial<Record<SortField, string>>;
  /** The island's strings. */
  L: (key: string, vars?: Record<string, string | number>) => string;
  /** The words for a field's value. */
  answerLabel: (field: SortField, value: string | undefined) => string;
}

/** One claim in the comparison: the student's answer and Gloss's side by side, and why, where they differ. */
export function ComparedClaim({ claim, differences, marks, L, answerLabel }: ComparedProps) {
  const differs = new Set(differences);
  return (
    <li className="gl-sort__compared" data-differs={String(differs.size > 0)}>
      <p>
        <q>{claim.quote}</q> <a href={`#p${claim.paragraph}`}>{L('sort.paragraph', { n: claim.paragraph })}</a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{L('sort.question')}</th>
            <th scope="col">{L('sort.yours')}</th>
            <th scope="col">{L('sort.gloss')}</th>
          </tr>
        </thead>
        <tbody>
          {SORT_FIELDS.map((field) => (
            <tr key={field} data-agrees={String(!differs.has(field))}>
              <th scope="row">{L(`sort.${field}`)}</th>
              <td>
                {answerLabel(field, marks[field])}
                {differs.has(field) && <span className="gl-sort__mark"> ({L('sort.differs')})</span>}
              </td>
              <td>{answerLabel(field, claim[field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {differs.size > 0 && (
        <div className="gl-sort__why">
          <p>
            <strong>{L('sort.why')}</strong>
          </p>
          {differs.has('speaker') && <p>{L('sort.whySpeaker', { speaker: answerLabel('speaker', claim.speaker) })}</p>}
          {differs.has('kind') && (
            <p>
              {L('sort.whyKind', { kind: answerLabel('kind', claim.kind), means: L(`sort.kindMeans.${claim.kind}`) })}
            </p>
          )}
          {(differs.has('wasSaid') || differs.has('isTrue')) && <p>{claim.evidence}</p>}
          {differs.has('isTrue') && claim.status === 'outdated' && <p>{L('sort.whyOutdated')}</p>}
        </div>
      )}
    </li>
  );
}
