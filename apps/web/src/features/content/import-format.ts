/** The import format from the file name, as the API's CLI import decides it; undefined for anything else. */
export function importFormatOf(name: string): 'jsonl' | 'csv' | undefined {
  const extension = /\.[^.]+$/.exec(name.toLowerCase())?.[0];
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.csv') return 'csv';
  return undefined;
}
