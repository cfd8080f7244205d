/** Reads the reports' CSV back: blocks separated by an empty line, fields by semicolons, RFC 4180 quoting. */
export function parseCsvBlocks(text: string): string[][][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body
    .split('\r\n\r\n')
    .map((block) => block.split('\r\n').filter((line) => line !== '').map(parseLine))
    .filter((block) => block.length > 0);
}

function parseLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error(`Unterminated quoted field in: ${line}`);
  fields.push(field);
  return fields;
}

/** The block whose first line is the title. */
export function csvBlock(blocks: string[][][], title: string): string[][] {
  const block = blocks.find((b) => b[0]?.[0] === title);
  if (!block) throw new Error(`No CSV block "${title}" among: ${blocks.map((b) => b[0]?.[0]).join(' | ')}`);
  return block;
}
