/** One row of an uploaded ledger file as text cells, with its row number in the file (the header is row 1). */
export interface FileRow {
  row: number;
  cells: string[];
}
