#pragma once
// The grammar of factgraph's Cypher subset, as PEGTL rules. Read it top (statement) to bottom
// (characters). Every token rule swallows the whitespace and comments after it, so rules compose
// without explicit spacing. Rules that the parser turns into AST nodes are listed in parser.cpp;
// rules with a human description (for "expected ..." messages) are named in errors.hpp.
#include <tao/pegtl.hpp>

#include "query/parse_memo.hpp"

namespace fg::query::grammar {

using namespace tao::pegtl;

// ---------------------------------------------------------------- spacing and comments
struct line_comment : seq<two<'/'>, until<eolf>> {};
struct block_comment_end : TAO_PEGTL_STRING("*/") {};
struct block_comment : if_must<TAO_PEGTL_STRING("/*"), until<block_comment_end>> {};
struct ws : star<sor<plus<space>, line_comment, block_comment>> {};

template <typename R> struct tok : seq<R, ws> {};
template <char C> struct sym : tok<one<C>> {};

// ---------------------------------------------------------------- names
struct ident_first : sor<alpha, one<'_'>, range<char(0x80), char(0xFF)>> {};
struct ident_other : sor<alnum, one<'_'>, range<char(0x80), char(0xFF)>> {};
struct plain_name : seq<ident_first, star<ident_other>> {};
struct quoted_name : seq<one<'`'>, star<sor<two<'`'>, not_one<'`'>>>, one<'`'>> {};

template <typename Word> struct keyword : seq<Word, not_at<ident_other>> {};
#define FG_KW(name, text) struct kw_##name : tok<keyword<TAO_PEGTL_ISTRING(text)>> {}
FG_KW(match, "MATCH");
FG_KW(optional, "OPTIONAL");
FG_KW(where, "WHERE");
FG_KW(with, "WITH");
FG_KW(return, "RETURN");
FG_KW(distinct, "DISTINCT");
FG_KW(as, "AS");
FG_KW(order, "ORDER");
FG_KW(by, "BY");
FG_KW(ascending, "ASCENDING");
FG_KW(asc, "ASC");
FG_KW(descending, "DESCENDING");
FG_KW(desc, "DESC");
FG_KW(skip, "SKIP");
FG_KW(limit, "LIMIT");
FG_KW(unwind, "UNWIND");
FG_KW(create, "CREATE");
FG_KW(and, "AND");
FG_KW(or, "OR");
FG_KW(xor, "XOR");
FG_KW(not, "NOT");
FG_KW(is, "IS");
FG_KW(null, "NULL");
FG_KW(true, "TRUE");
FG_KW(false, "FALSE");
FG_KW(in, "IN");
FG_KW(starts, "STARTS");
FG_KW(ends, "ENDS");
FG_KW(contains, "CONTAINS");
FG_KW(case, "CASE");
FG_KW(when, "WHEN");
FG_KW(then, "THEN");
FG_KW(else, "ELSE");
FG_KW(end, "END");
FG_KW(explain, "EXPLAIN");
FG_KW(profile, "PROFILE");
FG_KW(count, "COUNT");
FG_KW(all, "ALL");
FG_KW(any, "ANY");
FG_KW(none, "NONE");
FG_KW(single, "SINGLE");
#undef FG_KW

// Words that cannot name a variable without back-quotes.
struct reserved
    : keyword<sor<TAO_PEGTL_ISTRING("MATCH"), TAO_PEGTL_ISTRING("OPTIONAL"), TAO_PEGTL_ISTRING("WHERE"),
                  TAO_PEGTL_ISTRING("WITH"), TAO_PEGTL_ISTRING("RETURN"), TAO_PEGTL_ISTRING("DISTINCT"),
                  TAO_PEGTL_ISTRING("AS"), TAO_PEGTL_ISTRING("ORDER"), TAO_PEGTL_ISTRING("SKIP"),
                  TAO_PEGTL_ISTRING("LIMIT"), TAO_PEGTL_ISTRING("UNWIND"), TAO_PEGTL_ISTRING("CREATE"),
                  TAO_PEGTL_ISTRING("AND"), TAO_PEGTL_ISTRING("OR"), TAO_PEGTL_ISTRING("XOR"), TAO_PEGTL_ISTRING("NOT"),
                  TAO_PEGTL_ISTRING("IS"), TAO_PEGTL_ISTRING("NULL"), TAO_PEGTL_ISTRING("TRUE"),
                  TAO_PEGTL_ISTRING("FALSE"), TAO_PEGTL_ISTRING("IN"), TAO_PEGTL_ISTRING("STARTS"),
                  TAO_PEGTL_ISTRING("ENDS"), TAO_PEGTL_ISTRING("CONTAINS"), TAO_PEGTL_ISTRING("CASE"),
                  TAO_PEGTL_ISTRING("WHEN"), TAO_PEGTL_ISTRING("THEN"), TAO_PEGTL_ISTRING("ELSE"),
                  TAO_PEGTL_ISTRING("END"), TAO_PEGTL_ISTRING("UNION"), TAO_PEGTL_ISTRING("MERGE"),
                  TAO_PEGTL_ISTRING("DELETE"), TAO_PEGTL_ISTRING("DETACH"), TAO_PEGTL_ISTRING("SET"),
                  TAO_PEGTL_ISTRING("REMOVE"), TAO_PEGTL_ISTRING("CALL"), TAO_PEGTL_ISTRING("YIELD"),
                  TAO_PEGTL_ISTRING("FOREACH")>> {};

struct symbolic_name : sor<quoted_name, plain_name> {};
struct variable : tok<sor<quoted_name, seq<not_at<reserved>, plain_name>>> {};
struct label_name : tok<symbolic_name> {};
struct rel_type_name : tok<symbolic_name> {};
struct prop_key : tok<symbolic_name> {};
struct function_name : tok<seq<symbolic_name, star<one<'.'>, symbolic_name>>> {};

// ---------------------------------------------------------------- literals
struct hex_integer : seq<one<'0'>, one<'x', 'X'>, plus<xdigit>, not_at<ident_other>> {};
struct octal_integer : seq<one<'0'>, one<'o', 'O'>, plus<odigit>, not_at<ident_other>> {};
struct exponent : seq<one<'e', 'E'>, opt<one<'+', '-'>>, plus<digit>> {};
struct float_literal
    : seq<sor<seq<star<digit>, one<'.'>, plus<digit>, opt<exponent>>, seq<plus<digit>, exponent>>, not_at<ident_other>> {};
struct decimal_integer : seq<plus<digit>, not_at<ident_other>> {};
// A number immediately followed by letters ("1a", "0x1g") is a bad number literal, not two tokens.
struct bad_number : seq<digit, star<ident_other>> {};
struct number : tok<sor<hex_integer, octal_integer, float_literal, decimal_integer, bad_number>> {};

struct escape : seq<one<'\\'>, any> {};
struct sq_string : seq<one<'\''>, star<sor<escape, not_one<'\'', '\\'>>>, one<'\''>> {};
struct dq_string : seq<one<'"'>, star<sor<escape, not_one<'"', '\\'>>>, one<'"'>> {};
struct string_literal : tok<sor<sq_string, dq_string>> {};
struct true_literal : kw_true {};
struct false_literal : kw_false {};
struct null_literal : kw_null {};
struct parameter : tok<seq<one<'$'>, sor<symbolic_name, plus<digit>>>> {};

struct expression;
struct list_close : sym<']'> {};
struct list_literal : seq<sym<'['>, opt<list<expression, sym<','>>>, list_close> {};
struct map_close : sym<'}'> {};
struct map_entry : seq<prop_key, sym<':'>, expression> {};
struct map_literal : seq<sym<'{'>, opt<list<map_entry, sym<','>>>, map_close> {};

// ---------------------------------------------------------------- patterns
struct properties : sor<map_literal, parameter> {};
struct node_labels : plus<sym<':'>, label_name> {};
struct node_close : sym<')'> {};
struct node_pattern : seq<sym<'('>, opt<variable>, opt<node_labels>, opt<properties>, node_close> {};

struct range_low : tok<plus<digit>> {};
struct range_high : tok<plus<digit>> {};
struct range_dots : tok<two<'.'>> {};
struct var_length : seq<sym<'*'>, opt<range_low>, opt<range_dots, opt<range_high>>> {};
struct rel_types : seq<sym<':'>, rel_type_name, star<sym<'|'>, opt<sym<':'>>, rel_type_name>> {};
struct rel_close : sym<']'> {};
struct rel_detail : seq<sym<'['>, opt<variable>, opt<rel_types>, opt<var_length>, opt<properties>, rel_close> {};
struct arrow_left : tok<one<'<'>> {};
struct arrow_right : tok<one<'>'>> {};
struct dash : tok<one<'-'>> {};
struct rel_pattern : seq<opt<arrow_left>, dash, opt<rel_detail>, dash, opt<arrow_right>> {};
struct pattern_chain : seq<node_pattern, star<rel_pattern, node_pattern>> {};
struct path_assign : seq<variable, sym<'='>> {};
struct pattern_part : seq<opt<path_assign>, sor<pattern_chain, seq<sym<'('>, pattern_chain, sym<')'>>>> {};
struct pattern : list<pattern_part, sym<','>> {};

// ---------------------------------------------------------------- expressions (loosest first)
struct case_alt : seq<kw_when, expression, kw_then, expression> {};
struct case_else : seq<kw_else, expression> {};
struct case_subject : seq<expression> {};
struct case_expr : seq<kw_case, opt<not_at<kw_when>, case_subject>, plus<case_alt>, opt<case_else>, kw_end> {};
struct count_star : seq<kw_count, sym<'('>, sym<'*'>, sym<')'>> {};
struct comprehension_where : seq<kw_where, expression> {};
struct comprehension_map : seq<sym<'|'>, expression> {};
struct in_list : seq<variable, kw_in, expression> {};
struct list_comprehension
    : seq<sym<'['>, in_list, opt<comprehension_where>, opt<comprehension_map>, list_close> {};
struct pattern_comprehension
    : seq<sym<'['>, opt<path_assign>, pattern_chain, opt<comprehension_where>, sym<'|'>, expression, list_close> {};
struct quantifier_kind : sor<kw_all, kw_any, kw_none, kw_single> {};
struct quantifier : seq<quantifier_kind, sym<'('>, in_list, opt<comprehension_where>, sym<')'>> {};
struct distinct_flag : kw_distinct {};
struct call_close : sym<')'> {};
struct function_call : seq<function_name, sym<'('>, opt<distinct_flag>, opt<list<expression, sym<','>>>, call_close> {};
struct paren_close : sym<')'> {};
struct parenthesized : seq<sym<'('>, expression, paren_close> {};
struct pattern_predicate : seq<node_pattern, plus<rel_pattern, node_pattern>> {};
struct map_projection_item : sor<seq<sym<'.'>, sym<'*'>>, seq<sym<'.'>, prop_key>, seq<prop_key, sym<':'>, expression>, variable> {};
struct map_projection : seq<variable, sym<'{'>, opt<list<map_projection_item, sym<','>>>, map_close> {};
// "all(", "any(", "none(", "single(" open a quantifier and nothing else: if it does not parse, the
// text is not re-read as a function call or a variable, whose successful re-parses of the nested
// text would double the work per nesting level.
struct quantifier_head : seq<sor<kw_all, kw_any, kw_none, kw_single>, sym<'('>> {};  // not quantifier_kind: that one is a tree node
struct atom_alternatives
    : sor<number, string_literal, true_literal, false_literal, null_literal, parameter, case_expr, count_star,
          list_comprehension, pattern_comprehension, list_literal, map_literal,
          if_then_else<at<quantifier_head>, quantifier,
                       sor<pattern_predicate, parenthesized, map_projection, function_call, variable>>> {};
struct atom : packrat_atom<atom_alternatives, 1> {};

struct property_lookup : seq<sym<'.'>, prop_key> {};
struct slice_dots : tok<two<'.'>> {};
struct slice_from : seq<expression> {};
struct slice_to : seq<expression> {};
// The expression before ".." is parsed once whether it starts a slice or is the index: trying the
// slice first and the index second would parse nested subscripts twice per level (exponential time).
struct index_or_slice
    : seq<sym<'['>, sor<seq<slice_dots, opt<slice_to>>, seq<slice_from, opt<slice_dots, opt<slice_to>>>>, list_close> {};
struct label_predicate : node_labels {};
struct postfix_expr : seq<atom, star<sor<property_lookup, index_or_slice>>, opt<label_predicate>> {};

struct unary_op : sor<sym<'-'>, sym<'+'>> {};
struct unary_expr : seq<star<unary_op>, postfix_expr> {};
struct pow_op : sym<'^'> {};
struct power_expr : seq<unary_expr, star<pow_op, unary_expr>> {};
struct mul_op : sor<sym<'*'>, sym<'/'>, sym<'%'>> {};
struct mul_expr : seq<power_expr, star<mul_op, power_expr>> {};
struct add_op : sor<sym<'+'>, sym<'-'>> {};
struct add_expr : seq<mul_expr, star<add_op, mul_expr>> {};

struct is_null_op : seq<kw_is, kw_null> {};
struct is_not_null_op : seq<kw_is, kw_not, kw_null> {};
struct in_op : kw_in {};
struct starts_with_op : seq<kw_starts, kw_with> {};
struct ends_with_op : seq<kw_ends, kw_with> {};
struct contains_op : kw_contains {};
struct predicate_suffix
    : sor<is_null_op, is_not_null_op, seq<sor<in_op, starts_with_op, ends_with_op, contains_op>, add_expr>> {};
struct predicate_expr : seq<add_expr, star<predicate_suffix>> {};

struct comparison_op
    : sor<tok<TAO_PEGTL_STRING("<>")>, tok<TAO_PEGTL_STRING("<=")>, tok<TAO_PEGTL_STRING(">=")>,
          tok<TAO_PEGTL_STRING("=~")>, sym<'='>, sym<'<'>, sym<'>'>> {};
struct comparison_expr : seq<predicate_expr, star<comparison_op, predicate_expr>> {};
struct not_op : kw_not {};
struct not_expr : seq<star<not_op>, comparison_expr> {};
struct and_expr : list<not_expr, kw_and> {};
struct xor_expr : list<and_expr, kw_xor> {};
struct or_expr : list<xor_expr, kw_or> {};
struct expression : remember_failures<or_expr, 0> {};

// ---------------------------------------------------------------- clauses
struct where_clause : seq<kw_where, expression> {};
struct optional_flag : kw_optional {};
struct match_clause : seq<opt<optional_flag>, kw_match, pattern, opt<where_clause>> {};
struct unwind_clause : seq<kw_unwind, expression, kw_as, variable> {};
struct create_clause : seq<kw_create, pattern> {};

struct alias : seq<kw_as, variable> {};
struct projection_item : seq<expression, opt<alias>> {};
struct star_item : sym<'*'> {};
struct projection_items
    : sor<seq<star_item, star<sym<','>, projection_item>>, list<projection_item, sym<','>>> {};
struct sort_desc : sor<kw_descending, kw_desc> {};
struct sort_asc : sor<kw_ascending, kw_asc> {};
struct sort_item : seq<expression, opt<sor<sort_desc, sort_asc>>> {};
struct order_by : seq<kw_order, kw_by, list<sort_item, sym<','>>> {};
struct skip_part : seq<kw_skip, expression> {};
struct limit_part : seq<kw_limit, expression> {};
struct projection_body
    : seq<opt<distinct_flag>, projection_items, opt<order_by>, opt<skip_part>, opt<limit_part>> {};
struct with_clause : seq<kw_with, projection_body, opt<where_clause>> {};
struct return_clause : seq<kw_return, projection_body> {};

// Clauses of openCypher we do not run: recognised so the error names them.
struct unsupported_word
    : keyword<sor<TAO_PEGTL_ISTRING("UNION"), TAO_PEGTL_ISTRING("MERGE"), TAO_PEGTL_ISTRING("DETACH"),
                  TAO_PEGTL_ISTRING("DELETE"), TAO_PEGTL_ISTRING("SET"), TAO_PEGTL_ISTRING("REMOVE"),
                  TAO_PEGTL_ISTRING("CALL"), TAO_PEGTL_ISTRING("FOREACH"), TAO_PEGTL_ISTRING("LOAD"),
                  TAO_PEGTL_ISTRING("USE"), TAO_PEGTL_ISTRING("SHOW"), TAO_PEGTL_ISTRING("START")>> {};
struct unsupported_clause : seq<unsupported_word, until<eof>> {};

struct clause : sor<match_clause, unwind_clause, with_clause, return_clause, create_clause, unsupported_clause> {};
struct explain_flag : kw_explain {};
struct profile_flag : kw_profile {};
struct statement_end : seq<opt<sym<';'>>, eof> {};
struct statement : seq<ws, opt<sor<explain_flag, profile_flag>>, plus<clause>, statement_end> {};

}  // namespace fg::query::grammar
