/**
 * SQL that reads a file (`FROM ${read}`) and the target of a `COPY … TO ${write}`, by extension:
 * Parquet, TSV, else CSV with a header, every CSV column read as text.
 */
export function fileSql(file: string): { readonly read: string; readonly write: string } {
  const path = `'${file.replace(/'/g, "''")}'`;
  if (/\.parquet$/i.test(file)) return { read: `read_parquet(${path})`, write: `${path} (FORMAT parquet)` };
  if (/\.tsv$/i.test(file)) return { read: `read_csv(${path}, header = true, all_varchar = true, delim = '\\t', quote = '')`, write: `${path} (FORMAT csv, HEADER, DELIMITER '\\t')` };
  return { read: `read_csv(${path}, header = true, all_varchar = true)`, write: `${path} (FORMAT csv, HEADER)` };
}
