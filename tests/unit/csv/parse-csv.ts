/**
 * How a spreadsheet reads a CSV file with a given list separator: quotes open a quoted section only at
 * the start of a cell ("" inside is one quote), anything after the closing quote is kept, CR, LF or CRLF
 * outside quotes ends the record, and a leading byte order mark is dropped.
 */
export function parseCsv(text: string, separator: "," | ";"): string[][] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  const endCell = () => {
    record.push(cell);
    cell = "";
    atCellStart = true;
  };
  while (i < input.length) {
    const char = input[i]!;
    if (atCellStart && char === '"') {
      atCellStart = false;
      i++;
      while (i < input.length) {
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += input[i++];
      }
      continue;
    }
    atCellStart = false;
    if (char === separator) {
      endCell();
      i++;
    } else if (char === "\r" || char === "\n") {
      endCell();
      records.push(record);
      record = [];
      i += char === "\r" && input[i + 1] === "\n" ? 2 : 1;
    } else {
      cell += char;
      i++;
    }
  }
  if (!atCellStart || cell !== "" || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}
