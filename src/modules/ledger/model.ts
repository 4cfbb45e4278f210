/** One row of an uploaded ledger file as text cells, with its row number in the file (the header is row 1). */
export interface FileRow {
  row: number;
  cells: string[];
}

/** Receives what scanCsv finds, in file order. Returning false stops the scan after that record. */
export interface CsvSink {
  /** A line without quotes: the record is text[start, end), its cells separated by the delimiter. */
  line(text: string, start: number, end: number, row: number): boolean;
  /** A record with quotes, already split into cells. */
  record(row: number, cells: string[]): boolean;
}

export interface MappingRule {
  id: number;
  costCentre: string | null;
  activityCode: string | null;
  accountFrom: string | null;
  accountTo: string | null;
  activityId: number;
  priority: number;
}

export interface LedgerKey {
  costCentre: string;
  activityCode: string;
  account: string;
}

export interface LedgerMapping extends MappingRule {
  committeeId: number;
  activity: string;
  activityName: string;
  version: number;
}

export interface LedgerImportSummary {
  id: number;
  fileName: string;
  year: number;
  months: number[];
  rowCount: number;
  totalAmount: number;
  importedAt: string;
  actorName: string;
}

/** What a ledger import answers: the import row and how many outcome rows it wrote. */
export interface LedgerImportResult extends LedgerImportSummary {
  outcomeRows: number;
}
