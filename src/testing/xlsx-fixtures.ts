import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

/** Hostile xlsx files for the upload tests, built by hand so that they say what a real file would not. */
const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const workbookParts = (sheet: string): Record<string, string> => ({
  '[Content_Types].xml':
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml': `<?xml version="1.0"?><workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
});

/** A one-sheet workbook with the given `<sheetData>` rows (and, optionally, a `<dimension>`). */
export async function xlsxWithRows(sheet: string, rowsXml: string, dimension?: string): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(workbookParts(sheet))) zip.file(path, text);
  const dim = dimension ? `<dimension ref="${dimension}"/>` : '';
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet ${ns}>${dim}<sheetData>${rowsXml}</sheetData></worksheet>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A few KB: the used range claims all 17 billion cells; only A1 and XFD1048576 exist. */
export function sparseXlsx(sheet: string): Promise<Buffer> {
  return xlsxWithRows(
    sheet,
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Nämnd</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    'A1:XFD1048576',
  );
}

/**
 * A zip whose sheet inflates to `inflated` bytes of XML whitespace from a few hundred KB, deflated
 * with zlib (jszip's JavaScript deflate takes seconds for 200 MB) and laid out by hand. With
 * `lie`, the zip's headers declare the sheet a mere kilobyte, as a bomb made to pass size checks would.
 */
export function zipBomb(sheet: string, inflated: number, options: { lie?: boolean } = {}): Buffer {
  const parts: [string, Buffer][] = [
    ...Object.entries(workbookParts(sheet)).map(([path, text]): [string, Buffer] => [path, Buffer.from(text)]),
    [
      'xl/worksheets/sheet1.xml',
      Buffer.concat([Buffer.from(`<worksheet ${ns}><sheetData>`), Buffer.alloc(inflated, 0x20), Buffer.from('</sheetData></worksheet>')]),
    ],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [path, data] of parts) {
    const name = Buffer.from(path);
    const packed = deflateRawSync(data);
    const declared = options.lie && path.includes('worksheets') ? 1024 : data.length;
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(8, at); // deflate
      header.writeUInt32LE(crc32(data), at + 6);
      header.writeUInt32LE(packed.length, at + 10);
      header.writeUInt32LE(declared, at + 14);
      header.writeUInt16LE(name.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 8);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields(central, 10);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
