/** Share correct as a whole percentage. */
export const pct = (x: number): number => Math.round(x * 100);

/** A horizontal bar chart in SVG; its numbers are also in the table next to it. */
export function BarChart({
  id,
  title,
  rows,
}: {
  id: string;
  title: string;
  rows: { label: string; value: number; flag: boolean }[];
}) {
  const rowHeight = 36;
  const height = rows.length * rowHeight + 8;
  return (
    <svg className="gl-results__chart" viewBox={`0 0 400 ${height}`} role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{title}</title>
      {rows.map((row, i) => {
        const y = i * rowHeight + 4;
        const w = Math.max(1, row.value * 300);
        return (
          <g key={row.label} className={row.flag ? 'gl-results__bar gl-results__bar--flag' : 'gl-results__bar'}>
            <text x="0" y={y + 12} className="gl-results__chart-label">
              {row.label}
            </text>
            <rect x="0" y={y + 17} width={w} height="12" />
            <text x={w + 6} y={y + 28} className="gl-results__chart-value">
              {`${pct(row.value)}%`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
