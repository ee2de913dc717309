/** The text alternative every chart carries: its figures as a table, one click away. */
export function ChartDataTable({ caption, columns, rows }: { caption: string; columns: [string, string]; rows: [string, string | number][] }) {
  return (
    <details className="chart__data">
      <summary>Show the figures as a table</summary>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns[0]}</th>
            <th scope="col">{columns[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
