//===- FStringCheck.cpp - CPython 3.11's f-string lexical rules ----------===//
//
// See FStringCheck.h.
//
//===----------------------------------------------------------------------===//
#include "pyctl/AST/FStringCheck.h"

#include <cctype>
#include <vector>

namespace pyctl {
namespace {

/// 3.11's tokenizer: the end (one past the closing quote) of the string
/// literal whose opening quote is at \p Q; npos when no closing quote.
size_t stringTokenEnd(const std::string &T, size_t Q) {
  char C = T[Q];
  size_t QuoteLen = T.compare(Q, 3, std::string(3, C)) == 0 ? 3 : 1;
  size_t I = Q + QuoteLen;
  while (I < T.size()) {
    if (T[I] == '\\') {
      I += 2;
      continue;
    }
    if (QuoteLen == 1 && T[I] == '\n')
      return std::string::npos;
    if (T.compare(I, QuoteLen, std::string(QuoteLen, C)) == 0)
      return I + QuoteLen;
    ++I;
  }
  return std::string::npos;
}

/// The body of one f-string split as 3.11's string_parser.c does.
struct BodyScanner {
  const std::string &S;
  size_t I = 0;
  std::string Err;
  /// Body offsets of the '=' that starts a format spec (`{x:=10}`).
  std::vector<size_t> EqualsSpecs;

  bool fail(const std::string &M) {
    if (Err.empty())
      Err = M;
    return false;
  }

  /// Literal text up to a replacement field; inside a format spec (\p Level
  /// above 0) a single '}' ends it. \p Level: 0 for the f-string's body, N for a format spec of a field
  /// at level N - 1 (CPython's recurse_lvl).
  bool literal(int Level) {
    bool Spec = Level > 0;
    while (I < S.size()) {
      char C = S[I];
      if (C == '{') {
        if (!Spec && I + 1 < S.size() && S[I + 1] == '{') {
          I += 2;
          continue;
        }
        ++I;
        if (!expr(Level))
          return false;
        continue;
      }
      if (C == '}') {
        if (Spec)
          return true;
        if (I + 1 < S.size() && S[I + 1] == '}') {
          I += 2;
          continue;
        }
        return fail("f-string: single '}' is not allowed");
      }
      ++I;
    }
    return true;
  }

  /// One replacement field, after its '{', at \p Level: 0 in the body, 1 in
  /// a format spec. A field in the spec of a nested field (level 2) is
  /// CPython's "expressions nested too deeply"; a nested field's own spec
  /// without fields is fine (`f"{x:{w:3}}"`).
  bool expr(int Level) {
    if (Level >= 2)
      return fail("f-string: expressions nested too deeply");
    size_t Start = I;
    char Quote = 0;
    size_t QuoteLen = 0;
    std::vector<char> Parens;
    for (; I < S.size(); ++I) {
      char C = S[I];
      if (C == '\\')
        return fail("f-string expression part cannot include a backslash");
      if (Quote) {
        if (C == Quote && S.compare(I, QuoteLen, std::string(QuoteLen, Quote)) == 0) {
          I += QuoteLen - 1;
          Quote = 0;
        }
        continue;
      }
      if (C == '\'' || C == '"') {
        Quote = C;
        QuoteLen = S.compare(I, 3, std::string(3, C)) == 0 ? 3 : 1;
        I += QuoteLen - 1;
        continue;
      }
      if (C == '[' || C == '(' || C == '{') {
        if (Parens.size() >= 200)
          return fail("f-string: too many nested parenthesis");
        Parens.push_back(C);
        continue;
      }
      if (C == '#')
        return fail("f-string expression part cannot include '#'");
      if (Parens.empty() && (C == '!' || C == ':' || C == '}' || C == '=' || C == '<' || C == '>')) {
        char N = I + 1 < S.size() ? S[I + 1] : 0;
        if (N == '=' && (C == '!' || C == '=' || C == '<' || C == '>')) {
          ++I;
          continue;
        }
        if (C == '<' || C == '>')
          continue;
        break;
      }
      if (C == ']' || C == ')' || C == '}') {
        if (Parens.empty())
          return fail(std::string("f-string: unmatched '") + C + "'");
        char O = Parens.back();
        Parens.pop_back();
        if (!((O == '(' && C == ')') || (O == '[' && C == ']') || (O == '{' && C == '}')))
          return fail(std::string("f-string: closing parenthesis '") + C +
                      "' does not match opening parenthesis '" + O + "'");
      }
    }
    if (Quote)
      return fail("f-string: unterminated string");
    if (!Parens.empty())
      return fail(std::string("f-string: unmatched '") + Parens.back() + "'");
    if (I >= S.size())
      return fail("f-string: expecting '}'");
    bool Empty = true;
    for (size_t K = Start; K < I; ++K)
      if (!std::isspace(static_cast<unsigned char>(S[K])))
        Empty = false;
    if (Empty)
      return fail("f-string: empty expression not allowed");
    if (S[I] == '=') // the '=' specifier: optional whitespace follows
      for (++I; I < S.size() && std::isspace(static_cast<unsigned char>(S[I]));)
        ++I;
    if (I < S.size() && S[I] == '!') {
      I += 2; // the conversion character (its validity is the parser's)
      if (I > S.size())
        return fail("f-string: expecting '}'");
    }
    if (I < S.size() && S[I] == ':') {
      ++I;
      if (I < S.size() && S[I] == '=')
        EqualsSpecs.push_back(I);
      if (!literal(Level + 1))
        return false;
    }
    if (I >= S.size() || S[I] != '}')
      return fail("f-string: expecting '}'");
    ++I;
    return true;
  }
};

bool isStringPrefixChar(char C) {
  switch (C | 0x20) {
  case 'r': case 'b': case 'u': case 'f':
    return true;
  default:
    return false;
  }
}

} // namespace

std::vector<size_t> fstringEqualsSpecs(const std::string &Text, uint32_t Begin) {
  size_t Q = Text.find_first_of("'\"", Begin);
  if (Q == std::string::npos)
    return {};
  size_t End = stringTokenEnd(Text, Q);
  if (End == std::string::npos)
    return {};
  size_t QuoteLen = End - Q >= 6 && Text.compare(Q, 3, std::string(3, Text[Q])) == 0 ? 3 : 1;
  std::string Body = Text.substr(Q + QuoteLen, End - QuoteLen - Q - QuoteLen);
  BodyScanner B{Body, 0, std::string(), {}};
  B.literal(/*Level=*/0);
  std::vector<size_t> Out;
  for (size_t At : B.EqualsSpecs)
    Out.push_back(Q + QuoteLen + At);
  return Out;
}

std::optional<FStringProblem> checkFString311(const std::string &Text, uint32_t Begin, uint32_t ConcatEnd) {
  size_t Q = Text.find_first_of("'\"", Begin);
  if (Q == std::string::npos)
    return std::nullopt;
  size_t End = stringTokenEnd(Text, Q);
  if (End == std::string::npos)
    return std::nullopt; // left to the parser's own errors
  size_t QuoteLen = End - Q >= 6 && Text.compare(Q, 3, std::string(3, Text[Q])) == 0 ? 3 : 1;
  // (3.11 forbids backslashes in the expression parts of raw f-strings too.)
  std::string Body = Text.substr(Q + QuoteLen, End - QuoteLen - Q - QuoteLen);
  BodyScanner B{Body, 0, std::string(), {}};
  if (B.literal(/*Level=*/0) && B.Err.empty())
    return std::nullopt;
  // The location: the token after the run of string literals 3.11 reads.
  size_t P = End;
  while (true) {
    while (P < Text.size() && (Text[P] == ' ' || Text[P] == '\t' || Text[P] == '\f' ||
                               (P < ConcatEnd && (Text[P] == '\n' || Text[P] == '\r' || Text[P] == '\\'))))
      ++P;
    size_t S = P;
    while (S < Text.size() && S - P < 2 && isStringPrefixChar(Text[S]))
      ++S;
    if (S >= Text.size() || (Text[S] != '\'' && Text[S] != '"'))
      break;
    size_t E = stringTokenEnd(Text, S);
    if (E == std::string::npos)
      break;
    P = E;
  }
  return FStringProblem{uint32_t(P), B.Err};
}

} // namespace pyctl
