/** A small table of pre-formatted figures: the text alternative behind a chart. */
export function DataTable({ caption, rowHeader, head, rows }: { caption: string; rowHeader: string; head: string[]; rows: string[][] }) {
  return (
    <table className="amounts chart-data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {head.map((h) => (
            <th scope="col" key={h} className="num">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([first, ...rest], i) => (
          <tr key={`${first}-${i}`}>
            <th scope="row">{first}</th>
            {rest.map((v, j) => (
              <td key={j} className="num">
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
