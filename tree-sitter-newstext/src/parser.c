#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 35
#define LARGE_STATE_COUNT 12
#define SYMBOL_COUNT 28
#define ALIAS_COUNT 0
#define TOKEN_COUNT 11
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 0
#define MAX_ALIAS_SEQUENCE_LENGTH 4
#define PRODUCTION_ID_COUNT 1

enum {
  sym_headline = 1,
  sym_heading = 2,
  sym_byline = 3,
  sym__text = 4,
  sym__terminator = 5,
  sym__straight_quote = 6,
  sym__open_curly = 7,
  sym__close_curly = 8,
  sym__close_quote_final = 9,
  sym__eol = 10,
  sym_document = 11,
  sym_section = 12,
  sym__block = 13,
  sym_paragraph = 14,
  sym_sentence = 15,
  sym__item = 16,
  sym__ender = 17,
  sym_quotation = 18,
  sym__quotation_final = 19,
  sym__open_quote = 20,
  sym__quoted = 21,
  aux_sym_document_repeat1 = 22,
  aux_sym_document_repeat2 = 23,
  aux_sym_document_repeat3 = 24,
  aux_sym_paragraph_repeat1 = 25,
  aux_sym_sentence_repeat1 = 26,
  aux_sym_quotation_repeat1 = 27,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym_headline] = "headline",
  [sym_heading] = "heading",
  [sym_byline] = "byline",
  [sym__text] = "_text",
  [sym__terminator] = "_terminator",
  [sym__straight_quote] = "_straight_quote",
  [sym__open_curly] = "_open_curly",
  [sym__close_curly] = "_close_curly",
  [sym__close_quote_final] = "_close_quote_final",
  [sym__eol] = "_eol",
  [sym_document] = "document",
  [sym_section] = "section",
  [sym__block] = "_block",
  [sym_paragraph] = "paragraph",
  [sym_sentence] = "sentence",
  [sym__item] = "_item",
  [sym__ender] = "_ender",
  [sym_quotation] = "quotation",
  [sym__quotation_final] = "quotation",
  [sym__open_quote] = "_open_quote",
  [sym__quoted] = "_quoted",
  [aux_sym_document_repeat1] = "document_repeat1",
  [aux_sym_document_repeat2] = "document_repeat2",
  [aux_sym_document_repeat3] = "document_repeat3",
  [aux_sym_paragraph_repeat1] = "paragraph_repeat1",
  [aux_sym_sentence_repeat1] = "sentence_repeat1",
  [aux_sym_quotation_repeat1] = "quotation_repeat1",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym_headline] = sym_headline,
  [sym_heading] = sym_heading,
  [sym_byline] = sym_byline,
  [sym__text] = sym__text,
  [sym__terminator] = sym__terminator,
  [sym__straight_quote] = sym__straight_quote,
  [sym__open_curly] = sym__open_curly,
  [sym__close_curly] = sym__close_curly,
  [sym__close_quote_final] = sym__close_quote_final,
  [sym__eol] = sym__eol,
  [sym_document] = sym_document,
  [sym_section] = sym_section,
  [sym__block] = sym__block,
  [sym_paragraph] = sym_paragraph,
  [sym_sentence] = sym_sentence,
  [sym__item] = sym__item,
  [sym__ender] = sym__ender,
  [sym_quotation] = sym_quotation,
  [sym__quotation_final] = sym_quotation,
  [sym__open_quote] = sym__open_quote,
  [sym__quoted] = sym__quoted,
  [aux_sym_document_repeat1] = aux_sym_document_repeat1,
  [aux_sym_document_repeat2] = aux_sym_document_repeat2,
  [aux_sym_document_repeat3] = aux_sym_document_repeat3,
  [aux_sym_paragraph_repeat1] = aux_sym_paragraph_repeat1,
  [aux_sym_sentence_repeat1] = aux_sym_sentence_repeat1,
  [aux_sym_quotation_repeat1] = aux_sym_quotation_repeat1,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym_headline] = {
    .visible = true,
    .named = true,
  },
  [sym_heading] = {
    .visible = true,
    .named = true,
  },
  [sym_byline] = {
    .visible = true,
    .named = true,
  },
  [sym__text] = {
    .visible = false,
    .named = true,
  },
  [sym__terminator] = {
    .visible = false,
    .named = true,
  },
  [sym__straight_quote] = {
    .visible = false,
    .named = true,
  },
  [sym__open_curly] = {
    .visible = false,
    .named = true,
  },
  [sym__close_curly] = {
    .visible = false,
    .named = true,
  },
  [sym__close_quote_final] = {
    .visible = false,
    .named = true,
  },
  [sym__eol] = {
    .visible = false,
    .named = true,
  },
  [sym_document] = {
    .visible = true,
    .named = true,
  },
  [sym_section] = {
    .visible = true,
    .named = true,
  },
  [sym__block] = {
    .visible = false,
    .named = true,
  },
  [sym_paragraph] = {
    .visible = true,
    .named = true,
  },
  [sym_sentence] = {
    .visible = true,
    .named = true,
  },
  [sym__item] = {
    .visible = false,
    .named = true,
  },
  [sym__ender] = {
    .visible = false,
    .named = true,
  },
  [sym_quotation] = {
    .visible = true,
    .named = true,
  },
  [sym__quotation_final] = {
    .visible = true,
    .named = true,
  },
  [sym__open_quote] = {
    .visible = false,
    .named = true,
  },
  [sym__quoted] = {
    .visible = false,
    .named = true,
  },
  [aux_sym_document_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_document_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_document_repeat3] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_paragraph_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_sentence_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_quotation_repeat1] = {
    .visible = false,
    .named = false,
  },
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 15,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
};

static inline bool sym_byline_character_set_1(int32_t c) {
  return (c < '.'
    ? (c < ')'
      ? (c < '\''
        ? (c >= '!' && c <= '"')
        : c <= '\'')
      : (c <= ')' || c == ','))
    : (c <= '.' || (c < ']'
      ? (c < '?'
        ? (c >= ':' && c <= ';')
        : c <= '?')
      : (c <= ']' || c == 8221))));
}

static inline bool sym_byline_character_set_2(int32_t c) {
  return (c < '.'
    ? (c < '\''
      ? (c < ' '
        ? c == '\t'
        : c <= '"')
      : (c <= '\'' || (c < ','
        ? c == ')'
        : c <= ',')))
    : (c <= '.' || (c < ']'
      ? (c < '?'
        ? (c >= ':' && c <= ';')
        : c <= '?')
      : (c <= ']' || c == 8221))));
}

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(47);
      if (lookahead == '\n') ADVANCE(407);
      if (lookahead == '\r') ADVANCE(408);
      if (lookahead == '"') ADVANCE(403);
      if (lookahead == 'A') ADVANCE(59);
      if (lookahead == 'B') ADVANCE(75);
      if (lookahead == 'C') ADVANCE(54);
      if (lookahead == 'D') ADVANCE(62);
      if (lookahead == 'F') ADVANCE(61);
      if (lookahead == 'G') ADVANCE(63);
      if (lookahead == 'H') ADVANCE(70);
      if (lookahead == 'I') ADVANCE(67);
      if (lookahead == 'J') ADVANCE(55);
      if (lookahead == 'L') ADVANCE(73);
      if (lookahead == 'M') ADVANCE(56);
      if (lookahead == 'N') ADVANCE(71);
      if (lookahead == 'O') ADVANCE(58);
      if (lookahead == 'P') ADVANCE(72);
      if (lookahead == 'R') ADVANCE(60);
      if (lookahead == 'S') ADVANCE(57);
      if (lookahead == 'T') ADVANCE(65);
      if (lookahead == 'U') ADVANCE(68);
      if (lookahead == 'V') ADVANCE(69);
      if (lookahead == 'W') ADVANCE(64);
      if (lookahead == 'a') ADVANCE(76);
      if (lookahead == 'c') ADVANCE(117);
      if (lookahead == 'e') ADVANCE(78);
      if (lookahead == 'i') ADVANCE(79);
      if (lookahead == 'n') ADVANCE(128);
      if (lookahead == 'p') ADVANCE(77);
      if (lookahead == 'v') ADVANCE(125);
      if (lookahead == 8220) ADVANCE(404);
      if (lookahead == 8221) ADVANCE(405);
      if (lookahead == 8230) ADVANCE(143);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(0)
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(108);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(401);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(74);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 160 ||
          lookahead == 8203 ||
          lookahead == 8232 ||
          lookahead == 8233 ||
          lookahead == 12288 ||
          lookahead == 65279) ADVANCE(345);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(407);
      if (lookahead == '\r') ADVANCE(408);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 160 ||
          lookahead == 8203 ||
          lookahead == 8232 ||
          lookahead == 8233 ||
          lookahead == 12288 ||
          lookahead == 65279) ADVANCE(48);
      if (lookahead != 0) ADVANCE(49);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '"') ADVANCE(403);
      if (lookahead == 'A') ADVANCE(59);
      if (lookahead == 'B') ADVANCE(75);
      if (lookahead == 'C') ADVANCE(54);
      if (lookahead == 'D') ADVANCE(62);
      if (lookahead == 'F') ADVANCE(61);
      if (lookahead == 'G') ADVANCE(63);
      if (lookahead == 'H') ADVANCE(70);
      if (lookahead == 'I') ADVANCE(67);
      if (lookahead == 'J') ADVANCE(55);
      if (lookahead == 'L') ADVANCE(73);
      if (lookahead == 'M') ADVANCE(56);
      if (lookahead == 'N') ADVANCE(71);
      if (lookahead == 'O') ADVANCE(58);
      if (lookahead == 'P') ADVANCE(72);
      if (lookahead == 'R') ADVANCE(60);
      if (lookahead == 'S') ADVANCE(57);
      if (lookahead == 'T') ADVANCE(65);
      if (lookahead == 'U') ADVANCE(68);
      if (lookahead == 'V') ADVANCE(69);
      if (lookahead == 'W') ADVANCE(64);
      if (lookahead == 'a') ADVANCE(76);
      if (lookahead == 'c') ADVANCE(117);
      if (lookahead == 'e') ADVANCE(78);
      if (lookahead == 'i') ADVANCE(79);
      if (lookahead == 'n') ADVANCE(128);
      if (lookahead == 'p') ADVANCE(77);
      if (lookahead == 'v') ADVANCE(125);
      if (lookahead == 160) ADVANCE(345);
      if (lookahead == 8220) ADVANCE(404);
      if (lookahead == 8221) ADVANCE(405);
      if (lookahead == 8230) ADVANCE(143);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(2);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(108);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(401);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(74);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 8203 ||
          lookahead == 8232 ||
          lookahead == 8233 ||
          lookahead == 12288 ||
          lookahead == 65279) ADVANCE(345);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 3:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '"') ADVANCE(403);
      if (lookahead == 'A') ADVANCE(59);
      if (lookahead == 'B') ADVANCE(75);
      if (lookahead == 'C') ADVANCE(54);
      if (lookahead == 'D') ADVANCE(62);
      if (lookahead == 'F') ADVANCE(61);
      if (lookahead == 'G') ADVANCE(63);
      if (lookahead == 'H') ADVANCE(70);
      if (lookahead == 'I') ADVANCE(67);
      if (lookahead == 'J') ADVANCE(55);
      if (lookahead == 'L') ADVANCE(73);
      if (lookahead == 'M') ADVANCE(56);
      if (lookahead == 'N') ADVANCE(71);
      if (lookahead == 'O') ADVANCE(58);
      if (lookahead == 'P') ADVANCE(72);
      if (lookahead == 'R') ADVANCE(60);
      if (lookahead == 'S') ADVANCE(57);
      if (lookahead == 'T') ADVANCE(65);
      if (lookahead == 'U') ADVANCE(68);
      if (lookahead == 'V') ADVANCE(69);
      if (lookahead == 'W') ADVANCE(64);
      if (lookahead == 'a') ADVANCE(76);
      if (lookahead == 'c') ADVANCE(117);
      if (lookahead == 'e') ADVANCE(78);
      if (lookahead == 'i') ADVANCE(79);
      if (lookahead == 'n') ADVANCE(128);
      if (lookahead == 'p') ADVANCE(77);
      if (lookahead == 'v') ADVANCE(125);
      if (lookahead == 160) ADVANCE(346);
      if (lookahead == 8220) ADVANCE(404);
      if (lookahead == 8221) ADVANCE(405);
      if (lookahead == 8230) ADVANCE(144);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(3);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(108);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(402);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(74);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 8203 ||
          lookahead == 8232 ||
          lookahead == 8233 ||
          lookahead == 12288 ||
          lookahead == 65279) ADVANCE(346);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 4:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(35);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(7);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead != 0) ADVANCE(8);
      END_STATE();
    case 5:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'A') ADVANCE(59);
      if (lookahead == 'B') ADVANCE(66);
      if (lookahead == 'C') ADVANCE(54);
      if (lookahead == 'D') ADVANCE(62);
      if (lookahead == 'F') ADVANCE(61);
      if (lookahead == 'G') ADVANCE(63);
      if (lookahead == 'H') ADVANCE(70);
      if (lookahead == 'I') ADVANCE(67);
      if (lookahead == 'J') ADVANCE(55);
      if (lookahead == 'L') ADVANCE(73);
      if (lookahead == 'M') ADVANCE(56);
      if (lookahead == 'N') ADVANCE(71);
      if (lookahead == 'O') ADVANCE(58);
      if (lookahead == 'P') ADVANCE(72);
      if (lookahead == 'R') ADVANCE(60);
      if (lookahead == 'S') ADVANCE(57);
      if (lookahead == 'T') ADVANCE(65);
      if (lookahead == 'U') ADVANCE(68);
      if (lookahead == 'V') ADVANCE(69);
      if (lookahead == 'W') ADVANCE(64);
      if (lookahead == 'a') ADVANCE(76);
      if (lookahead == 'c') ADVANCE(117);
      if (lookahead == 'e') ADVANCE(78);
      if (lookahead == 'i') ADVANCE(79);
      if (lookahead == 'n') ADVANCE(128);
      if (lookahead == 'p') ADVANCE(77);
      if (lookahead == 'v') ADVANCE(125);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(108);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(74);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 6:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'A') ADVANCE(163);
      if (lookahead == 'B') ADVANCE(170);
      if (lookahead == 'C') ADVANCE(161);
      if (lookahead == 'D') ADVANCE(166);
      if (lookahead == 'F') ADVANCE(165);
      if (lookahead == 'G') ADVANCE(167);
      if (lookahead == 'H') ADVANCE(174);
      if (lookahead == 'I') ADVANCE(171);
      if (lookahead == 'J') ADVANCE(158);
      if (lookahead == 'L') ADVANCE(177);
      if (lookahead == 'M') ADVANCE(159);
      if (lookahead == 'N') ADVANCE(175);
      if (lookahead == 'O') ADVANCE(162);
      if (lookahead == 'P') ADVANCE(176);
      if (lookahead == 'R') ADVANCE(164);
      if (lookahead == 'S') ADVANCE(160);
      if (lookahead == 'T') ADVANCE(169);
      if (lookahead == 'U') ADVANCE(172);
      if (lookahead == 'V') ADVANCE(173);
      if (lookahead == 'W') ADVANCE(168);
      if (lookahead == 'a') ADVANCE(76);
      if (lookahead == 'c') ADVANCE(117);
      if (lookahead == 'e') ADVANCE(78);
      if (lookahead == 'i') ADVANCE(79);
      if (lookahead == 'n') ADVANCE(128);
      if (lookahead == 'p') ADVANCE(77);
      if (lookahead == 'v') ADVANCE(125);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(6);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(108);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(178);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 7:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(7);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(4);
      if (lookahead != 0) ADVANCE(8);
      END_STATE();
    case 8:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(7);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead != 0) ADVANCE(8);
      END_STATE();
    case 9:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(9);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 160 ||
          lookahead == 8203 ||
          lookahead == 8232 ||
          lookahead == 8233 ||
          lookahead == 12288 ||
          lookahead == 65279) ADVANCE(9);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(4);
      if (lookahead != 0) ADVANCE(8);
      END_STATE();
    case 10:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(39);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(37);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead != 0) ADVANCE(15);
      END_STATE();
    case 11:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'A') ADVANCE(163);
      if (lookahead == 'B') ADVANCE(170);
      if (lookahead == 'C') ADVANCE(161);
      if (lookahead == 'D') ADVANCE(166);
      if (lookahead == 'F') ADVANCE(165);
      if (lookahead == 'G') ADVANCE(167);
      if (lookahead == 'H') ADVANCE(174);
      if (lookahead == 'I') ADVANCE(171);
      if (lookahead == 'J') ADVANCE(158);
      if (lookahead == 'L') ADVANCE(177);
      if (lookahead == 'M') ADVANCE(159);
      if (lookahead == 'N') ADVANCE(175);
      if (lookahead == 'O') ADVANCE(162);
      if (lookahead == 'P') ADVANCE(176);
      if (lookahead == 'R') ADVANCE(164);
      if (lookahead == 'S') ADVANCE(160);
      if (lookahead == 'T') ADVANCE(169);
      if (lookahead == 'U') ADVANCE(172);
      if (lookahead == 'V') ADVANCE(173);
      if (lookahead == 'W') ADVANCE(168);
      if (lookahead == 'a') ADVANCE(150);
      if (lookahead == 'c') ADVANCE(253);
      if (lookahead == 'e') ADVANCE(152);
      if (lookahead == 'i') ADVANCE(153);
      if (lookahead == 'n') ADVANCE(274);
      if (lookahead == 'p') ADVANCE(151);
      if (lookahead == 'v') ADVANCE(269);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(236);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(37);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(178);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 12:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'A') ADVANCE(219);
      if (lookahead == 'B') ADVANCE(226);
      if (lookahead == 'C') ADVANCE(217);
      if (lookahead == 'D') ADVANCE(222);
      if (lookahead == 'F') ADVANCE(221);
      if (lookahead == 'G') ADVANCE(223);
      if (lookahead == 'H') ADVANCE(230);
      if (lookahead == 'I') ADVANCE(227);
      if (lookahead == 'J') ADVANCE(214);
      if (lookahead == 'L') ADVANCE(233);
      if (lookahead == 'M') ADVANCE(215);
      if (lookahead == 'N') ADVANCE(231);
      if (lookahead == 'O') ADVANCE(218);
      if (lookahead == 'P') ADVANCE(232);
      if (lookahead == 'R') ADVANCE(220);
      if (lookahead == 'S') ADVANCE(216);
      if (lookahead == 'T') ADVANCE(225);
      if (lookahead == 'U') ADVANCE(228);
      if (lookahead == 'V') ADVANCE(229);
      if (lookahead == 'W') ADVANCE(224);
      if (lookahead == 'a') ADVANCE(154);
      if (lookahead == 'c') ADVANCE(254);
      if (lookahead == 'e') ADVANCE(156);
      if (lookahead == 'i') ADVANCE(157);
      if (lookahead == 'n') ADVANCE(276);
      if (lookahead == 'p') ADVANCE(155);
      if (lookahead == 'v') ADVANCE(271);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(235);
      if (lookahead == '!' ||
          lookahead == '"' ||
          lookahead == '.' ||
          lookahead == '?' ||
          lookahead == 8221) ADVANCE(43);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(234);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 13:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(13);
      if (sym_byline_character_set_1(lookahead)) ADVANCE(43);
      if (lookahead != 0) ADVANCE(13);
      END_STATE();
    case 14:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(37);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(40);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(10);
      if (lookahead != 0) ADVANCE(15);
      END_STATE();
    case 15:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(37);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead != 0) ADVANCE(15);
      END_STATE();
    case 16:
      if (lookahead == 'A') ADVANCE(59);
      if (lookahead == 'B') ADVANCE(66);
      if (lookahead == 'C') ADVANCE(54);
      if (lookahead == 'D') ADVANCE(62);
      if (lookahead == 'F') ADVANCE(61);
      if (lookahead == 'G') ADVANCE(63);
      if (lookahead == 'H') ADVANCE(70);
      if (lookahead == 'I') ADVANCE(67);
      if (lookahead == 'J') ADVANCE(55);
      if (lookahead == 'L') ADVANCE(73);
      if (lookahead == 'M') ADVANCE(56);
      if (lookahead == 'N') ADVANCE(71);
      if (lookahead == 'O') ADVANCE(58);
      if (lookahead == 'P') ADVANCE(72);
      if (lookahead == 'R') ADVANCE(60);
      if (lookahead == 'S') ADVANCE(57);
      if (lookahead == 'T') ADVANCE(65);
      if (lookahead == 'U') ADVANCE(68);
      if (lookahead == 'V') ADVANCE(69);
      if (lookahead == 'W') ADVANCE(64);
      if (lookahead == 'a') ADVANCE(76);
      if (lookahead == 'c') ADVANCE(117);
      if (lookahead == 'e') ADVANCE(78);
      if (lookahead == 'i') ADVANCE(79);
      if (lookahead == 'n') ADVANCE(128);
      if (lookahead == 'p') ADVANCE(77);
      if (lookahead == 'v') ADVANCE(125);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(108);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(74);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(145);
      END_STATE();
    case 17:
      if (lookahead == 'A') ADVANCE(325);
      if (lookahead == 'B') ADVANCE(332);
      if (lookahead == 'C') ADVANCE(320);
      if (lookahead == 'D') ADVANCE(328);
      if (lookahead == 'F') ADVANCE(327);
      if (lookahead == 'G') ADVANCE(329);
      if (lookahead == 'H') ADVANCE(336);
      if (lookahead == 'I') ADVANCE(333);
      if (lookahead == 'J') ADVANCE(321);
      if (lookahead == 'L') ADVANCE(339);
      if (lookahead == 'M') ADVANCE(322);
      if (lookahead == 'N') ADVANCE(337);
      if (lookahead == 'O') ADVANCE(324);
      if (lookahead == 'P') ADVANCE(338);
      if (lookahead == 'R') ADVANCE(326);
      if (lookahead == 'S') ADVANCE(323);
      if (lookahead == 'T') ADVANCE(331);
      if (lookahead == 'U') ADVANCE(334);
      if (lookahead == 'V') ADVANCE(335);
      if (lookahead == 'W') ADVANCE(330);
      if (lookahead == 'a') ADVANCE(341);
      if (lookahead == 'c') ADVANCE(356);
      if (lookahead == 'e') ADVANCE(343);
      if (lookahead == 'i') ADVANCE(344);
      if (lookahead == 'n') ADVANCE(367);
      if (lookahead == 'p') ADVANCE(342);
      if (lookahead == 'v') ADVANCE(364);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(347);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(340);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '!' &&
          lookahead != '"' &&
          lookahead != '.' &&
          lookahead != '?' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 18:
      if (lookahead == 'A') ADVANCE(163);
      if (lookahead == 'B') ADVANCE(170);
      if (lookahead == 'C') ADVANCE(161);
      if (lookahead == 'D') ADVANCE(166);
      if (lookahead == 'F') ADVANCE(165);
      if (lookahead == 'G') ADVANCE(167);
      if (lookahead == 'H') ADVANCE(174);
      if (lookahead == 'I') ADVANCE(171);
      if (lookahead == 'J') ADVANCE(158);
      if (lookahead == 'L') ADVANCE(177);
      if (lookahead == 'M') ADVANCE(159);
      if (lookahead == 'N') ADVANCE(175);
      if (lookahead == 'O') ADVANCE(162);
      if (lookahead == 'P') ADVANCE(176);
      if (lookahead == 'R') ADVANCE(164);
      if (lookahead == 'S') ADVANCE(160);
      if (lookahead == 'T') ADVANCE(169);
      if (lookahead == 'U') ADVANCE(172);
      if (lookahead == 'V') ADVANCE(173);
      if (lookahead == 'W') ADVANCE(168);
      if (lookahead == 'a') ADVANCE(150);
      if (lookahead == 'c') ADVANCE(253);
      if (lookahead == 'e') ADVANCE(152);
      if (lookahead == 'i') ADVANCE(153);
      if (lookahead == 'n') ADVANCE(274);
      if (lookahead == 'p') ADVANCE(151);
      if (lookahead == 'v') ADVANCE(269);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(236);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(37);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(305);
      END_STATE();
    case 19:
      if (lookahead == 'A') ADVANCE(219);
      if (lookahead == 'B') ADVANCE(226);
      if (lookahead == 'C') ADVANCE(217);
      if (lookahead == 'D') ADVANCE(222);
      if (lookahead == 'F') ADVANCE(221);
      if (lookahead == 'G') ADVANCE(223);
      if (lookahead == 'H') ADVANCE(230);
      if (lookahead == 'I') ADVANCE(227);
      if (lookahead == 'J') ADVANCE(214);
      if (lookahead == 'L') ADVANCE(233);
      if (lookahead == 'M') ADVANCE(215);
      if (lookahead == 'N') ADVANCE(231);
      if (lookahead == 'O') ADVANCE(218);
      if (lookahead == 'P') ADVANCE(232);
      if (lookahead == 'R') ADVANCE(220);
      if (lookahead == 'S') ADVANCE(216);
      if (lookahead == 'T') ADVANCE(225);
      if (lookahead == 'U') ADVANCE(228);
      if (lookahead == 'V') ADVANCE(229);
      if (lookahead == 'W') ADVANCE(224);
      if (lookahead == 'a') ADVANCE(154);
      if (lookahead == 'c') ADVANCE(254);
      if (lookahead == 'e') ADVANCE(156);
      if (lookahead == 'i') ADVANCE(157);
      if (lookahead == 'n') ADVANCE(276);
      if (lookahead == 'p') ADVANCE(155);
      if (lookahead == 'v') ADVANCE(271);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(235);
      if (lookahead == '!' ||
          lookahead == '"' ||
          lookahead == '.' ||
          lookahead == '?' ||
          lookahead == 8221) ADVANCE(43);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(234);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(306);
      END_STATE();
    case 20:
      if (lookahead == 'e') ADVANCE(85);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(145);
      END_STATE();
    case 21:
      if (lookahead == 'e') ADVANCE(318);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < ' ' || '"' < lookahead) &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 22:
      if (lookahead == 'e') ADVANCE(184);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(43);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(305);
      END_STATE();
    case 23:
      if (lookahead == 'e') ADVANCE(212);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\t' ||
          (' ' <= lookahead && lookahead <= '"') ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(306);
      END_STATE();
    case 24:
      if (lookahead == 'g') ADVANCE(85);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(145);
      END_STATE();
    case 25:
      if (lookahead == 'g') ADVANCE(318);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < ' ' || '"' < lookahead) &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 26:
      if (lookahead == 'g') ADVANCE(184);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(43);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(305);
      END_STATE();
    case 27:
      if (lookahead == 'g') ADVANCE(212);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\t' ||
          (' ' <= lookahead && lookahead <= '"') ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(306);
      END_STATE();
    case 28:
      if (lookahead == 'm') ADVANCE(85);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(145);
      END_STATE();
    case 29:
      if (lookahead == 'm') ADVANCE(318);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < ' ' || '"' < lookahead) &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 30:
      if (lookahead == 'm') ADVANCE(184);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(43);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(305);
      END_STATE();
    case 31:
      if (lookahead == 'm') ADVANCE(212);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\t' ||
          (' ' <= lookahead && lookahead <= '"') ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(306);
      END_STATE();
    case 32:
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(145);
      END_STATE();
    case 33:
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\t' ||
          (' ' <= lookahead && lookahead <= '"') ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(306);
      END_STATE();
    case 34:
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(43);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(305);
      END_STATE();
    case 35:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(35);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(4);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(8);
      END_STATE();
    case 36:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(35);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(8);
      END_STATE();
    case 37:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(37);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(15);
      END_STATE();
    case 38:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(49);
      END_STATE();
    case 39:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(39);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(37);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(40);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(10);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(15);
      END_STATE();
    case 40:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(39);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(37);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(15);
      END_STATE();
    case 41:
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(8);
      END_STATE();
    case 42:
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < ' ' || '"' < lookahead) &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 43:
      if (sym_byline_character_set_2(lookahead)) ADVANCE(43);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(13);
      END_STATE();
    case 44:
      if (eof) ADVANCE(47);
      if (lookahead == '\n') ADVANCE(407);
      if (lookahead == '\r') ADVANCE(408);
      if (lookahead == '"') ADVANCE(403);
      if (lookahead == 'A') ADVANCE(59);
      if (lookahead == 'B') ADVANCE(75);
      if (lookahead == 'C') ADVANCE(54);
      if (lookahead == 'D') ADVANCE(62);
      if (lookahead == 'F') ADVANCE(61);
      if (lookahead == 'G') ADVANCE(63);
      if (lookahead == 'H') ADVANCE(70);
      if (lookahead == 'I') ADVANCE(67);
      if (lookahead == 'J') ADVANCE(55);
      if (lookahead == 'L') ADVANCE(73);
      if (lookahead == 'M') ADVANCE(56);
      if (lookahead == 'N') ADVANCE(71);
      if (lookahead == 'O') ADVANCE(58);
      if (lookahead == 'P') ADVANCE(72);
      if (lookahead == 'R') ADVANCE(60);
      if (lookahead == 'S') ADVANCE(57);
      if (lookahead == 'T') ADVANCE(65);
      if (lookahead == 'U') ADVANCE(68);
      if (lookahead == 'V') ADVANCE(69);
      if (lookahead == 'W') ADVANCE(64);
      if (lookahead == 'a') ADVANCE(76);
      if (lookahead == 'c') ADVANCE(117);
      if (lookahead == 'e') ADVANCE(78);
      if (lookahead == 'i') ADVANCE(79);
      if (lookahead == 'n') ADVANCE(128);
      if (lookahead == 'p') ADVANCE(77);
      if (lookahead == 'v') ADVANCE(125);
      if (lookahead == 8220) ADVANCE(404);
      if (lookahead == 8221) ADVANCE(405);
      if (lookahead == 8230) ADVANCE(144);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(44)
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(108);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(402);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(74);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 160 ||
          lookahead == 8203 ||
          lookahead == 8232 ||
          lookahead == 8233 ||
          lookahead == 12288 ||
          lookahead == 65279) ADVANCE(346);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 45:
      if (eof) ADVANCE(47);
      if (lookahead == '\n') ADVANCE(407);
      if (lookahead == '\r') ADVANCE(408);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(45)
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 160 ||
          lookahead == 8203 ||
          lookahead == 8232 ||
          lookahead == 8233 ||
          lookahead == 12288 ||
          lookahead == 65279) ADVANCE(48);
      if (lookahead != 0) ADVANCE(49);
      END_STATE();
    case 46:
      if (eof) ADVANCE(47);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(46)
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 160 ||
          lookahead == 8203 ||
          lookahead == 8232 ||
          lookahead == 8233 ||
          lookahead == 12288 ||
          lookahead == 65279) ADVANCE(9);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(4);
      if (lookahead != 0 &&
          (lookahead < '\n' || '\r' < lookahead)) ADVANCE(8);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(sym_headline);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 160 ||
          lookahead == 8203 ||
          lookahead == 8232 ||
          lookahead == 8233 ||
          lookahead == 12288 ||
          lookahead == 65279) ADVANCE(48);
      if (lookahead != 0 &&
          (lookahead < '\n' || '\r' < lookahead)) ADVANCE(49);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(sym_headline);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(49);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(sym_heading);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(sym_heading);
      if (lookahead == '\n') ADVANCE(50);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(sym_byline);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(sym_byline);
      if (lookahead == '\n') ADVANCE(52);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'a') ADVANCE(129);
      if (lookahead == 'm') ADVANCE(112);
      if (lookahead == 'o') ADVANCE(81);
      if (lookahead == 'p') ADVANCE(121);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'a') ADVANCE(124);
      if (lookahead == 'r') ADVANCE(85);
      if (lookahead == 'u') ADVANCE(148);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'a') ADVANCE(147);
      if (lookahead == 'e') ADVANCE(137);
      if (lookahead == 'm') ADVANCE(116);
      if (lookahead == 'o') ADVANCE(124);
      if (lookahead == 'r') ADVANCE(83);
      if (lookahead == 's' ||
          lookahead == 't') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'a') ADVANCE(138);
      if (lookahead == 'e') ADVANCE(123);
      if (lookahead == 'g') ADVANCE(138);
      if (lookahead == 'r' ||
          lookahead == 't') ADVANCE(85);
      if (lookahead == 'u') ADVANCE(124);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'c') ADVANCE(138);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'd') ADVANCE(122);
      if (lookahead == 'm') ADVANCE(109);
      if (lookahead == 'p') ADVANCE(133);
      if (lookahead == 'u') ADVANCE(118);
      if (lookahead == 'v') ADVANCE(116);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'd') ADVANCE(85);
      if (lookahead == 'e') ADVANCE(149);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'e') ADVANCE(109);
      if (lookahead == 'i') ADVANCE(118);
      if (lookahead == 'r') ADVANCE(120);
      if (lookahead == 't') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'e') ADVANCE(110);
      if (lookahead == 'r') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'e') ADVANCE(124);
      if (lookahead == 'o') ADVANCE(141);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'e') ADVANCE(113);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'h') ADVANCE(139);
      if (lookahead == 'u') ADVANCE(114);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'l') ADVANCE(140);
      if (lookahead == 'r') ADVANCE(127);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'n') ADVANCE(111);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'n') ADVANCE(119);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'o') ADVANCE(121);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'o') ADVANCE(124);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'o') ADVANCE(86);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'r') ADVANCE(115);
      if (lookahead == 'v') ADVANCE(138);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 't') ADVANCE(80);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(382);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(146);
      if (lookahead == 'l') ADVANCE(140);
      if (lookahead == 'r') ADVANCE(127);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(28);
      if (lookahead == 'l') ADVANCE(85);
      if (lookahead == 'p') ADVANCE(130);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(28);
      if (lookahead == 'p') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(24);
      if (lookahead == 's') ADVANCE(138);
      if (lookahead == 't') ADVANCE(111);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(20);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(385);
      if (lookahead == 'd') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(385);
      if (lookahead == 'l') ADVANCE(85);
      if (lookahead == 'r') ADVANCE(131);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(385);
      if (lookahead == 'r') ADVANCE(83);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(385);
      if (lookahead == 's') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(385);
      if (lookahead == 't') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(385);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(385);
      if (lookahead == 's' ||
          lookahead == 'v') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'a') ADVANCE(129);
      if (lookahead == 'm') ADVANCE(112);
      if (lookahead == 'o') ADVANCE(81);
      if (lookahead == 'p') ADVANCE(121);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'a') ADVANCE(124);
      if (lookahead == 'r') ADVANCE(85);
      if (lookahead == 'u') ADVANCE(148);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'a') ADVANCE(147);
      if (lookahead == 'e') ADVANCE(137);
      if (lookahead == 'm') ADVANCE(116);
      if (lookahead == 'o') ADVANCE(124);
      if (lookahead == 'r') ADVANCE(83);
      if (lookahead == 's' ||
          lookahead == 't') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'a') ADVANCE(138);
      if (lookahead == 'e') ADVANCE(123);
      if (lookahead == 'g') ADVANCE(138);
      if (lookahead == 'r' ||
          lookahead == 't') ADVANCE(85);
      if (lookahead == 'u') ADVANCE(124);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 91:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'c') ADVANCE(138);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 92:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'd') ADVANCE(122);
      if (lookahead == 'm') ADVANCE(109);
      if (lookahead == 'p') ADVANCE(133);
      if (lookahead == 'u') ADVANCE(118);
      if (lookahead == 'v') ADVANCE(116);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 93:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'd') ADVANCE(85);
      if (lookahead == 'e') ADVANCE(149);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 94:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'e') ADVANCE(109);
      if (lookahead == 'i') ADVANCE(118);
      if (lookahead == 'r') ADVANCE(120);
      if (lookahead == 't') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'e') ADVANCE(110);
      if (lookahead == 'r') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'e') ADVANCE(124);
      if (lookahead == 'o') ADVANCE(141);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'e') ADVANCE(113);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'h') ADVANCE(139);
      if (lookahead == 'u') ADVANCE(114);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'l') ADVANCE(140);
      if (lookahead == 'r') ADVANCE(127);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'n') ADVANCE(111);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'n') ADVANCE(119);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'o') ADVANCE(121);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'o') ADVANCE(124);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'o') ADVANCE(86);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 'r') ADVANCE(115);
      if (lookahead == 'v') ADVANCE(138);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 't') ADVANCE(80);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '.') ADVANCE(384);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'A') ADVANCE(92);
      if (lookahead == 'B') ADVANCE(99);
      if (lookahead == 'C') ADVANCE(87);
      if (lookahead == 'D') ADVANCE(95);
      if (lookahead == 'F') ADVANCE(94);
      if (lookahead == 'G') ADVANCE(96);
      if (lookahead == 'H') ADVANCE(103);
      if (lookahead == 'I') ADVANCE(100);
      if (lookahead == 'J') ADVANCE(88);
      if (lookahead == 'L') ADVANCE(106);
      if (lookahead == 'M') ADVANCE(89);
      if (lookahead == 'N') ADVANCE(104);
      if (lookahead == 'O') ADVANCE(91);
      if (lookahead == 'P') ADVANCE(105);
      if (lookahead == 'R') ADVANCE(93);
      if (lookahead == 'S') ADVANCE(90);
      if (lookahead == 'T') ADVANCE(98);
      if (lookahead == 'U') ADVANCE(101);
      if (lookahead == 'V') ADVANCE(102);
      if (lookahead == 'W') ADVANCE(97);
      if (lookahead == 'a') ADVANCE(76);
      if (lookahead == 'c') ADVANCE(117);
      if (lookahead == 'e') ADVANCE(78);
      if (lookahead == 'i') ADVANCE(79);
      if (lookahead == 'n') ADVANCE(128);
      if (lookahead == 'p') ADVANCE(77);
      if (lookahead == 'v') ADVANCE(125);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(108);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(107);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'b') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'c') ADVANCE(85);
      if (lookahead == 'p') ADVANCE(138);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'c') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'd') ADVANCE(133);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'd') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'e') ADVANCE(83);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'e') ADVANCE(135);
      if (lookahead == 'o') ADVANCE(117);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'e') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'f') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'g') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'i') ADVANCE(141);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'i') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'l') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'm') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'n') ADVANCE(85);
      if (lookahead == 'p') ADVANCE(84);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'n') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'o') ADVANCE(121);
      if (lookahead == 's') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'o') ADVANCE(142);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'o') ADVANCE(135);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'o') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'p') ADVANCE(138);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'p') ADVANCE(134);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'p') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'r') ADVANCE(135);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'r') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'r') ADVANCE(126);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 's') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 's') ADVANCE(132);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 's') ADVANCE(136);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 't') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'u') ADVANCE(82);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'v') ADVANCE(113);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'v') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'x') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == 8230) ADVANCE(143);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(406);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(399);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == 8230) ADVANCE(144);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(400);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(6);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'j' ||
          lookahead == 'r') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'l' ||
          lookahead == 'n') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 'p' ||
          lookahead == 'v') ADVANCE(85);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(5);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0) ADVANCE(145);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(30);
      if (lookahead == 'l') ADVANCE(184);
      if (lookahead == 'p') ADVANCE(280);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(30);
      if (lookahead == 'p') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(26);
      if (lookahead == 's') ADVANCE(295);
      if (lookahead == 't') ADVANCE(240);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(22);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(31);
      if (lookahead == 'l') ADVANCE(212);
      if (lookahead == 'p') ADVANCE(281);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(31);
      if (lookahead == 'p') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(27);
      if (lookahead == 's') ADVANCE(296);
      if (lookahead == 't') ADVANCE(242);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(23);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'a') ADVANCE(266);
      if (lookahead == 'r') ADVANCE(184);
      if (lookahead == 'u') ADVANCE(309);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'a') ADVANCE(307);
      if (lookahead == 'e') ADVANCE(291);
      if (lookahead == 'm') ADVANCE(250);
      if (lookahead == 'o') ADVANCE(266);
      if (lookahead == 'r') ADVANCE(182);
      if (lookahead == 's' ||
          lookahead == 't') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'a') ADVANCE(295);
      if (lookahead == 'e') ADVANCE(265);
      if (lookahead == 'g') ADVANCE(295);
      if (lookahead == 'r' ||
          lookahead == 't') ADVANCE(184);
      if (lookahead == 'u') ADVANCE(266);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'a') ADVANCE(277);
      if (lookahead == 'm') ADVANCE(243);
      if (lookahead == 'o') ADVANCE(180);
      if (lookahead == 'p') ADVANCE(261);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'c') ADVANCE(295);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'd') ADVANCE(263);
      if (lookahead == 'm') ADVANCE(237);
      if (lookahead == 'p') ADVANCE(284);
      if (lookahead == 'u') ADVANCE(255);
      if (lookahead == 'v') ADVANCE(250);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'd') ADVANCE(184);
      if (lookahead == 'e') ADVANCE(311);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'e') ADVANCE(237);
      if (lookahead == 'i') ADVANCE(255);
      if (lookahead == 'r') ADVANCE(258);
      if (lookahead == 't') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'e') ADVANCE(239);
      if (lookahead == 'r') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'e') ADVANCE(266);
      if (lookahead == 'o') ADVANCE(300);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'e') ADVANCE(244);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'h') ADVANCE(297);
      if (lookahead == 'u') ADVANCE(247);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'l') ADVANCE(299);
      if (lookahead == 'r') ADVANCE(273);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'n') ADVANCE(240);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'n') ADVANCE(257);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'o') ADVANCE(261);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'o') ADVANCE(266);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'o') ADVANCE(185);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 'r') ADVANCE(249);
      if (lookahead == 'v') ADVANCE(295);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 't') ADVANCE(179);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(390);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(389);
      if (lookahead == 'd') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(389);
      if (lookahead == 'l') ADVANCE(184);
      if (lookahead == 'r') ADVANCE(279);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(389);
      if (lookahead == 'r') ADVANCE(182);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(389);
      if (lookahead == 's') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(389);
      if (lookahead == 't') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(389);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(389);
      if (lookahead == 's' ||
          lookahead == 'v') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'a') ADVANCE(266);
      if (lookahead == 'r') ADVANCE(184);
      if (lookahead == 'u') ADVANCE(309);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'a') ADVANCE(307);
      if (lookahead == 'e') ADVANCE(291);
      if (lookahead == 'm') ADVANCE(250);
      if (lookahead == 'o') ADVANCE(266);
      if (lookahead == 'r') ADVANCE(182);
      if (lookahead == 's' ||
          lookahead == 't') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'a') ADVANCE(295);
      if (lookahead == 'e') ADVANCE(265);
      if (lookahead == 'g') ADVANCE(295);
      if (lookahead == 'r' ||
          lookahead == 't') ADVANCE(184);
      if (lookahead == 'u') ADVANCE(266);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'a') ADVANCE(277);
      if (lookahead == 'm') ADVANCE(243);
      if (lookahead == 'o') ADVANCE(180);
      if (lookahead == 'p') ADVANCE(261);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'c') ADVANCE(295);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'd') ADVANCE(263);
      if (lookahead == 'm') ADVANCE(237);
      if (lookahead == 'p') ADVANCE(284);
      if (lookahead == 'u') ADVANCE(255);
      if (lookahead == 'v') ADVANCE(250);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'd') ADVANCE(184);
      if (lookahead == 'e') ADVANCE(311);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'e') ADVANCE(237);
      if (lookahead == 'i') ADVANCE(255);
      if (lookahead == 'r') ADVANCE(258);
      if (lookahead == 't') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'e') ADVANCE(239);
      if (lookahead == 'r') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'e') ADVANCE(266);
      if (lookahead == 'o') ADVANCE(300);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'e') ADVANCE(244);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'h') ADVANCE(297);
      if (lookahead == 'u') ADVANCE(247);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'l') ADVANCE(299);
      if (lookahead == 'r') ADVANCE(273);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'n') ADVANCE(240);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'n') ADVANCE(257);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'o') ADVANCE(261);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'o') ADVANCE(266);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'o') ADVANCE(185);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 'r') ADVANCE(249);
      if (lookahead == 'v') ADVANCE(295);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 't') ADVANCE(179);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(388);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(393);
      if (lookahead == 'd') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(393);
      if (lookahead == 'l') ADVANCE(212);
      if (lookahead == 'r') ADVANCE(282);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(393);
      if (lookahead == 'r') ADVANCE(210);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(393);
      if (lookahead == 's') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(393);
      if (lookahead == 't') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(393);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(393);
      if (lookahead == 's' ||
          lookahead == 'v') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'a') ADVANCE(268);
      if (lookahead == 'r') ADVANCE(212);
      if (lookahead == 'u') ADVANCE(310);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'a') ADVANCE(308);
      if (lookahead == 'e') ADVANCE(293);
      if (lookahead == 'm') ADVANCE(252);
      if (lookahead == 'o') ADVANCE(268);
      if (lookahead == 'r') ADVANCE(210);
      if (lookahead == 's' ||
          lookahead == 't') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'a') ADVANCE(296);
      if (lookahead == 'e') ADVANCE(267);
      if (lookahead == 'g') ADVANCE(296);
      if (lookahead == 'r' ||
          lookahead == 't') ADVANCE(212);
      if (lookahead == 'u') ADVANCE(268);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'a') ADVANCE(278);
      if (lookahead == 'm') ADVANCE(245);
      if (lookahead == 'o') ADVANCE(208);
      if (lookahead == 'p') ADVANCE(262);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'c') ADVANCE(296);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'd') ADVANCE(264);
      if (lookahead == 'm') ADVANCE(238);
      if (lookahead == 'p') ADVANCE(288);
      if (lookahead == 'u') ADVANCE(256);
      if (lookahead == 'v') ADVANCE(252);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'd') ADVANCE(212);
      if (lookahead == 'e') ADVANCE(312);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'e') ADVANCE(238);
      if (lookahead == 'i') ADVANCE(256);
      if (lookahead == 'r') ADVANCE(260);
      if (lookahead == 't') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'e') ADVANCE(241);
      if (lookahead == 'r') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'e') ADVANCE(268);
      if (lookahead == 'o') ADVANCE(302);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'e') ADVANCE(246);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'h') ADVANCE(298);
      if (lookahead == 'u') ADVANCE(248);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'l') ADVANCE(301);
      if (lookahead == 'r') ADVANCE(275);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'n') ADVANCE(242);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'n') ADVANCE(259);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'o') ADVANCE(262);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'o') ADVANCE(268);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'o') ADVANCE(213);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 'r') ADVANCE(251);
      if (lookahead == 'v') ADVANCE(296);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 't') ADVANCE(207);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == '.') ADVANCE(392);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'A') ADVANCE(219);
      if (lookahead == 'B') ADVANCE(226);
      if (lookahead == 'C') ADVANCE(217);
      if (lookahead == 'D') ADVANCE(222);
      if (lookahead == 'F') ADVANCE(221);
      if (lookahead == 'G') ADVANCE(223);
      if (lookahead == 'H') ADVANCE(230);
      if (lookahead == 'I') ADVANCE(227);
      if (lookahead == 'J') ADVANCE(214);
      if (lookahead == 'L') ADVANCE(233);
      if (lookahead == 'M') ADVANCE(215);
      if (lookahead == 'N') ADVANCE(231);
      if (lookahead == 'O') ADVANCE(218);
      if (lookahead == 'P') ADVANCE(232);
      if (lookahead == 'R') ADVANCE(220);
      if (lookahead == 'S') ADVANCE(216);
      if (lookahead == 'T') ADVANCE(225);
      if (lookahead == 'U') ADVANCE(228);
      if (lookahead == 'V') ADVANCE(229);
      if (lookahead == 'W') ADVANCE(224);
      if (lookahead == 'a') ADVANCE(154);
      if (lookahead == 'c') ADVANCE(254);
      if (lookahead == 'e') ADVANCE(156);
      if (lookahead == 'i') ADVANCE(157);
      if (lookahead == 'n') ADVANCE(276);
      if (lookahead == 'p') ADVANCE(155);
      if (lookahead == 'v') ADVANCE(271);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(235);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(234);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'A') ADVANCE(191);
      if (lookahead == 'B') ADVANCE(198);
      if (lookahead == 'C') ADVANCE(189);
      if (lookahead == 'D') ADVANCE(194);
      if (lookahead == 'F') ADVANCE(193);
      if (lookahead == 'G') ADVANCE(195);
      if (lookahead == 'H') ADVANCE(202);
      if (lookahead == 'I') ADVANCE(199);
      if (lookahead == 'J') ADVANCE(186);
      if (lookahead == 'L') ADVANCE(205);
      if (lookahead == 'M') ADVANCE(187);
      if (lookahead == 'N') ADVANCE(203);
      if (lookahead == 'O') ADVANCE(190);
      if (lookahead == 'P') ADVANCE(204);
      if (lookahead == 'R') ADVANCE(192);
      if (lookahead == 'S') ADVANCE(188);
      if (lookahead == 'T') ADVANCE(197);
      if (lookahead == 'U') ADVANCE(200);
      if (lookahead == 'V') ADVANCE(201);
      if (lookahead == 'W') ADVANCE(196);
      if (lookahead == 'a') ADVANCE(150);
      if (lookahead == 'c') ADVANCE(253);
      if (lookahead == 'e') ADVANCE(152);
      if (lookahead == 'i') ADVANCE(153);
      if (lookahead == 'n') ADVANCE(274);
      if (lookahead == 'p') ADVANCE(151);
      if (lookahead == 'v') ADVANCE(269);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(236);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(206);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'b') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'b') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'c') ADVANCE(184);
      if (lookahead == 'p') ADVANCE(295);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'c') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'c') ADVANCE(212);
      if (lookahead == 'p') ADVANCE(296);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'c') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'd') ADVANCE(284);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'd') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'd') ADVANCE(288);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'd') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'e') ADVANCE(182);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'e') ADVANCE(210);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'e') ADVANCE(290);
      if (lookahead == 'o') ADVANCE(253);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'e') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'e') ADVANCE(294);
      if (lookahead == 'o') ADVANCE(254);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'e') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'f') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'f') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'g') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'g') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'i') ADVANCE(300);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'i') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'i') ADVANCE(302);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'i') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'l') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'l') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'm') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'm') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'n') ADVANCE(184);
      if (lookahead == 'p') ADVANCE(183);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'n') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'n') ADVANCE(212);
      if (lookahead == 'p') ADVANCE(211);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'n') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'o') ADVANCE(261);
      if (lookahead == 's') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'o') ADVANCE(303);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'o') ADVANCE(262);
      if (lookahead == 's') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'o') ADVANCE(304);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'o') ADVANCE(290);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'o') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'o') ADVANCE(294);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'o') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'p') ADVANCE(295);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'p') ADVANCE(296);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'p') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'p') ADVANCE(285);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'p') ADVANCE(287);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'p') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'r') ADVANCE(290);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'r') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'r') ADVANCE(270);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'r') ADVANCE(294);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'r') ADVANCE(272);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'r') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 's') ADVANCE(283);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 's') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 's') ADVANCE(289);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 's') ADVANCE(286);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 's') ADVANCE(292);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 's') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 't') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 't') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'u') ADVANCE(181);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'u') ADVANCE(209);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'v') ADVANCE(244);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'v') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'v') ADVANCE(246);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'v') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'x') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'x') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'j' ||
          lookahead == 'r') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'j' ||
          lookahead == 'r') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'l' ||
          lookahead == 'n') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'l' ||
          lookahead == 'n') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'p' ||
          lookahead == 'v') ADVANCE(184);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(11);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0) ADVANCE(305);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\r') ADVANCE(53);
      if (lookahead == 'p' ||
          lookahead == 'v') ADVANCE(212);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(12);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(387);
      if (lookahead == 'd') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(387);
      if (lookahead == 'l') ADVANCE(318);
      if (lookahead == 'r') ADVANCE(370);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(387);
      if (lookahead == 'r') ADVANCE(316);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(387);
      if (lookahead == 's') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(387);
      if (lookahead == 't') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(387);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(387);
      if (lookahead == 's' ||
          lookahead == 'v') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'a') ADVANCE(368);
      if (lookahead == 'm') ADVANCE(351);
      if (lookahead == 'o') ADVANCE(314);
      if (lookahead == 'p') ADVANCE(360);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'a') ADVANCE(363);
      if (lookahead == 'r') ADVANCE(318);
      if (lookahead == 'u') ADVANCE(395);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'a') ADVANCE(394);
      if (lookahead == 'e') ADVANCE(376);
      if (lookahead == 'm') ADVANCE(355);
      if (lookahead == 'o') ADVANCE(363);
      if (lookahead == 'r') ADVANCE(316);
      if (lookahead == 's' ||
          lookahead == 't') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'a') ADVANCE(377);
      if (lookahead == 'e') ADVANCE(362);
      if (lookahead == 'g') ADVANCE(377);
      if (lookahead == 'r' ||
          lookahead == 't') ADVANCE(318);
      if (lookahead == 'u') ADVANCE(363);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'c') ADVANCE(377);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'd') ADVANCE(361);
      if (lookahead == 'm') ADVANCE(348);
      if (lookahead == 'p') ADVANCE(372);
      if (lookahead == 'u') ADVANCE(357);
      if (lookahead == 'v') ADVANCE(355);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'd') ADVANCE(318);
      if (lookahead == 'e') ADVANCE(396);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'e') ADVANCE(348);
      if (lookahead == 'i') ADVANCE(357);
      if (lookahead == 'r') ADVANCE(359);
      if (lookahead == 't') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'e') ADVANCE(349);
      if (lookahead == 'r') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'e') ADVANCE(363);
      if (lookahead == 'o') ADVANCE(380);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'e') ADVANCE(352);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'h') ADVANCE(378);
      if (lookahead == 'u') ADVANCE(353);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'l') ADVANCE(379);
      if (lookahead == 'r') ADVANCE(366);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'n') ADVANCE(350);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'n') ADVANCE(358);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'o') ADVANCE(360);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'o') ADVANCE(363);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'o') ADVANCE(319);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 'r') ADVANCE(354);
      if (lookahead == 'v') ADVANCE(377);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 't') ADVANCE(313);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(386);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(29);
      if (lookahead == 'l') ADVANCE(318);
      if (lookahead == 'p') ADVANCE(369);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(29);
      if (lookahead == 'p') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(25);
      if (lookahead == 's') ADVANCE(377);
      if (lookahead == 't') ADVANCE(350);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '.') ADVANCE(21);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'A') ADVANCE(59);
      if (lookahead == 'B') ADVANCE(75);
      if (lookahead == 'C') ADVANCE(54);
      if (lookahead == 'D') ADVANCE(62);
      if (lookahead == 'F') ADVANCE(61);
      if (lookahead == 'G') ADVANCE(63);
      if (lookahead == 'H') ADVANCE(70);
      if (lookahead == 'I') ADVANCE(67);
      if (lookahead == 'J') ADVANCE(55);
      if (lookahead == 'L') ADVANCE(73);
      if (lookahead == 'M') ADVANCE(56);
      if (lookahead == 'N') ADVANCE(71);
      if (lookahead == 'O') ADVANCE(58);
      if (lookahead == 'P') ADVANCE(72);
      if (lookahead == 'R') ADVANCE(60);
      if (lookahead == 'S') ADVANCE(57);
      if (lookahead == 'T') ADVANCE(65);
      if (lookahead == 'U') ADVANCE(68);
      if (lookahead == 'V') ADVANCE(69);
      if (lookahead == 'W') ADVANCE(64);
      if (lookahead == 'a') ADVANCE(76);
      if (lookahead == 'c') ADVANCE(117);
      if (lookahead == 'e') ADVANCE(78);
      if (lookahead == 'i') ADVANCE(79);
      if (lookahead == 'n') ADVANCE(128);
      if (lookahead == 'p') ADVANCE(77);
      if (lookahead == 'v') ADVANCE(125);
      if (lookahead == 160) ADVANCE(345);
      if (lookahead == 8230) ADVANCE(143);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(2);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(108);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(399);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(74);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 8203 ||
          lookahead == 8232 ||
          lookahead == 8233 ||
          lookahead == 12288 ||
          lookahead == 65279) ADVANCE(345);
      if (lookahead != 0 &&
          (lookahead < '\n' || '\r' < lookahead) &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(145);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'A') ADVANCE(59);
      if (lookahead == 'B') ADVANCE(75);
      if (lookahead == 'C') ADVANCE(54);
      if (lookahead == 'D') ADVANCE(62);
      if (lookahead == 'F') ADVANCE(61);
      if (lookahead == 'G') ADVANCE(63);
      if (lookahead == 'H') ADVANCE(70);
      if (lookahead == 'I') ADVANCE(67);
      if (lookahead == 'J') ADVANCE(55);
      if (lookahead == 'L') ADVANCE(73);
      if (lookahead == 'M') ADVANCE(56);
      if (lookahead == 'N') ADVANCE(71);
      if (lookahead == 'O') ADVANCE(58);
      if (lookahead == 'P') ADVANCE(72);
      if (lookahead == 'R') ADVANCE(60);
      if (lookahead == 'S') ADVANCE(57);
      if (lookahead == 'T') ADVANCE(65);
      if (lookahead == 'U') ADVANCE(68);
      if (lookahead == 'V') ADVANCE(69);
      if (lookahead == 'W') ADVANCE(64);
      if (lookahead == 'a') ADVANCE(76);
      if (lookahead == 'c') ADVANCE(117);
      if (lookahead == 'e') ADVANCE(78);
      if (lookahead == 'i') ADVANCE(79);
      if (lookahead == 'n') ADVANCE(128);
      if (lookahead == 'p') ADVANCE(77);
      if (lookahead == 'v') ADVANCE(125);
      if (lookahead == 160) ADVANCE(346);
      if (lookahead == 8230) ADVANCE(144);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(3);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(108);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(400);
      if (('\'' <= lookahead && lookahead <= ')') ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(74);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 8203 ||
          lookahead == 8232 ||
          lookahead == 8233 ||
          lookahead == 12288 ||
          lookahead == 65279) ADVANCE(346);
      if (lookahead != 0 &&
          (lookahead < '\n' || '\r' < lookahead) &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(145);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'A') ADVANCE(325);
      if (lookahead == 'B') ADVANCE(332);
      if (lookahead == 'C') ADVANCE(320);
      if (lookahead == 'D') ADVANCE(328);
      if (lookahead == 'F') ADVANCE(327);
      if (lookahead == 'G') ADVANCE(329);
      if (lookahead == 'H') ADVANCE(336);
      if (lookahead == 'I') ADVANCE(333);
      if (lookahead == 'J') ADVANCE(321);
      if (lookahead == 'L') ADVANCE(339);
      if (lookahead == 'M') ADVANCE(322);
      if (lookahead == 'N') ADVANCE(337);
      if (lookahead == 'O') ADVANCE(324);
      if (lookahead == 'P') ADVANCE(338);
      if (lookahead == 'R') ADVANCE(326);
      if (lookahead == 'S') ADVANCE(323);
      if (lookahead == 'T') ADVANCE(331);
      if (lookahead == 'U') ADVANCE(334);
      if (lookahead == 'V') ADVANCE(335);
      if (lookahead == 'W') ADVANCE(330);
      if (lookahead == 'a') ADVANCE(341);
      if (lookahead == 'c') ADVANCE(356);
      if (lookahead == 'e') ADVANCE(343);
      if (lookahead == 'i') ADVANCE(344);
      if (lookahead == 'n') ADVANCE(367);
      if (lookahead == 'p') ADVANCE(342);
      if (lookahead == 'v') ADVANCE(364);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '(' ||
          lookahead == '[') ADVANCE(347);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (('E' <= lookahead && lookahead <= 'Z')) ADVANCE(340);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'b') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(318);
      if (lookahead == 'p') ADVANCE(377);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'd') ADVANCE(372);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'd') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(316);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(374);
      if (lookahead == 'o') ADVANCE(356);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'f') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'g') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'i') ADVANCE(380);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'i') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'l') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'm') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'n') ADVANCE(318);
      if (lookahead == 'p') ADVANCE(317);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'n') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'o') ADVANCE(360);
      if (lookahead == 's') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'o') ADVANCE(381);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'o') ADVANCE(374);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'o') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(377);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(373);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(374);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(365);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 's') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 's') ADVANCE(371);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 's') ADVANCE(375);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'u') ADVANCE(315);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'v') ADVANCE(352);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'v') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'x') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(74);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(145);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(145);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(107);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(145);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(108);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(32);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(145);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(340);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(206);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(305);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(305);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(178);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(305);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(236);
      if (lookahead == 8220) ADVANCE(15);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(40);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(34);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(305);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(234);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(306);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 160) ADVANCE(235);
      if (lookahead == 8220) ADVANCE(13);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(43);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(33);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(393);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(306);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'j' ||
          lookahead == 'r') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'l' ||
          lookahead == 'n') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p' ||
          lookahead == 'v') ADVANCE(318);
      if (lookahead == 160) ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != 8220 &&
          lookahead != 8221) ADVANCE(387);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(sym__terminator);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 8230) ADVANCE(397);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(7);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(406);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(401);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(36);
      if (lookahead != 0) ADVANCE(8);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym__terminator);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == 8230) ADVANCE(398);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(7);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(402);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead != 0) ADVANCE(8);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(sym__terminator);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == 8230) ADVANCE(143);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(406);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(399);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(145);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(sym__terminator);
      if (lookahead == 8220) ADVANCE(8);
      if (lookahead == 8230) ADVANCE(144);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(400);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(383);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(145);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(sym__terminator);
      if (lookahead == 8230) ADVANCE(397);
      if (lookahead == '"' ||
          lookahead == 8221) ADVANCE(406);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(401);
      if (lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']') ADVANCE(36);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(8);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(sym__terminator);
      if (lookahead == 8230) ADVANCE(398);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(402);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ') ADVANCE(8);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(sym__straight_quote);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(35);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(8);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(sym__open_curly);
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(51);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(7);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead != 0) ADVANCE(8);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(sym__close_curly);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(35);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(8);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(sym__close_quote_final);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(35);
      if (lookahead == '!' ||
          lookahead == '.' ||
          lookahead == '?') ADVANCE(41);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == ')' ||
          lookahead == ',' ||
          lookahead == ':' ||
          lookahead == ';' ||
          lookahead == ']' ||
          lookahead == 8221) ADVANCE(36);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(8);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(sym__eol);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(sym__eol);
      if (lookahead == '\n') ADVANCE(407);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 45},
  [2] = {.lex_state = 44},
  [3] = {.lex_state = 44},
  [4] = {.lex_state = 44},
  [5] = {.lex_state = 44},
  [6] = {.lex_state = 44},
  [7] = {.lex_state = 44},
  [8] = {.lex_state = 44},
  [9] = {.lex_state = 44},
  [10] = {.lex_state = 44},
  [11] = {.lex_state = 44},
  [12] = {.lex_state = 44},
  [13] = {.lex_state = 44},
  [14] = {.lex_state = 0},
  [15] = {.lex_state = 0},
  [16] = {.lex_state = 44},
  [17] = {.lex_state = 0},
  [18] = {.lex_state = 44},
  [19] = {.lex_state = 44},
  [20] = {.lex_state = 44},
  [21] = {.lex_state = 44},
  [22] = {.lex_state = 44},
  [23] = {.lex_state = 44},
  [24] = {.lex_state = 44},
  [25] = {.lex_state = 44},
  [26] = {.lex_state = 44},
  [27] = {.lex_state = 44},
  [28] = {.lex_state = 46},
  [29] = {.lex_state = 46},
  [30] = {.lex_state = 46},
  [31] = {.lex_state = 45},
  [32] = {.lex_state = 46},
  [33] = {.lex_state = 45},
  [34] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym_heading] = ACTIONS(1),
    [sym_byline] = ACTIONS(1),
    [sym__text] = ACTIONS(1),
    [sym__terminator] = ACTIONS(1),
    [sym__straight_quote] = ACTIONS(1),
    [sym__open_curly] = ACTIONS(1),
    [sym__close_curly] = ACTIONS(1),
    [sym__close_quote_final] = ACTIONS(1),
    [sym__eol] = ACTIONS(1),
  },
  [1] = {
    [sym_document] = STATE(34),
    [aux_sym_document_repeat1] = STATE(33),
    [ts_builtin_sym_end] = ACTIONS(3),
    [sym_headline] = ACTIONS(5),
    [sym__eol] = ACTIONS(7),
  },
  [2] = {
    [sym_section] = STATE(32),
    [sym__block] = STATE(4),
    [sym_paragraph] = STATE(4),
    [sym_sentence] = STATE(9),
    [sym__item] = STATE(12),
    [sym__ender] = STATE(21),
    [sym_quotation] = STATE(12),
    [sym__quotation_final] = STATE(21),
    [sym__open_quote] = STATE(14),
    [aux_sym_document_repeat2] = STATE(4),
    [aux_sym_document_repeat3] = STATE(32),
    [ts_builtin_sym_end] = ACTIONS(9),
    [sym_heading] = ACTIONS(11),
    [sym_byline] = ACTIONS(13),
    [sym__text] = ACTIONS(15),
    [sym__terminator] = ACTIONS(17),
    [sym__straight_quote] = ACTIONS(19),
    [sym__open_curly] = ACTIONS(19),
    [sym__eol] = ACTIONS(13),
  },
  [3] = {
    [sym_section] = STATE(28),
    [sym__block] = STATE(5),
    [sym_paragraph] = STATE(5),
    [sym_sentence] = STATE(9),
    [sym__item] = STATE(12),
    [sym__ender] = STATE(21),
    [sym_quotation] = STATE(12),
    [sym__quotation_final] = STATE(21),
    [sym__open_quote] = STATE(14),
    [aux_sym_document_repeat2] = STATE(5),
    [aux_sym_document_repeat3] = STATE(28),
    [ts_builtin_sym_end] = ACTIONS(21),
    [sym_heading] = ACTIONS(11),
    [sym_byline] = ACTIONS(23),
    [sym__text] = ACTIONS(15),
    [sym__terminator] = ACTIONS(17),
    [sym__straight_quote] = ACTIONS(19),
    [sym__open_curly] = ACTIONS(19),
    [sym__eol] = ACTIONS(23),
  },
  [4] = {
    [sym_section] = STATE(28),
    [sym__block] = STATE(8),
    [sym_paragraph] = STATE(8),
    [sym_sentence] = STATE(9),
    [sym__item] = STATE(12),
    [sym__ender] = STATE(21),
    [sym_quotation] = STATE(12),
    [sym__quotation_final] = STATE(21),
    [sym__open_quote] = STATE(14),
    [aux_sym_document_repeat2] = STATE(8),
    [aux_sym_document_repeat3] = STATE(28),
    [ts_builtin_sym_end] = ACTIONS(21),
    [sym_heading] = ACTIONS(11),
    [sym_byline] = ACTIONS(25),
    [sym__text] = ACTIONS(15),
    [sym__terminator] = ACTIONS(17),
    [sym__straight_quote] = ACTIONS(19),
    [sym__open_curly] = ACTIONS(19),
    [sym__eol] = ACTIONS(25),
  },
  [5] = {
    [sym_section] = STATE(30),
    [sym__block] = STATE(8),
    [sym_paragraph] = STATE(8),
    [sym_sentence] = STATE(9),
    [sym__item] = STATE(12),
    [sym__ender] = STATE(21),
    [sym_quotation] = STATE(12),
    [sym__quotation_final] = STATE(21),
    [sym__open_quote] = STATE(14),
    [aux_sym_document_repeat2] = STATE(8),
    [aux_sym_document_repeat3] = STATE(30),
    [ts_builtin_sym_end] = ACTIONS(27),
    [sym_heading] = ACTIONS(11),
    [sym_byline] = ACTIONS(25),
    [sym__text] = ACTIONS(15),
    [sym__terminator] = ACTIONS(17),
    [sym__straight_quote] = ACTIONS(19),
    [sym__open_curly] = ACTIONS(19),
    [sym__eol] = ACTIONS(25),
  },
  [6] = {
    [sym__block] = STATE(7),
    [sym_paragraph] = STATE(7),
    [sym_sentence] = STATE(9),
    [sym__item] = STATE(12),
    [sym__ender] = STATE(21),
    [sym_quotation] = STATE(12),
    [sym__quotation_final] = STATE(21),
    [sym__open_quote] = STATE(14),
    [aux_sym_document_repeat2] = STATE(7),
    [ts_builtin_sym_end] = ACTIONS(29),
    [sym_heading] = ACTIONS(31),
    [sym_byline] = ACTIONS(33),
    [sym__text] = ACTIONS(15),
    [sym__terminator] = ACTIONS(17),
    [sym__straight_quote] = ACTIONS(19),
    [sym__open_curly] = ACTIONS(19),
    [sym__eol] = ACTIONS(33),
  },
  [7] = {
    [sym__block] = STATE(8),
    [sym_paragraph] = STATE(8),
    [sym_sentence] = STATE(9),
    [sym__item] = STATE(12),
    [sym__ender] = STATE(21),
    [sym_quotation] = STATE(12),
    [sym__quotation_final] = STATE(21),
    [sym__open_quote] = STATE(14),
    [aux_sym_document_repeat2] = STATE(8),
    [ts_builtin_sym_end] = ACTIONS(35),
    [sym_heading] = ACTIONS(37),
    [sym_byline] = ACTIONS(25),
    [sym__text] = ACTIONS(15),
    [sym__terminator] = ACTIONS(17),
    [sym__straight_quote] = ACTIONS(19),
    [sym__open_curly] = ACTIONS(19),
    [sym__eol] = ACTIONS(25),
  },
  [8] = {
    [sym__block] = STATE(8),
    [sym_paragraph] = STATE(8),
    [sym_sentence] = STATE(9),
    [sym__item] = STATE(12),
    [sym__ender] = STATE(21),
    [sym_quotation] = STATE(12),
    [sym__quotation_final] = STATE(21),
    [sym__open_quote] = STATE(14),
    [aux_sym_document_repeat2] = STATE(8),
    [ts_builtin_sym_end] = ACTIONS(39),
    [sym_heading] = ACTIONS(41),
    [sym_byline] = ACTIONS(43),
    [sym__text] = ACTIONS(46),
    [sym__terminator] = ACTIONS(49),
    [sym__straight_quote] = ACTIONS(52),
    [sym__open_curly] = ACTIONS(52),
    [sym__eol] = ACTIONS(43),
  },
  [9] = {
    [sym_sentence] = STATE(10),
    [sym__item] = STATE(12),
    [sym__ender] = STATE(21),
    [sym_quotation] = STATE(12),
    [sym__quotation_final] = STATE(21),
    [sym__open_quote] = STATE(14),
    [aux_sym_paragraph_repeat1] = STATE(10),
    [ts_builtin_sym_end] = ACTIONS(55),
    [sym_heading] = ACTIONS(57),
    [sym_byline] = ACTIONS(57),
    [sym__text] = ACTIONS(15),
    [sym__terminator] = ACTIONS(17),
    [sym__straight_quote] = ACTIONS(19),
    [sym__open_curly] = ACTIONS(19),
    [sym__eol] = ACTIONS(57),
  },
  [10] = {
    [sym_sentence] = STATE(11),
    [sym__item] = STATE(12),
    [sym__ender] = STATE(21),
    [sym_quotation] = STATE(12),
    [sym__quotation_final] = STATE(21),
    [sym__open_quote] = STATE(14),
    [aux_sym_paragraph_repeat1] = STATE(11),
    [ts_builtin_sym_end] = ACTIONS(59),
    [sym_heading] = ACTIONS(61),
    [sym_byline] = ACTIONS(61),
    [sym__text] = ACTIONS(15),
    [sym__terminator] = ACTIONS(17),
    [sym__straight_quote] = ACTIONS(19),
    [sym__open_curly] = ACTIONS(19),
    [sym__eol] = ACTIONS(61),
  },
  [11] = {
    [sym_sentence] = STATE(11),
    [sym__item] = STATE(12),
    [sym__ender] = STATE(21),
    [sym_quotation] = STATE(12),
    [sym__quotation_final] = STATE(21),
    [sym__open_quote] = STATE(14),
    [aux_sym_paragraph_repeat1] = STATE(11),
    [ts_builtin_sym_end] = ACTIONS(63),
    [sym_heading] = ACTIONS(65),
    [sym_byline] = ACTIONS(65),
    [sym__text] = ACTIONS(67),
    [sym__terminator] = ACTIONS(70),
    [sym__straight_quote] = ACTIONS(73),
    [sym__open_curly] = ACTIONS(73),
    [sym__eol] = ACTIONS(65),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 8,
    ACTIONS(76), 1,
      ts_builtin_sym_end,
    ACTIONS(80), 1,
      sym__text,
    ACTIONS(82), 1,
      sym__terminator,
    STATE(14), 1,
      sym__open_quote,
    ACTIONS(19), 2,
      sym__straight_quote,
      sym__open_curly,
    STATE(27), 2,
      sym__ender,
      sym__quotation_final,
    ACTIONS(78), 3,
      sym_heading,
      sym_byline,
      sym__eol,
    STATE(13), 3,
      sym__item,
      sym_quotation,
      aux_sym_sentence_repeat1,
  [31] = 8,
    ACTIONS(84), 1,
      ts_builtin_sym_end,
    ACTIONS(88), 1,
      sym__text,
    ACTIONS(90), 1,
      sym__terminator,
    STATE(14), 1,
      sym__open_quote,
    ACTIONS(19), 2,
      sym__straight_quote,
      sym__open_curly,
    STATE(23), 2,
      sym__ender,
      sym__quotation_final,
    ACTIONS(86), 3,
      sym_heading,
      sym_byline,
      sym__eol,
    STATE(16), 3,
      sym__item,
      sym_quotation,
      aux_sym_sentence_repeat1,
  [62] = 6,
    ACTIONS(92), 1,
      ts_builtin_sym_end,
    ACTIONS(100), 1,
      sym__close_quote_final,
    ACTIONS(96), 2,
      sym__text,
      sym__terminator,
    ACTIONS(98), 2,
      sym__straight_quote,
      sym__close_curly,
    STATE(17), 2,
      sym__quoted,
      aux_sym_quotation_repeat1,
    ACTIONS(94), 4,
      sym_heading,
      sym_byline,
      sym__open_curly,
      sym__eol,
  [87] = 4,
    ACTIONS(102), 1,
      ts_builtin_sym_end,
    ACTIONS(106), 2,
      sym__text,
      sym__terminator,
    STATE(15), 2,
      sym__quoted,
      aux_sym_quotation_repeat1,
    ACTIONS(104), 7,
      sym_heading,
      sym_byline,
      sym__straight_quote,
      sym__open_curly,
      sym__close_curly,
      sym__close_quote_final,
      sym__eol,
  [108] = 6,
    ACTIONS(109), 1,
      ts_builtin_sym_end,
    ACTIONS(113), 1,
      sym__text,
    STATE(19), 1,
      sym__open_quote,
    ACTIONS(116), 2,
      sym__straight_quote,
      sym__open_curly,
    STATE(16), 3,
      sym__item,
      sym_quotation,
      aux_sym_sentence_repeat1,
    ACTIONS(111), 4,
      sym_heading,
      sym_byline,
      sym__terminator,
      sym__eol,
  [133] = 6,
    ACTIONS(119), 1,
      ts_builtin_sym_end,
    ACTIONS(127), 1,
      sym__close_quote_final,
    ACTIONS(123), 2,
      sym__text,
      sym__terminator,
    ACTIONS(125), 2,
      sym__straight_quote,
      sym__close_curly,
    STATE(15), 2,
      sym__quoted,
      aux_sym_quotation_repeat1,
    ACTIONS(121), 4,
      sym_heading,
      sym_byline,
      sym__open_curly,
      sym__eol,
  [158] = 4,
    ACTIONS(102), 1,
      ts_builtin_sym_end,
    ACTIONS(129), 2,
      sym__text,
      sym__terminator,
    STATE(18), 2,
      sym__quoted,
      aux_sym_quotation_repeat1,
    ACTIONS(104), 6,
      sym_heading,
      sym_byline,
      sym__straight_quote,
      sym__open_curly,
      sym__close_curly,
      sym__eol,
  [178] = 5,
    ACTIONS(92), 1,
      ts_builtin_sym_end,
    ACTIONS(98), 2,
      sym__straight_quote,
      sym__close_curly,
    ACTIONS(132), 2,
      sym__text,
      sym__terminator,
    STATE(20), 2,
      sym__quoted,
      aux_sym_quotation_repeat1,
    ACTIONS(94), 4,
      sym_heading,
      sym_byline,
      sym__open_curly,
      sym__eol,
  [200] = 5,
    ACTIONS(119), 1,
      ts_builtin_sym_end,
    ACTIONS(125), 2,
      sym__straight_quote,
      sym__close_curly,
    ACTIONS(134), 2,
      sym__text,
      sym__terminator,
    STATE(18), 2,
      sym__quoted,
      aux_sym_quotation_repeat1,
    ACTIONS(121), 4,
      sym_heading,
      sym_byline,
      sym__open_curly,
      sym__eol,
  [222] = 2,
    ACTIONS(76), 1,
      ts_builtin_sym_end,
    ACTIONS(78), 7,
      sym_heading,
      sym_byline,
      sym__text,
      sym__terminator,
      sym__straight_quote,
      sym__open_curly,
      sym__eol,
  [235] = 2,
    ACTIONS(136), 1,
      ts_builtin_sym_end,
    ACTIONS(138), 7,
      sym_heading,
      sym_byline,
      sym__text,
      sym__terminator,
      sym__straight_quote,
      sym__open_curly,
      sym__eol,
  [248] = 2,
    ACTIONS(140), 1,
      ts_builtin_sym_end,
    ACTIONS(142), 7,
      sym_heading,
      sym_byline,
      sym__text,
      sym__terminator,
      sym__straight_quote,
      sym__open_curly,
      sym__eol,
  [261] = 2,
    ACTIONS(119), 1,
      ts_builtin_sym_end,
    ACTIONS(121), 7,
      sym_heading,
      sym_byline,
      sym__text,
      sym__terminator,
      sym__straight_quote,
      sym__open_curly,
      sym__eol,
  [274] = 2,
    ACTIONS(144), 1,
      ts_builtin_sym_end,
    ACTIONS(146), 7,
      sym_heading,
      sym_byline,
      sym__text,
      sym__terminator,
      sym__straight_quote,
      sym__open_curly,
      sym__eol,
  [287] = 2,
    ACTIONS(148), 1,
      ts_builtin_sym_end,
    ACTIONS(150), 7,
      sym_heading,
      sym_byline,
      sym__text,
      sym__terminator,
      sym__straight_quote,
      sym__open_curly,
      sym__eol,
  [300] = 2,
    ACTIONS(84), 1,
      ts_builtin_sym_end,
    ACTIONS(86), 7,
      sym_heading,
      sym_byline,
      sym__text,
      sym__terminator,
      sym__straight_quote,
      sym__open_curly,
      sym__eol,
  [313] = 3,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    ACTIONS(152), 1,
      sym_heading,
    STATE(29), 2,
      sym_section,
      aux_sym_document_repeat3,
  [324] = 3,
    ACTIONS(154), 1,
      ts_builtin_sym_end,
    ACTIONS(156), 1,
      sym_heading,
    STATE(29), 2,
      sym_section,
      aux_sym_document_repeat3,
  [335] = 3,
    ACTIONS(152), 1,
      sym_heading,
    ACTIONS(159), 1,
      ts_builtin_sym_end,
    STATE(29), 2,
      sym_section,
      aux_sym_document_repeat3,
  [346] = 3,
    ACTIONS(163), 1,
      sym__eol,
    STATE(31), 1,
      aux_sym_document_repeat1,
    ACTIONS(161), 2,
      ts_builtin_sym_end,
      sym_headline,
  [357] = 3,
    ACTIONS(21), 1,
      ts_builtin_sym_end,
    ACTIONS(152), 1,
      sym_heading,
    STATE(29), 2,
      sym_section,
      aux_sym_document_repeat3,
  [368] = 4,
    ACTIONS(9), 1,
      ts_builtin_sym_end,
    ACTIONS(166), 1,
      sym_headline,
    ACTIONS(168), 1,
      sym__eol,
    STATE(31), 1,
      aux_sym_document_repeat1,
  [381] = 1,
    ACTIONS(170), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(12)] = 0,
  [SMALL_STATE(13)] = 31,
  [SMALL_STATE(14)] = 62,
  [SMALL_STATE(15)] = 87,
  [SMALL_STATE(16)] = 108,
  [SMALL_STATE(17)] = 133,
  [SMALL_STATE(18)] = 158,
  [SMALL_STATE(19)] = 178,
  [SMALL_STATE(20)] = 200,
  [SMALL_STATE(21)] = 222,
  [SMALL_STATE(22)] = 235,
  [SMALL_STATE(23)] = 248,
  [SMALL_STATE(24)] = 261,
  [SMALL_STATE(25)] = 274,
  [SMALL_STATE(26)] = 287,
  [SMALL_STATE(27)] = 300,
  [SMALL_STATE(28)] = 313,
  [SMALL_STATE(29)] = 324,
  [SMALL_STATE(30)] = 335,
  [SMALL_STATE(31)] = 346,
  [SMALL_STATE(32)] = 357,
  [SMALL_STATE(33)] = 368,
  [SMALL_STATE(34)] = 381,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [9] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 1),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(6),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(14),
  [21] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 2),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 3),
  [29] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 1),
  [31] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 1),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(7),
  [35] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 2),
  [37] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 2),
  [39] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat2, 2),
  [41] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_document_repeat2, 2),
  [43] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat2, 2), SHIFT_REPEAT(8),
  [46] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat2, 2), SHIFT_REPEAT(12),
  [49] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat2, 2), SHIFT_REPEAT(21),
  [52] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat2, 2), SHIFT_REPEAT(14),
  [55] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 1),
  [57] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 1),
  [59] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 2),
  [61] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 2),
  [63] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_paragraph_repeat1, 2),
  [65] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2),
  [67] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2), SHIFT_REPEAT(12),
  [70] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2), SHIFT_REPEAT(21),
  [73] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2), SHIFT_REPEAT(14),
  [76] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sentence, 1),
  [78] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sentence, 1),
  [80] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [82] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [84] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sentence, 2),
  [86] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sentence, 2),
  [88] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [90] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [92] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quotation, 1),
  [94] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_quotation, 1),
  [96] = {.entry = {.count = 1, .reusable = false}}, SHIFT(17),
  [98] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [100] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [102] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_quotation_repeat1, 2),
  [104] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_quotation_repeat1, 2),
  [106] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_quotation_repeat1, 2), SHIFT_REPEAT(15),
  [109] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sentence_repeat1, 2),
  [111] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sentence_repeat1, 2),
  [113] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_sentence_repeat1, 2), SHIFT_REPEAT(16),
  [116] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_sentence_repeat1, 2), SHIFT_REPEAT(19),
  [119] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quotation, 2),
  [121] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_quotation, 2),
  [123] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [125] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [127] = {.entry = {.count = 1, .reusable = false}}, SHIFT(26),
  [129] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_quotation_repeat1, 2), SHIFT_REPEAT(18),
  [132] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [134] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [136] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__quotation_final, 2),
  [138] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__quotation_final, 2),
  [140] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sentence, 3),
  [142] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sentence, 3),
  [144] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quotation, 3),
  [146] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_quotation, 3),
  [148] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__quotation_final, 3),
  [150] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__quotation_final, 3),
  [152] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat3, 2),
  [156] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat3, 2), SHIFT_REPEAT(6),
  [159] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 4),
  [161] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2),
  [163] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2), SHIFT_REPEAT(31),
  [166] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [168] = {.entry = {.count = 1, .reusable = false}}, SHIFT(31),
  [170] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
};

#ifdef __cplusplus
extern "C" {
#endif
#ifdef _WIN32
#define extern __declspec(dllexport)
#endif

extern const TSLanguage *tree_sitter_newstext(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
