import { StringDecoder } from 'node:string_decoder';

/**
 * JSONL lines from a byte stream: split at `\n` only (a `\r\n` ending loses its `\r`). A bare CR
 * is JSON white space, legal between a record's tokens, so it never ends a record (readline's
 * splitting at `\r` made one record two error lines). UTF-8 is decoded across chunk edges.
 */
export async function* jsonlLines(input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    rest += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', from)) {
      yield trimCr(rest.slice(from, nl));
      from = nl + 1;
    }
    rest = rest.slice(from);
  }
  rest += decoder.end();
  if (rest !== '') yield trimCr(rest);
}

function trimCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
