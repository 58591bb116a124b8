// Prints the text pdf.js extracts from a PDF (getTextContent, items joined as they come,
// a newline where pdf.js reports the end of a line). Usage: node pdfjs_text.mjs PDF
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const lib = process.env.SAFHA_PDFJS ??
  resolve(import.meta.dirname, '../../.tools/node_modules/pdfjs-dist/legacy/build/pdf.mjs');
const { getDocument } = await import(pathToFileURL(lib).href);
const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, disableFontFace: true, verbosity: 0 }).promise;
let out = '';
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const content = await page.getTextContent();
  for (const item of content.items) {
    out += item.str;
    if (item.hasEOL) out += '\n';
  }
  out += '\n';
}
process.stdout.write(out);
