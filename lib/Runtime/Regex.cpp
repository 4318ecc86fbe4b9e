//===- Regex.cpp - A backtracking engine for a subset of Python's re ------===//
#include "pyctl/Runtime/Regex.h"

#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Unicode.h"

#include <algorithm>
#include <functional>

namespace pyctl::regex {

bool isWordChar(char32_t C) {
  using namespace unicode;
  return C == U'_' || isAlpha(C) || isDecimal(C) || isDigit(C) || isNumeric(C);
}

namespace {

#include "RegexIgnoreCase.inc"

/// sre's flag bits (re.IGNORECASE, ...).
constexpr unsigned FlagI = 2, FlagL = 4, FlagM = 8, FlagS = 16, FlagU = 32, FlagX = 64, FlagA = 256;
constexpr unsigned TypeFlags = FlagA | FlagL | FlagU;
constexpr unsigned SupportedFlags = FlagI | FlagM | FlagS | FlagU | FlagX | FlagA;

/// The pattern characters that match \p C under re.IGNORECASE with \p Flags:
/// K(C) of utils/gen_regex_ignorecase.py for Unicode patterns, C and its
/// other ASCII case for re.ASCII ones. Calls \p Fn on each until it is true.
template <typename F> bool anyCaseVariant(char32_t C, unsigned Flags, F Fn) {
  if (Flags & FlagU) {
    const char32_t *End = k_caseKeys + sizeof(k_caseKeys) / sizeof(k_caseKeys[0]);
    const char32_t *It = std::lower_bound(k_caseKeys, End, C);
    if (It == End || *It != C)
      return Fn(C);
    size_t I = It - k_caseKeys;
    for (size_t J = k_caseStart[I]; J < k_caseStart[I + 1]; ++J)
      if (Fn(k_casePool[J])) return true;
    return false;
  }
  if (Fn(C)) return true;
  if (C >= U'a' && C <= U'z') return Fn(C - 32);
  if (C >= U'A' && C <= U'Z') return Fn(C + 32);
  return false;
}

bool isASCIIWord(char32_t C) {
  return C == U'_' || (C >= U'0' && C <= U'9') || (C >= U'a' && C <= U'z') || (C >= U'A' && C <= U'Z');
}

/// \\w (or \\b's word test) under \p Flags: Unicode unless re.ASCII.
bool wordChar(char32_t C, unsigned Flags) { return (Flags & FlagU) ? isWordChar(C) : isASCIIWord(C); }

enum class NodeKind { Char, Any, Class, Begin, End, StrBegin, StrEnd, Boundary, NonBoundary, Group, Alt, Concat, Repeat };

/// A class category: \d \D \s \S \w \W.
enum class Category { Digit, NotDigit, Space, NotSpace, Word, NotWord };

bool inCategory(Category K, char32_t C, unsigned Flags) {
  if (!(Flags & FlagU)) { // re.ASCII: sre's ASCII categories
    bool Digit = C >= U'0' && C <= U'9';
    bool Space = C == U' ' || (C >= 9 && C <= 13);
    switch (K) {
    case Category::Digit: return Digit;
    case Category::NotDigit: return !Digit;
    case Category::Space: return Space;
    case Category::NotSpace: return !Space;
    case Category::Word: return isASCIIWord(C);
    case Category::NotWord: return !isASCIIWord(C);
    }
  }
  switch (K) {
  case Category::Digit: return unicode::isDecimal(C);
  case Category::NotDigit: return !unicode::isDecimal(C);
  case Category::Space: return unicode::isSpace(C);
  case Category::NotSpace: return !unicode::isSpace(C);
  case Category::Word: return isWordChar(C);
  case Category::NotWord: return !isWordChar(C);
  }
  return false;
}

[[noreturn]] void refuse(const std::string &What) { throw UnsupportedError("re: " + What); }

} // namespace

struct Node {
  NodeKind Kind;
  char32_t Ch = 0;                                   // Char
  std::vector<std::pair<char32_t, char32_t>> Ranges; // Class
  std::vector<Category> Cats;                        // Class
  bool Negate = false;                               // Class
  size_t Group = 0;                                  // Group
  std::vector<std::unique_ptr<Node>> Kids;           // Group (1), Alt, Concat, Repeat (1)
  size_t Min = 0, Max = 0;                           // Repeat
  bool Greedy = true;                                // Repeat
  unsigned Flags = 0; // The sre flags in force where the node is (Char, Any, Class, anchors).

  explicit Node(NodeKind K) : Kind(K) {}

  /// Matches one character (Char, Any, Class).
  bool single() const { return Kind == NodeKind::Char || Kind == NodeKind::Any || Kind == NodeKind::Class; }
  bool matchesChar(char32_t C) const {
    // Under re.IGNORECASE a pattern character y matches C when y is one of
    // C's case variants (anyCaseVariant); sre tests set categories on
    // lower(C), which gives the same answer as C (checked by the generator).
    bool Fold = Flags & FlagI;
    switch (Kind) {
    case NodeKind::Char:
      if (Fold) return anyCaseVariant(C, Flags, [&](char32_t Y) { return Y == Ch; });
      return C == Ch;
    case NodeKind::Any: return (Flags & FlagS) || C != U'\n';
    default: break;
    }
    auto inRanges = [&](char32_t Y) {
      for (auto &R : Ranges)
        if (Y >= R.first && Y <= R.second) return true;
      return false;
    };
    bool Hit = Fold ? anyCaseVariant(C, Flags, inRanges) : inRanges(C);
    if (!Hit)
      for (Category K : Cats)
        if (inCategory(K, C, Flags)) { Hit = true; break; }
    return Hit != Negate;
  }
  bool nullable() const {
    switch (Kind) {
    case NodeKind::Char: case NodeKind::Any: case NodeKind::Class: return false;
    case NodeKind::Group: return Kids[0]->nullable();
    case NodeKind::Repeat: return Min == 0 || Kids[0]->nullable();
    case NodeKind::Alt:
      for (auto &K : Kids) if (K->nullable()) return true;
      return false;
    case NodeKind::Concat:
      for (auto &K : Kids) if (!K->nullable()) return false;
      return true;
    default: return true; // anchors
    }
  }
  bool hasGroup() const {
    if (Kind == NodeKind::Group) return true;
    for (auto &K : Kids) if (K->hasGroup()) return true;
    return false;
  }
};

/// sre_parse for the supported subset.
class Parser {
public:
  Parser(std::u32string Src, Pattern &P, unsigned Flags) : S(std::move(Src)), P(P) {
    P.Flags = Flags;
    Cur = fixed(Flags);
  }

  std::unique_ptr<Node> parseAll() {
    auto N = parseAlt(/*Top=*/true);
    if (I < S.size()) // a ')' without '('
      refuse("invalid pattern (unbalanced parenthesis)");
    // sre_parse.fix_flags for a str pattern.
    if (P.Flags & FlagL)
      refuse("invalid pattern (the LOCALE flag with a str pattern)");
    if ((P.Flags & FlagA) && (P.Flags & FlagU))
      refuse("invalid pattern (ASCII and UNICODE flags are incompatible)");
    P.Flags = fixed(P.Flags);
    return N;
  }

private:
  std::u32string S;
  Pattern &P;
  size_t I = 0;
  int Depth = 0;
  /// The flags in force at the parse position: the pattern's (with
  /// re.UNICODE unless re.ASCII) changed by enclosing `(?flags:...)` groups.
  unsigned Cur = 0;

  static unsigned fixed(unsigned F) { return (F & FlagA) ? F : (F | FlagU); }

  /// A node of kind \p K carrying the flags in force here.
  std::unique_ptr<Node> mk(NodeKind K) {
    auto N = std::make_unique<Node>(K);
    N->Flags = Cur;
    return N;
  }

  /// sre's charset and literal handling under re.IGNORECASE differs for
  /// characters outside the BMP (they are not lowercased in sets): refused.
  void checkFoldable(char32_t C) {
    if ((Cur & FlagI) && C > 0xFFFF)
      refuse("a character outside the BMP under re.IGNORECASE");
  }

  bool atEnd() const { return I >= S.size(); }
  char32_t peek() const { return I < S.size() ? S[I] : 0; }

  std::unique_ptr<Node> parseAlt(bool Top = false) {
    if (++Depth > 100)
      refuse("pattern nested too deeply");
    auto First = parseSeq(Top);
    if (peek() != U'|') { --Depth; return First; }
    auto A = std::make_unique<Node>(NodeKind::Alt);
    A->Kids.push_back(std::move(First));
    while (peek() == U'|') {
      ++I;
      A->Kids.push_back(parseSeq(false));
    }
    --Depth;
    return A;
  }

  static bool isDigit(char32_t C) { return C >= U'0' && C <= U'9'; }

  /// After `{` at position I-1: a quantifier {m}, {m,}, {,n}, {m,n}, {,} per
  /// sre_parse; false (and I unchanged) when it is a literal '{'.
  bool quantifierBraces(size_t &Min, size_t &Max) {
    size_t Here = I;
    if (peek() == U'}') return false;
    std::u32string Lo, Hi;
    while (isDigit(peek())) Lo += S[I++];
    bool Comma = false;
    if (peek() == U',') {
      Comma = true;
      ++I;
      while (isDigit(peek())) Hi += S[I++];
    } else
      Hi = Lo;
    if (peek() != U'}') { I = Here; return false; }
    ++I;
    auto Num = [](const std::u32string &D) -> size_t {
      if (D.size() > 5) refuse("repeat count too large");
      size_t V = 0;
      for (char32_t C : D) V = V * 10 + (C - U'0');
      return V;
    };
    Min = Lo.empty() ? 0 : Num(Lo);
    Max = Hi.empty() ? (size_t)-1 : Num(Hi);
    (void)Comma;
    if (Max != (size_t)-1 && Max < Min)
      refuse("invalid pattern (min repeat greater than max repeat)");
    if (Min > 10000 || (Max != (size_t)-1 && Max > 10000))
      refuse("repeat count too large");
    return true;
  }

  /// Under re.VERBOSE: skips whitespace and `#` comments (sre_parse does so
  /// before each item, quantifiers included, but not inside sets, escapes
  /// or `{m,n}`).
  void skipVerbose() {
    if (!(Cur & FlagX)) return;
    while (!atEnd()) {
      char32_t C = S[I];
      if (C == U' ' || (C >= 9 && C <= 13)) { ++I; continue; }
      if (C == U'#') {
        while (!atEnd() && S[I] != U'\n') ++I;
        continue;
      }
      break;
    }
  }

  /// One branch; \p First: the first branch of the whole pattern, where
  /// global flags `(?i)` may stand before any item.
  std::unique_ptr<Node> parseSeq(bool First) {
    auto Seq = std::make_unique<Node>(NodeKind::Concat);
    while (true) {
      skipVerbose();
      if (atEnd() || peek() == U'|' || peek() == U')') break;
      char32_t C = S[I++];
      size_t Min = 0, Max = 0;
      bool IsRepeat = false;
      if (C == U'*') { IsRepeat = true; Min = 0; Max = (size_t)-1; }
      else if (C == U'+') { IsRepeat = true; Min = 1; Max = (size_t)-1; }
      else if (C == U'?') { IsRepeat = true; Min = 0; Max = 1; }
      else if (C == U'{') {
        if (quantifierBraces(Min, Max)) IsRepeat = true;
        else { auto L = mk(NodeKind::Char); L->Ch = U'{'; Seq->Kids.push_back(std::move(L)); continue; }
      }
      if (IsRepeat) {
        if (Seq->Kids.empty())
          refuse("invalid pattern (nothing to repeat)");
        Node *Last = Seq->Kids.back().get();
        if (Last->Kind == NodeKind::Repeat)
          refuse("invalid pattern (multiple repeat)");
        if (!(Last->single() || Last->Kind == NodeKind::Group || Last->Kind == NodeKind::Concat || Last->Kind == NodeKind::Alt))
          refuse("invalid pattern (nothing to repeat)");
        bool Greedy = true;
        if (peek() == U'?') { ++I; Greedy = false; }
        else if (peek() == U'+') refuse("possessive repeat");
        if (Last->nullable() && Last->hasGroup())
          refuse("a repeated group that can match the empty string");
        auto R = std::make_unique<Node>(NodeKind::Repeat);
        R->Min = Min; R->Max = Max; R->Greedy = Greedy;
        R->Kids.push_back(std::move(Seq->Kids.back()));
        Seq->Kids.back() = std::move(R);
        continue;
      }
      if (auto A = parseAtom(C, First && Seq->Kids.empty()))
        Seq->Kids.push_back(std::move(A));
    }
    return Seq;
  }

  static int hexValue(char32_t C) {
    if (C >= U'0' && C <= U'9') return C - U'0';
    if (C >= U'a' && C <= U'f') return C - U'a' + 10;
    if (C >= U'A' && C <= U'F') return C - U'A' + 10;
    return -1;
  }

  char32_t hexEscape(size_t Digits) {
    uint32_t V = 0;
    for (size_t K = 0; K < Digits; ++K) {
      int H = hexValue(peek());
      if (atEnd() || H < 0) refuse("invalid pattern (incomplete escape)");
      V = V * 16 + H;
      ++I;
    }
    if (V > 0x10FFFF) refuse("invalid pattern (bad escape)");
    return V;
  }

  /// The escapes that denote one character in and outside sets; 0 = none.
  bool charEscape(char32_t C, bool InClass, char32_t &Out) {
    switch (C) {
    case U'a': Out = 7; return true;
    case U'f': Out = 12; return true;
    case U'n': Out = 10; return true;
    case U'r': Out = 13; return true;
    case U't': Out = 9; return true;
    case U'v': Out = 11; return true;
    case U'\\': Out = U'\\'; return true;
    case U'b': if (InClass) { Out = 8; return true; } return false;
    case U'x': Out = hexEscape(2); return true;
    case U'u': Out = hexEscape(4); return true;
    case U'U': Out = hexEscape(8); return true;
    default: return false;
    }
  }

  static bool category(char32_t C, Category &K) {
    switch (C) {
    case U'd': K = Category::Digit; return true;
    case U'D': K = Category::NotDigit; return true;
    case U's': K = Category::Space; return true;
    case U'S': K = Category::NotSpace; return true;
    case U'w': K = Category::Word; return true;
    case U'W': K = Category::NotWord; return true;
    default: return false;
    }
  }

  static bool isASCIIAlnum(char32_t C) {
    return (C >= U'0' && C <= U'9') || (C >= U'a' && C <= U'z') || (C >= U'A' && C <= U'Z');
  }

  /// One item starting with \p C; null for global flags, allowed only
  /// \p AtStart.
  std::unique_ptr<Node> parseAtom(char32_t C, bool AtStart) {
    switch (C) {
    case U'.': return mk(NodeKind::Any);
    case U'^': return mk(NodeKind::Begin);
    case U'$': return mk(NodeKind::End);
    case U'[': return parseClass();
    case U'(': return parseGroup(AtStart);
    case U'\\': {
      if (atEnd()) refuse("invalid pattern (bad escape (end of pattern))");
      char32_t E = S[I++];
      switch (E) {
      case U'A': return mk(NodeKind::StrBegin);
      case U'Z': return mk(NodeKind::StrEnd);
      case U'b': return mk(NodeKind::Boundary);
      case U'B': return mk(NodeKind::NonBoundary);
      default: break;
      }
      Category K;
      if (category(E, K)) {
        auto N = mk(NodeKind::Class);
        N->Cats.push_back(K);
        return N;
      }
      char32_t Ch;
      if (charEscape(E, false, Ch)) {
        checkFoldable(Ch);
        auto N = mk(NodeKind::Char);
        N->Ch = Ch;
        return N;
      }
      if (E >= U'0' && E <= U'9')
        refuse("backreferences and octal escapes");
      if (E == U'N')
        refuse("\\N{...} escapes");
      if (isASCIIAlnum(E))
        refuse("invalid pattern (bad escape \\" + std::string(1, (char)E) + ")");
      checkFoldable(E);
      auto N = mk(NodeKind::Char);
      N->Ch = E;
      return N;
    }
    default: {
      checkFoldable(C);
      auto N = mk(NodeKind::Char);
      N->Ch = C;
      return N;
    }
    }
  }

  static bool flagBit(char32_t C, unsigned &Bit) {
    switch (C) {
    case U'i': Bit = FlagI; return true;
    case U'm': Bit = FlagM; return true;
    case U's': Bit = FlagS; return true;
    case U'x': Bit = FlagX; return true;
    case U'a': Bit = FlagA; return true;
    case U'u': Bit = FlagU; return true;
    default: return false;
    }
  }

  /// sre_parse._parse_flags after `(?`: `(?aimsux)` (global: true) or
  /// `(?aimsux-imsx:` (scoped: \p Add, \p Del). 'L' (an error for str
  /// patterns) and 't' (deprecated TEMPLATE) are refused, as is every
  /// invalid form.
  bool parseFlags(unsigned &Add, unsigned &Del) {
    Add = Del = 0;
    auto bad = [] { refuse("invalid pattern (bad inline flags)"); };
    unsigned Bit = 0;
    if (peek() != U'-') {
      while (true) {
        if (atEnd() || !flagBit(peek(), Bit)) bad();
        ++I;
        Add |= Bit;
        if ((Bit & TypeFlags) && (Add & TypeFlags) != Bit) bad();
        if (atEnd()) bad();
        char32_t C = peek();
        if (C == U')' || C == U'-' || C == U':') break;
      }
    }
    if (peek() == U')') { ++I; return true; }
    if (peek() == U'-') {
      ++I;
      if (atEnd() || !flagBit(peek(), Bit)) bad();
      while (true) {
        if (!flagBit(peek(), Bit) || (Bit & TypeFlags)) bad();
        ++I;
        Del |= Bit;
        if (atEnd()) bad();
        if (peek() == U':') break;
      }
    }
    ++I; // ':'
    if (Add & Del) bad();
    return false;
  }

  std::unique_ptr<Node> parseGroup(bool AtStart) {
    size_t Index = 0;
    bool Capturing = true;
    unsigned Saved = Cur;
    if (peek() == U'?') {
      ++I;
      char32_t K = peek();
      unsigned Bit;
      if (K == U':') { ++I; Capturing = false; }
      else if (flagBit(K, Bit) || K == U'-') {
        unsigned Add, Del;
        if (parseFlags(Add, Del)) {
          if (!AtStart)
            refuse("invalid pattern (global flags not at the start of the expression)");
          P.Flags |= Add;
          Cur = fixed(P.Flags);
          return nullptr;
        }
        // sre_compile._combine_flags for the group's contents.
        unsigned F = Cur;
        if (Add & TypeFlags) F &= ~TypeFlags;
        Cur = (F | Add) & ~Del;
        Capturing = false;
      }
      else if (K == U'P' && I + 1 < S.size() && S[I + 1] == U'<') {
        I += 2;
        std::string Name;
        while (!atEnd() && peek() != U'>') {
          char32_t N = S[I++];
          bool OK = N == U'_' || (N >= U'a' && N <= U'z') || (N >= U'A' && N <= U'Z') ||
                    (!Name.empty() && N >= U'0' && N <= U'9');
          if (!OK) refuse("group name other than an ASCII identifier");
          Name += (char)N;
        }
        if (atEnd() || Name.empty()) refuse("invalid pattern (bad group name)");
        ++I;
        if (P.groupIndex(Name)) refuse("invalid pattern (redefinition of group name)");
        Index = ++P.Groups;
        P.Names.emplace_back(Name, Index);
      } else if (K == U'P' && I + 1 < S.size() && S[I + 1] == U'=')
        refuse("named backreferences (?P=name)");
      else if (K == U'=' || K == U'!')
        refuse("lookahead assertions");
      else if (K == U'<')
        refuse("lookbehind assertions");
      else if (K == U'#')
        refuse("comments (?#...)");
      else if (K == U'(')
        refuse("conditional groups");
      else if (K == U'>')
        refuse("atomic groups");
      else
        refuse("inline flags and other (?...) extensions");
    } else
      Index = ++P.Groups;
    auto Inner = parseAlt();
    Cur = Saved;
    if (peek() != U')') refuse("invalid pattern (missing ), unterminated subpattern)");
    ++I;
    if (!Capturing) {
      // A non-capturing group is its contents; keep it a Concat so that a
      // following repeat applies to the whole.
      if (Inner->Kind == NodeKind::Concat || Inner->Kind == NodeKind::Alt) return Inner;
      auto C = std::make_unique<Node>(NodeKind::Concat);
      C->Kids.push_back(std::move(Inner));
      return C;
    }
    auto G = std::make_unique<Node>(NodeKind::Group);
    G->Group = Index;
    G->Kids.push_back(std::move(Inner));
    return G;
  }

  std::unique_ptr<Node> parseClass() {
    auto N = mk(NodeKind::Class);
    if (peek() == U'[') refuse("nested sets");
    if (peek() == U'^') { ++I; N->Negate = true; }
    bool Empty = true;
    // One class item: a character (IsChar) or a category.
    auto item = [&](char32_t C, bool &IsChar, char32_t &Ch, Category &K) {
      IsChar = true;
      if (C == U'\\') {
        if (atEnd()) refuse("invalid pattern (unterminated character set)");
        char32_t E = S[I++];
        if (category(E, K)) { IsChar = false; return; }
        if (charEscape(E, true, Ch)) return;
        if (E >= U'0' && E <= U'9') refuse("octal escapes");
        if (E == U'N') refuse("\\N{...} escapes");
        if (isASCIIAlnum(E)) refuse("invalid pattern (bad escape in a set)");
        Ch = E;
        return;
      }
      if (C == U'[') refuse("'[' inside a set");
      if (!Empty && (C == U'-' || C == U'&' || C == U'~' || C == U'|') && peek() == C)
        refuse("set operations CPython warns about");
      Ch = C;
    };
    while (true) {
      if (atEnd()) refuse("invalid pattern (unterminated character set)");
      char32_t C = S[I++];
      if (C == U']' && !Empty) break;
      bool IsChar; char32_t Ch = 0; Category K = Category::Digit;
      item(C, IsChar, Ch, K);
      Empty = false;
      if (peek() == U'-') {
        ++I;
        if (atEnd()) refuse("invalid pattern (unterminated character set)");
        char32_t T = S[I++];
        if (T == U']') {
          if (IsChar) checkFoldable(Ch);
          if (IsChar) N->Ranges.emplace_back(Ch, Ch); else N->Cats.push_back(K);
          N->Ranges.emplace_back(U'-', U'-');
          break;
        }
        if (T == U'-') refuse("set operations CPython warns about");
        bool IsChar2; char32_t Ch2 = 0; Category K2;
        item(T, IsChar2, Ch2, K2);
        if (!IsChar || !IsChar2 || Ch2 < Ch) refuse("invalid pattern (bad character range)");
        checkFoldable(Ch2);
        N->Ranges.emplace_back(Ch, Ch2);
        continue;
      }
      if (IsChar) checkFoldable(Ch);
      if (IsChar) N->Ranges.emplace_back(Ch, Ch); else N->Cats.push_back(K);
    }
    return N;
  }
};

std::shared_ptr<const Pattern> Pattern::compile(std::string_view Source, unsigned Flags) {
  if (Flags & ~SupportedFlags)
    refuse("flags other than re.IGNORECASE, re.MULTILINE, re.DOTALL, re.VERBOSE, re.ASCII, re.UNICODE");
  std::shared_ptr<Pattern> P(new Pattern());
  Parser Ps(unicode::decode(Source), *P, Flags);
  P->Root = Ps.parseAll();
  return P;
}

Pattern::~Pattern() = default;

size_t Pattern::groupIndex(std::string_view Name) const {
  for (auto &N : Names)
    if (N.first == Name) return N.second;
  return 0;
}

namespace {

constexpr size_t MaxSteps = 2000000;
constexpr size_t MaxDepth = 20000;

using Cont = std::function<bool(size_t)>;

/// One matching attempt over a subject.
struct Matcher {
  const std::u32string &S;
  Captures &Caps;
  size_t Steps = 0;
  size_t Depth = 0;

  struct DepthGuard {
    size_t &D;
    explicit DepthGuard(size_t &D) : D(D) {
      if (++D > MaxDepth) refuse("matching recursed too deeply for pyctl's engine");
    }
    ~DepthGuard() { --D; }
  };

  bool boundary(size_t Pos, unsigned Flags) const {
    bool That = Pos > 0 && wordChar(S[Pos - 1], Flags);
    return That != (Pos < S.size() && wordChar(S[Pos], Flags));
  }

  bool m(const Node &N, size_t Pos, const Cont &K) {
    if (++Steps > MaxSteps) refuse("matching took too many steps for pyctl's engine");
    DepthGuard G(Depth);
    size_t Len = S.size();
    switch (N.Kind) {
    case NodeKind::Char: case NodeKind::Any: case NodeKind::Class:
      return Pos < Len && N.matchesChar(S[Pos]) && K(Pos + 1);
    case NodeKind::Begin:
      if (N.Flags & FlagM)
        return (Pos == 0 || S[Pos - 1] == U'\n') && K(Pos);
      return Pos == 0 && K(Pos);
    case NodeKind::StrBegin:
      return Pos == 0 && K(Pos);
    case NodeKind::End:
      if (N.Flags & FlagM)
        return (Pos == Len || S[Pos] == U'\n') && K(Pos);
      return (Pos == Len || (Pos + 1 == Len && S[Pos] == U'\n')) && K(Pos);
    case NodeKind::StrEnd:
      return Pos == Len && K(Pos);
    case NodeKind::Boundary:
      return Len != 0 && boundary(Pos, N.Flags) && K(Pos);
    case NodeKind::NonBoundary:
      return Len != 0 && !boundary(Pos, N.Flags) && K(Pos);
    case NodeKind::Group: {
      size_t G = N.Group;
      return m(*N.Kids[0], Pos, [&](size_t End) {
        long OldS = Caps[2 * G], OldE = Caps[2 * G + 1], OldLast = Caps.back();
        Caps[2 * G] = (long)Pos;
        Caps[2 * G + 1] = (long)End;
        Caps.back() = (long)G; // sre's lastindex: the group closed last
        if (K(End)) return true;
        Caps[2 * G] = OldS;
        Caps[2 * G + 1] = OldE;
        Caps.back() = OldLast;
        return false;
      });
    }
    case NodeKind::Alt:
      for (auto &A : N.Kids)
        if (m(*A, Pos, K)) return true;
      return false;
    case NodeKind::Concat:
      return seq(N, 0, Pos, K);
    case NodeKind::Repeat:
      if (N.Kids[0]->single())
        return repeatSingle(N, Pos, K);
      return repeat(N, 0, Pos, -1, K);
    }
    return false;
  }

  bool seq(const Node &N, size_t Idx, size_t Pos, const Cont &K) {
    if (Idx == N.Kids.size()) return K(Pos);
    if (Idx + 1 == N.Kids.size()) return m(*N.Kids[Idx], Pos, K);
    return m(*N.Kids[Idx], Pos, [&](size_t P) { return seq(N, Idx + 1, P, K); });
  }

  /// A repeat of one character: count the run, then try the continuation
  /// from the longest (greedy) or shortest (lazy) count.
  bool repeatSingle(const Node &N, size_t Pos, const Cont &K) {
    const Node &C = *N.Kids[0];
    size_t Avail = 0;
    while (Pos + Avail < S.size() && Avail < N.Max && C.matchesChar(S[Pos + Avail])) ++Avail;
    if (Avail < N.Min) return false;
    if (N.Greedy) {
      for (size_t Cnt = Avail + 1; Cnt-- > N.Min;) {
        if (++Steps > MaxSteps) refuse("matching took too many steps for pyctl's engine");
        if (K(Pos + Cnt)) return true;
      }
      return false;
    }
    for (size_t Cnt = N.Min; Cnt <= Avail; ++Cnt) {
      if (++Steps > MaxSteps) refuse("matching took too many steps for pyctl's engine");
      if (K(Pos + Cnt)) return true;
    }
    return false;
  }

  /// A general repeat at sre's MAX_UNTIL / MIN_UNTIL after \p Count
  /// iterations, at \p Pos; \p LastPtr is where the iteration that reached
  /// the minimum or beyond last started (-1: none yet). Below the minimum an
  /// iteration is required (and may be empty). Past it, sre starts no new
  /// iteration where the last one started (an empty iteration is accepted
  /// and ends the repetition: the continuation is tried next), greedy trying
  /// one more iteration before the continuation, lazy the other way round.
  bool repeat(const Node &N, size_t Count, size_t Pos, long LastPtr, const Cont &K) {
    auto more = [&]() {
      return m(*N.Kids[0], Pos, [&](size_t P) { return repeat(N, Count + 1, P, (long)Pos, K); });
    };
    if (Count < N.Min)
      return m(*N.Kids[0], Pos, [&](size_t P) { return repeat(N, Count + 1, P, LastPtr, K); });
    bool CanMore = Count < N.Max && (long)Pos != LastPtr;
    if (N.Greedy) {
      if (CanMore && more()) return true;
      return K(Pos);
    }
    if (K(Pos)) return true;
    return CanMore && more();
  }

};

} // namespace

bool Pattern::search(const std::u32string &Subject, size_t From, bool MustAdvance, Captures &Caps) const {
  Matcher M{Subject, Caps};
  for (size_t Start = From; Start <= Subject.size(); ++Start) {
    Caps.assign(2 * (Groups + 1) + 1, -1);
    bool Reject = MustAdvance && Start == From;
    bool Hit = M.m(*Root, Start, [&](size_t End) {
      if (Reject && End == Start) return false;
      Caps[0] = (long)Start;
      Caps[1] = (long)End;
      return true;
    });
    if (Hit) return true;
  }
  return false;
}

bool Pattern::matchAt(const std::u32string &Subject, size_t Start, bool Full, Captures &Caps) const {
  Caps.assign(2 * (Groups + 1) + 1, -1);
  Matcher M{Subject, Caps};
  return M.m(*Root, Start, [&](size_t End) {
    if (Full && End != Subject.size()) return false;
    Caps[0] = (long)Start;
    Caps[1] = (long)End;
    return true;
  });
}

} // namespace pyctl::regex
