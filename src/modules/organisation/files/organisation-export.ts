import ExcelJS from 'exceljs';
import type { Queryable } from '../../../db/connection.ts';
import { isValidOn, type IsoDate } from '../../../core/dates.ts';
import { today } from '../../../core/clock.ts';
import { required } from '../../../core/required.ts';
import * as store from '../store.ts';
import type { Activity, ActivityMapping, Administration, Committee, Provider } from '../model.ts';
import {
  ACTIVITY_COLUMNS,
  ACTIVITY_SHEET,
  activitiesToCsv,
  activityRecordsToRows,
  type ActivityRecord,
  type Cell,
  type FileFormat,
} from './activity-table.ts';

export interface OrganisationExport {
  municipality: { code: string; name: string };
  asOf: IsoDate | null;
  administrations: Administration[];
  committees: Committee[];
  providers: Provider[];
  activities: ActivityRecord[];
  mappings: {
    from: { committeeCode: string; code: string };
    to: { committeeCode: string; code: string };
    sharePercent: number;
    effectiveFrom: IsoDate;
    sourceNote: string | null;
  }[];
}

/** The whole organisation, or the part valid on one date. Codes replace ids so the file stands on its own. */
export async function loadOrganisationExport(db: Queryable, asOf: IsoDate | null): Promise<OrganisationExport> {
  const [municipality, administrations, committees, allCommittees, providers, allActivities, mappings] = await Promise.all([
    store.getMunicipality(db),
    store.listAdministrations(db, asOf),
    store.listCommittees(db, asOf),
    store.listCommittees(db, null),
    store.listProviders(db, asOf),
    store.listActivities(db, null, null),
    store.listActivityMappings(db),
  ]);
  const committeeCode = new Map(allCommittees.map((c) => [c.id, c.code]));
  const byId = new Map(allActivities.map((a) => [a.id, a]));
  const included = allActivities.filter((a) => asOf === null || isValidOn(a, asOf));
  const includedIds = new Set(included.map((a) => a.id));
  const ref = (a: Activity) => ({ committeeCode: required(committeeCode.get(a.committeeId), `nämnden för ${a.code}`), code: a.code });
  const committeeOrder = new Map(allCommittees.map((c, i) => [c.id, i]));
  const orderOf = (a: Activity) => required(committeeOrder.get(a.committeeId), `nämnden för ${a.code}`);
  included.sort((a, b) => orderOf(a) - orderOf(b) || a.sortOrder - b.sortOrder || a.code.localeCompare(b.code, 'sv'));
  return {
    municipality,
    asOf,
    administrations,
    committees,
    providers,
    activities: included.map((a) => ({
      ...ref(a),
      name: a.name,
      parentCode: a.parentId === null ? null : (byId.get(a.parentId)?.code ?? null),
      isSubset: a.isSubset,
      sortOrder: a.sortOrder,
      validFrom: a.validFrom,
      validTo: a.validTo,
      sourceNote: a.sourceNote,
    })),
    mappings: mappings
      .filter((m: ActivityMapping) => includedIds.has(m.fromActivityId) || includedIds.has(m.toActivityId))
      .map((m) => ({
        from: ref(required(byId.get(m.fromActivityId), `verksamhet ${m.fromActivityId}`)),
        to: ref(required(byId.get(m.toActivityId), `verksamhet ${m.toActivityId}`)),
        sharePercent: m.shareBp / 100,
        effectiveFrom: m.effectiveFrom,
        sourceNote: m.sourceNote,
      })),
  };
}

interface SheetSpec {
  name: string;
  columns: { header: string; width: number }[];
  rows: Cell[][];
}

function sheets(data: OrganisationExport): SheetSpec[] {
  const adminCode = new Map(data.administrations.map((a) => [a.id, a.code]));
  const validity = [
    { header: 'Giltig från', width: 12 },
    { header: 'Giltig till', width: 12 },
    { header: 'Källa', width: 60 },
  ];
  const dates = (x: { validFrom: string; validTo: string | null; sourceNote: string | null }): Cell[] => [
    x.validFrom,
    x.validTo ?? '',
    x.sourceNote ?? '',
  ];
  const activityWidths = [8, 14, 50, 14, 7, 10, 12, 12, 60];
  return [
    {
      name: 'Nämnder',
      columns: [{ header: 'Kod', width: 8 }, { header: 'Namn', width: 40 }, { header: 'Förvaltning', width: 12 }, ...validity],
      rows: data.committees.map((c) => [
        c.code,
        c.name,
        c.administrationId === null ? '' : (adminCode.get(c.administrationId) ?? ''),
        ...dates(c),
      ]),
    },
    {
      name: 'Förvaltningar',
      columns: [{ header: 'Kod', width: 8 }, { header: 'Namn', width: 50 }, ...validity],
      rows: data.administrations.map((a) => [a.code, a.name, ...dates(a)]),
    },
    {
      name: 'Utförare',
      columns: [{ header: 'Namn', width: 50 }, { header: 'Typ', width: 12 }, { header: 'Förvaltning', width: 12 }, ...validity],
      rows: data.providers.map((p) => [
        p.name,
        p.kind === 'in_house' ? 'egen regi' : 'privat',
        p.administrationId === null ? '' : (adminCode.get(p.administrationId) ?? ''),
        ...dates(p),
      ]),
    },
    {
      name: ACTIVITY_SHEET,
      columns: ACTIVITY_COLUMNS.map((header, i) => ({ header, width: required(activityWidths[i], `bredden för ${header}`) })),
      rows: activityRecordsToRows(data.activities),
    },
    {
      name: 'Mappningar',
      columns: [
        { header: 'Från nämnd', width: 11 },
        { header: 'Från kod', width: 14 },
        { header: 'Till nämnd', width: 11 },
        { header: 'Till kod', width: 14 },
        { header: 'Andel %', width: 9 },
        { header: 'Gäller från', width: 12 },
        { header: 'Källa', width: 60 },
      ],
      rows: data.mappings.map((m) => [
        m.from.committeeCode,
        m.from.code,
        m.to.committeeCode,
        m.to.code,
        m.sharePercent,
        m.effectiveFrom,
        m.sourceNote ?? '',
      ]),
    },
  ];
}

export async function organisationToXlsx(data: OrganisationExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Styrbord';
  workbook.title = `Organisation ${data.municipality.name}${data.asOf ? ` per ${data.asOf}` : ''}`;
  for (const spec of sheets(data)) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(spec.rows);
    if (spec.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function exportFileName(municipalityCode: string, asOf: IsoDate | null, format: FileFormat): string {
  return `organisation-${municipalityCode}-${asOf ?? today()}.${format}`;
}

export const contentTypes: Record<FileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** The export as a file: xlsx with every sheet, or csv with the activities only. */
export async function exportOrganisation(
  db: Queryable,
  asOf: IsoDate | null,
  format: FileFormat,
): Promise<{ filename: string; contentType: string; body: Buffer }> {
  const data = await loadOrganisationExport(db, asOf);
  const body = format === 'xlsx' ? await organisationToXlsx(data) : Buffer.from(activitiesToCsv(data.activities), 'utf8');
  return { filename: exportFileName(data.municipality.code, asOf, format), contentType: contentTypes[format], body };
}
