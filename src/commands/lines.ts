/**
 * Input lines of the batch contract: a line ends at "\n" only ("\r\n" too, its "\r" dropped). A bare
 * "\r" inside a line is part of the text, never a line break (readline splits at it: one question
 * became two answers and broke the one-answer-per-line contract).
 */
import { fstatSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Lines of `input`, split at "\n" only; a final line without "\n" counts. */
export async function* inputLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    rest += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let at: number;
    while ((at = rest.indexOf('\n')) >= 0) {
      const line = rest.slice(0, at);
      rest = rest.slice(at + 1);
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
  }
  rest += decoder.end();
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

/**
 * True when stdin is a regular file (`ask < questions.txt`): answers may be written in batches for
 * throughput. A TTY or a pipe gets each answer as soon as it is ready (a tool that sends one line and
 * waits for its answer must not hang).
 */
export function stdinIsFile(fd = 0): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
