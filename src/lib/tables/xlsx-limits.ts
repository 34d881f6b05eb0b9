/**
 * A workbook is measured before it is parsed: an .xlsx file is a zip of XML parts, and a small zip
 * can hold gigabytes (a 1.5 MB "zip bomb" took 55 s and 1.8 GB to refuse) or a million empty rows
 * (240 s and 5.6 GB with no message). So, before exceljs reads it:
 *
 * - the parts are inflated as they stream, and the workbook is refused once they pass
 *   {@link MAX_WORKBOOK_BYTES} in all (what the zip's directory declares is checked first, but a
 *   zip can lie about it, so what is really inflated is counted too);
 * - each worksheet's rows holding a value are counted, and a sheet of more than {@link MAX_ROWS}
 *   is refused. A ward's largest table has one row per group or unit: a few hundred.
 *
 * It reads the zip with jszip, the library exceljs reads it with.
 */
import JSZip from 'jszip';

export const MAX_WORKBOOK_BYTES = 5_000_000;
export const MAX_ROWS = 5_000;

/** What jszip keeps of an entry beyond its public type: its size, and a stream of its bytes. */
interface ZipEntry {
  name: string;
  dir: boolean;
  _data?: { uncompressedSize?: number };
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

const formatCount = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

/** An entry's bytes, or undefined once they pass `limit` (the rest is never inflated). */
function readBounded(entry: ZipEntry, limit: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = entry.internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          resolve(undefined);
          return;
        }
        chunks.push(chunk);
      })
      .on('error', reject)
      .on('end', () => {
        const all = new Uint8Array(size);
        let offset = 0;
        for (const chunk of chunks) {
          all.set(chunk, offset);
          offset += chunk.length;
        }
        resolve(all);
      })
      .resume();
  });
}

/** Rows of a worksheet's XML that hold a value (a row Excel keeps only for its format does not). */
export function rowsWithValues(xml: string): number {
  let rows = 0;
  for (const row of xml.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g))
    if (row[1] && /<(v|is)\b/.test(row[1])) rows++;
  return rows;
}

/**
 * Why a workbook is too large to read, in Vietnamese, or undefined. A file that is not a zip at
 * all is left to exceljs, which says it cannot read it.
 */
export async function workbookLimitProblem(bytes: Uint8Array): Promise<string | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return undefined;
  }
  const entries = Object.values(zip.files) as unknown as ZipEntry[];
  const tooLarge = `Tệp bảng tính quá lớn: giải nén ra hơn ${formatCount(MAX_WORKBOOK_BYTES / 1_000_000)} MB, trong khi bảng của phường chỉ cần vài trăm dòng. Mở tệp bằng Excel, xóa các trang tính, dòng, cột và hình ảnh thừa, rồi lưu lại.`;
  const declared = entries.reduce((sum, entry) => sum + (entry._data?.uncompressedSize ?? 0), 0);
  if (declared > MAX_WORKBOOK_BYTES) return tooLarge;
  let total = 0;
  for (const entry of entries) {
    if (entry.dir) continue;
    const data = await readBounded(entry, MAX_WORKBOOK_BYTES - total);
    if (!data) return tooLarge;
    total += data.length;
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const rows = rowsWithValues(new TextDecoder().decode(data));
    if (rows > MAX_ROWS + 1)
      return `Tệp bảng tính có ${formatCount(rows)} dòng có số liệu trong một trang tính, nhiều hơn ${formatCount(MAX_ROWS)} dòng mà bảng của một phường có thể có. Kiểm tra lại tệp: xóa các dòng thừa (kể cả dòng chỉ có dấu cách hay số 0), rồi lưu lại.`;
  }
  return undefined;
}
