/**
 * Tree-sitter grammar for plain-text news articles (News Annotator).
 *
 *   document  -> blank lines, headline, blocks, section*
 *   section   -> heading, blocks
 *   blocks    -> (byline | paragraph | blank line)*
 *
 * Datelines ("TRIPOLI, Jan. 8 (Xinhua) --") are not tokens: a dateline token valid at every block
 * start multiplied the lexer states with the abbreviation rules of `_text` (900 states, a 60x
 * slower wasm compile). tree-sitter.ts splits them off the start of a paragraph instead.
 *   paragraph -> sentence+            (one paragraph per line, like parseStructure)
 *   sentence  -> (text | quotation)+ [terminator]
 *
 * Design rules (see /work/shared/notes/tree-sitter-toolchain.md):
 * - Few, large tokens: a sentence is usually one `_text` token (words, spaces, inner
 *   punctuation, abbreviations such as "Mr." "Jan." "U.S.", initials "J. K.", decimals "3.5")
 *   plus one `_terminator`. Lexing, not parsing, is most of the cost.
 * - No declared conflicts: every ambiguity is resolved statically (prec.right), so the parser
 *   never forks and nodes stay reusable for incremental parsing.
 * - Every named rule starts with a token; no external scanner (plain clang/wasm-ld build).
 * - Whole-line decisions (heading, byline) are tokens that include their line break, since
 *   the lexer has no look-ahead; the tree-sitter.ts wrapper trims it from block ranges.
 */

// Word character: anything but whitespace, sentence-final punctuation and double quotes.
const W = '[^\\s.!?"\u201c\u201d]';
// Abbreviations after which a full stop does not end a sentence (word-initial only).
const ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt',
  'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Pres', 'Amb', 'St', 'Mt', 'Ft',
  'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Dept', 'Univ', 'No', 'Nos', 'Vol', 'Fig',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'Ave', 'Blvd', 'Rd', 'vs', 'etc', 'approx', 'no', 'vol', 'pp', 'cf', 'al', 'est',
  'e\\.g', 'i\\.e', 'a\\.m', 'p\\.m',
];
// One "unit" of a text run: a word (inner . ! ? joined when no space follows: 3.5, U.S.-led,
// example.com), an abbreviation with its full stop, or initials (J. / U.S.).
const OPEN = '[(\\[]*';
const UNIT = `(${W}+([.!?]+${W}+)*|${OPEN}(${ABBREVIATIONS.join('|')})\\.|${OPEN}([A-Z]\\.)+)`;
const TEXT = `${UNIT}([ \\t\\u00a0]+${UNIT})*`;

// Whole-line tokens end with their line break (the lexer has no look-ahead). No counted
// repetitions ({0,11}): combined with the other tokens valid at a block start they multiply lexer
// states (a 12-word limit made a 60 MB parser.c). parseStructure's "at most 12 words" rule for
// headings is applied by tree-sitter.ts, which reports longer heading lines as paragraphs.
// A heading: a line whose last character is not final punctuation.
// Words of a heading may not end with . ! ? (except initials such as U.S.), so the heading token
// dies at the first sentence end of a paragraph line instead of scanning the whole line twice.
const HW = `([^\\s]*[^\\s.!?]|([A-Z]\\.)+)`;
const HEADING = `(${HW}[ \\t]+)*[^\\s]*[^\\s.!?:;,"'\u201d)\\]][ \\t]*(\\r?\\n|\\r)`;
// A byline: "By John Smith", "By JOHN SMITH and JANE DOE, Reuters" (a heading-like line).
const BYLINE = `(By|BY)[ \\t]+[A-Z]([^\\r\\n]*[^\\s.!?:;,"'\u201d)\\]])?[ \\t]*(\\r?\\n|\\r)`;
module.exports = grammar({
  name: 'newstext',

  extras: (_) => [/[ \t\f\v\u00a0\ufeff\u200b\u2028\u2029\u3000]/],

  rules: {
    document: ($) =>
      seq(
        repeat($._eol),
        optional(seq($.headline, repeat($._block), repeat($.section))),
      ),

    headline: (_) => token(/\S([^\r\n]*\S)?/),

    section: ($) => seq($.heading, repeat($._block)),

    _block: ($) => choice($._eol, $.byline, $.paragraph),

    heading: (_) => token(new RegExp(HEADING)),
    byline: (_) => token(prec(2, new RegExp(BYLINE))),

    // Right-associative: sentences on the same line belong to the same paragraph.
    paragraph: ($) => prec.right(seq($.sentence, repeat($.sentence))),

    // Statically right-associative: a sentence without a terminator runs to the end of the line.
    sentence: ($) =>
      prec.right(
        choice(
          seq($._item, repeat($._item), optional($._ender)),
          $._ender,
        ),
      ),

    _item: ($) => choice($._text, $.quotation),
    _ender: ($) => choice($._terminator, alias($._quotation_final, $.quotation)),

    // A quotation may hold several sentences; it does not end the enclosing sentence unless its
    // closing quote follows final punctuation ("Go home." She left.). An unclosed quotation
    // (quote running into the next paragraph) ends at the line break.
    quotation: ($) =>
      prec.right(seq($._open_quote, repeat($._quoted), optional(choice($._straight_quote, $._close_curly)))),
    _quotation_final: ($) => seq($._open_quote, repeat($._quoted), $._close_quote_final),
    _open_quote: ($) => choice($._straight_quote, $._open_curly),
    _quoted: ($) => choice($._text, $._terminator),

    _text: (_) => token(new RegExp(TEXT)),
    _terminator: (_) => token(/[.!?\u2026]+/),
    // One token for the straight quote, whether it opens or closes: inside a quotation both
    // readings are valid, and prec.right(quotation) makes it close.
    _straight_quote: (_) => '"',
    _open_curly: (_) => '\u201c',
    _close_curly: (_) => '\u201d',
    _close_quote_final: (_) => token(/[.!?\u2026]+["\u201d]/),

    _eol: (_) => token(/\r?\n|\r/),
  },
});
