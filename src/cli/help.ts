/** The `--help` text. Kept next to the argument parser it describes. */
export const HELP = `Usage: chaff [options] FILE...
       chaff [options] -                  read the page from standard input
       chaff --jsonl FILE|- [options]     clean a JSONL batch, one record per line

Strip the chrome from scraped pages (HTML, markdown or text) and print the article.

Options:
  --from auto|html|text|markdown   input kind (default: auto; JSONL: the record's content field)
  --to text|markdown|html|json     output: the article as text (default), markdown, sanitized
                                   HTML, or the whole result as JSON (with the dropped list)
  --focus precision|balanced|recall
                                   drop more, the default trade-off, or keep more
  --lang CODE                      page language (BCP 47, e.g. tr); default: detected
  --explain                        print the dropped list as a table (line, reason, rule, text)
  --jsonl FILE|-                   batch mode: each input line {"url"?, "html"|"markdown"|"text"}
                                   gives one JSON line out, in order; a bad record gives
                                   {"error": "..."} and the batch goes on
  --learn-site                     with --jsonl: group the records by URL host, learn each site's
                                   chrome from its pages (learnSite), then clean with it
  -j, --jobs N                     worker threads for --jsonl (default: 1)
  --timeout MS                     per-record deadline for --jsonl (default: 30000)
  -h, --help                       show this help
  -v, --version                    show the version

Exit codes: 0 done; 1 an input could not be read or cleaned; 2 bad arguments.
chaff never touches the network.
`;
