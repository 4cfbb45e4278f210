import type { ReactNode } from 'react';
import { ScrollTable } from './ScrollTable.tsx';

/** A column heading; `num` right-aligns it over figures. */
export interface Column {
  label: ReactNode;
  num?: boolean;
}

/** A table's header row of column headings. */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col" className={c.num ? 'num' : undefined}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A wide table with its caption and column headings, in a region that scrolls sideways and is
 * named by the caption; the caller gives the body.
 */
export function CaptionedTable(props: { caption: string; className?: string; columns: Column[]; children: ReactNode }) {
  return (
    <ScrollTable label={props.caption}>
      <table className={props.className}>
        <caption>{props.caption}</caption>
        <TableHead columns={props.columns} />
        {props.children}
      </table>
    </ScrollTable>
  );
}
