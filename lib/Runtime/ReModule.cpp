//===- ReModule.cpp - The functions of re pyctl implements ----------------===//
#include "pyctl/Runtime/ReModule.h"
#include "pyctl/Runtime/ArgParse.h"

#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/MatchObject.h"
#include "pyctl/Runtime/PatternObject.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Regex.h"
#include "pyctl/Runtime/Unicode.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace pyctl {

namespace {

using regex::Captures;
using regex::Pattern;

[[noreturn]] void refuse(const std::string &What) { throw UnsupportedError(What); }

/// Parsed patterns by source text and flags (CPython caches them too).
std::shared_ptr<const Pattern> compiled(const std::string &Source, unsigned Flags) {
  static std::mutex Lock;
  static std::map<std::pair<std::string, unsigned>, std::shared_ptr<const Pattern>> Cache;
  std::lock_guard<std::mutex> G(Lock);
  auto It = Cache.find({Source, Flags});
  if (It != Cache.end())
    return It->second;
  auto P = Pattern::compile(Source, Flags);
  if (Cache.size() > 512)
    Cache.clear();
  Cache.emplace(std::make_pair(Source, Flags), P);
  return P;
}

/// The arguments of one call of the Python function re.NAME(Params...)
/// bound to its parameters (bindPythonArgs), with CPython's TypeErrors;
/// every parameter after the first Required has a default.
std::vector<const Value *> bind(std::string_view Fn, std::vector<Value> &Args, const KeywordArgs &Kwargs,
                                const std::vector<std::string> &Params, size_t Required) {
  PySignature Sig{Fn.substr(Fn.find('.') + 1), {}, Required, {}, false};
  for (const std::string &P : Params)
    Sig.Params.push_back(P);
  return bindPythonArgs(Sig, Args, Kwargs);
}

const std::string &strArg(std::string_view Fn, const Value *V, const char *What) {
  if (!V->isStr())
    refuse(std::string(Fn) + " with a " + std::string(typeName(*V)) + " " + What);
  return V->asStr();
}

/// The subject string of a match, search, findall, split or finditer, checked
/// where CPython's state_init checks it (after the pattern was compiled and
/// the other arguments parsed): anything but a str is CPython's TypeError
/// (there are no bytes-like values here).
const std::string &subjectArg(const Value *V) {
  if (!V->isStr())
    throw PythonError("TypeError", "expected string or bytes-like object, got '" +
                                       std::string(typeName(*V)) + "'");
  return V->asStr();
}

/// count / maxsplit: a non-negative int (or bool) of modest size.
size_t countArg(std::string_view Fn, const Value *V) {
  if (!V)
    return 0;
  if (!V->isIntegral())
    refuse(std::string(Fn) + " count of type " + std::string(typeName(*V)));
  auto N = V->toInt().toInt64();
  if (!N || *N < 0 || *N > (int64_t(1) << 40))
    refuse(std::string(Fn) + " with a negative or huge count");
  return (size_t)*N;
}

/// The flags argument: an int (False is 0) whose bits are flags
/// regex::Pattern::compile takes; others (True is re.TEMPLATE) are refused.
unsigned flagsArg(std::string_view Fn, const Value *V) {
  if (!V)
    return 0;
  if (!V->isIntegral())
    refuse(std::string(Fn) + " with flags of type " + std::string(typeName(*V)));
  auto N = V->toInt().toInt64();
  if (!N || *N < 0 || (*N & ~int64_t(2 | 8 | 16 | 32 | 64 | 256)))
    refuse(std::string(Fn) + " with flags other than re.IGNORECASE, re.MULTILINE, re.DOTALL, "
                             "re.VERBOSE, re.ASCII, re.UNICODE");
  return unsigned(*N);
}

/// Subject text between two code point offsets.
std::string slice(const std::u32string &S, long From, long To) {
  return unicode::encode(std::u32string_view(S).substr(From, To - From));
}

Value groupText(const std::u32string &S, const Captures &C, size_t G, bool NoneIfUnset) {
  if (C[2 * G] < 0)
    return NoneIfUnset ? Value::none() : Value::str("");
  return Value::str(slice(S, C[2 * G], C[2 * G + 1]));
}

/// Calls Fn(caps) for each match of findall/sub/split order, up to Limit
/// (0 = no limit), with Python 3.7+'s empty-match rule.
template <typename F>
void eachMatch(const Pattern &P, const std::u32string &S, size_t Limit, F Fn, size_t From = 0) {
  size_t Pos = From, N = 0;
  bool MustAdvance = false;
  Captures C;
  while (Pos <= S.size() && (Limit == 0 || N < Limit)) {
    if (!P.search(S, Pos, MustAdvance, C))
      break;
    Fn(C);
    ++N;
    MustAdvance = C[1] == C[0];
    Pos = (size_t)C[1];
  }
}

/// findall's list for the subject \p S (cut at endpos) from code point \p From.
Value findallIn(const Pattern &P, const std::u32string &S, size_t From) {
  std::vector<Value> Out;
  size_t G = P.groupCount();
  eachMatch(
      P, S, 0,
      [&](const Captures &C) {
        if (G == 0)
          Out.push_back(groupText(S, C, 0, false));
        else if (G == 1)
          Out.push_back(groupText(S, C, 1, false));
        else {
          std::vector<Value> T;
          for (size_t I = 1; I <= G; ++I)
            T.push_back(groupText(S, C, I, false));
          Out.push_back(Value::tuple(std::move(T)));
        }
      },
      From);
  return Value::list(std::move(Out));
}

Value findall(std::vector<Value> &Args, const KeywordArgs &Kwargs) {
  auto A = bind("re.findall", Args, Kwargs, {"pattern", "string", "flags"}, 2);
  const std::string &Source = strArg("re.findall", A[0], "pattern");
  auto P = compiled(Source, flagsArg("re.findall", A[2]));
  std::u32string S = unicode::decode(subjectArg(A[1]));
  return findallIn(*P, S, 0);
}

/// One piece of a parsed sub() template: literal text, or a group index.
struct TemplatePiece {
  std::u32string Text;
  long Group = -1;
};

std::vector<TemplatePiece> parseTemplate(const std::u32string &T, const Pattern &P) {
  std::vector<TemplatePiece> Out;
  std::u32string Lit;
  auto flush = [&]() {
    if (!Lit.empty()) Out.push_back({Lit, -1});
    Lit.clear();
  };
  auto group = [&](size_t G) {
    if (G > P.groupCount())
      refuse("re.sub template referring to a missing group");
    flush();
    Out.push_back({U"", (long)G});
  };
  for (size_t I = 0; I < T.size(); ++I) {
    char32_t C = T[I];
    if (C != U'\\') { Lit += C; continue; }
    if (I + 1 == T.size())
      refuse("re.sub template ending in a backslash");
    char32_t E = T[++I];
    switch (E) {
    case U'a': Lit += 7; continue;
    case U'b': Lit += 8; continue;
    case U'f': Lit += 12; continue;
    case U'n': Lit += 10; continue;
    case U'r': Lit += 13; continue;
    case U't': Lit += 9; continue;
    case U'v': Lit += 11; continue;
    case U'\\': Lit += U'\\'; continue;
    default: break;
    }
    if (E >= U'1' && E <= U'9') {
      if (I + 1 < T.size() && T[I + 1] >= U'0' && T[I + 1] <= U'9')
        refuse("re.sub template with a two-digit group reference");
      group(E - U'0');
      continue;
    }
    if (E == U'0')
      refuse("re.sub template with an octal escape");
    if (E == U'g') {
      if (I + 1 >= T.size() || T[I + 1] != U'<')
        refuse("re.sub template with a malformed \\g reference");
      size_t Close = T.find(U'>', I + 2);
      if (Close == std::u32string::npos)
        refuse("re.sub template with a malformed \\g reference");
      std::u32string Name = T.substr(I + 2, Close - I - 2);
      I = Close;
      if (Name.empty())
        refuse("re.sub template with a malformed \\g reference");
      bool Digits = true;
      for (char32_t D : Name) Digits = Digits && D >= U'0' && D <= U'9';
      if (Digits) {
        if (Name.size() > 4)
          refuse("re.sub template referring to a missing group");
        size_t G = 0;
        for (char32_t D : Name) G = G * 10 + (D - U'0');
        group(G);
        continue;
      }
      size_t G = P.groupIndex(unicode::encode(Name));
      if (!G)
        refuse("re.sub template referring to an unknown group name");
      group(G);
      continue;
    }
    if ((E >= U'a' && E <= U'z') || (E >= U'A' && E <= U'Z'))
      refuse("re.sub template with a bad escape");
    Lit += U'\\';
    Lit += E;
  }
  flush();
  return Out;
}

/// re.sub and re.subn (\p Fn): the new string and the number of replacements.
std::pair<Value, size_t> substitute(std::string_view Fn, std::vector<Value> &Args,
                                    const KeywordArgs &Kwargs) {
  auto A = bind(Fn, Args, Kwargs, {"pattern", "repl", "string", "count", "flags"}, 3);
  const std::string &Source = strArg(Fn, A[0], "pattern");
  if (!A[1]->isStr())
    refuse(std::string(Fn) + " with a " + std::string(typeName(*A[1])) +
           " repl (only str templates are supported)");
  std::u32string S = unicode::decode(strArg(Fn, A[2], "string"));
  size_t Count = countArg(Fn, A[3]);
  auto P = compiled(Source, flagsArg(Fn, A[4]));
  auto Pieces = parseTemplate(unicode::decode(A[1]->asStr()), *P);
  std::u32string Out;
  size_t Last = 0, N = 0;
  eachMatch(*P, S, Count, [&](const Captures &C) {
    Out.append(S, Last, C[0] - Last);
    for (auto &Pc : Pieces) {
      if (Pc.Group < 0)
        Out += Pc.Text;
      else if (C[2 * Pc.Group] >= 0)
        Out.append(S, C[2 * Pc.Group], C[2 * Pc.Group + 1] - C[2 * Pc.Group]);
    }
    Last = (size_t)C[1];
    ++N;
  });
  Out.append(S, Last, std::u32string::npos);
  return {Value::str(unicode::encode(Out)), N};
}

Value split(std::vector<Value> &Args, const KeywordArgs &Kwargs) {
  auto A = bind("re.split", Args, Kwargs, {"pattern", "string", "maxsplit", "flags"}, 2);
  const std::string &Source = strArg("re.split", A[0], "pattern");
  auto P = compiled(Source, flagsArg("re.split", A[3]));
  size_t Max = countArg("re.split", A[2]);
  std::u32string S = unicode::decode(subjectArg(A[1]));
  std::vector<Value> Out;
  size_t Last = 0;
  eachMatch(*P, S, Max, [&](const Captures &C) {
    Out.push_back(Value::str(slice(S, (long)Last, C[0])));
    for (size_t G = 1; G <= P->groupCount(); ++G)
      Out.push_back(groupText(S, C, G, true));
    Last = (size_t)C[1];
  });
  Out.push_back(Value::str(slice(S, (long)Last, (long)S.size())));
  return Value::list(std::move(Out));
}

/// search / match / fullmatch (\p Method) of \p P in \p Text (the subject
/// \p String's code points cut at endpos) from \p Pos: a Match object or None.
Value searchIn(std::string_view Method, const std::shared_ptr<const Pattern> &P, const std::string &Source,
               const Value &String, const std::shared_ptr<const std::u32string> &Text, size_t Pos) {
  Captures C;
  bool Found = Method == "search" ? P->search(*Text, Pos, false, C)
                                  : P->matchAt(*Text, Pos, Method == "fullmatch", C);
  if (!Found)
    return Value::none();
  return Value::match(
      std::make_shared<const MatchObject>(MatchObject{String, Text, std::move(C), P, Source, Pos, Text->size()}));
}

/// re.search / re.match / re.fullmatch: a Match object or None.
Value searchOrMatch(std::string_view Fn, std::vector<Value> &Args, const KeywordArgs &Kwargs) {
  auto A = bind(Fn, Args, Kwargs, {"pattern", "string", "flags"}, 2);
  const std::string &Source = strArg(Fn, A[0], "pattern");
  auto P = compiled(Source, flagsArg(Fn, A[2]));
  auto S = std::make_shared<const std::u32string>(unicode::decode(subjectArg(A[1])));
  return searchIn(Fn.substr(3), P, Source, *A[1], S, 0);
}

/// The iterator re.finditer returns: CPython's callable_iterator over
/// Pattern.scanner(s).search, which searches lazily, one match per step, from
/// where the previous match ended (an empty match makes the next one advance),
/// and stays exhausted after the first failed search.
class FinditerIterator final : public IteratorObject {
public:
  /// Matches in \p Text (the subject's code points cut at endpos) from
  /// \p Pos (past the end: none).
  FinditerIterator(std::shared_ptr<const Pattern> P, std::string Source, Value String,
                   std::shared_ptr<const std::u32string> Text, size_t Pos)
      : P(std::move(P)), Source(std::move(Source)), String(String), Text(std::move(Text)), Start(Pos),
        Pos(Pos) {}

  std::optional<Value> next() override {
    if (Done)
      return std::nullopt;
    Captures C;
    if (Pos > Text->size() || !P->search(*Text, Pos, MustAdvance, C)) {
      Done = true;
      return std::nullopt;
    }
    MustAdvance = C[1] == C[0];
    Pos = (size_t)C[1];
    return Value::match(std::make_shared<const MatchObject>(
        MatchObject{String, Text, std::move(C), P, Source, Start, Text->size()}));
  }
  std::string_view typeName() const override { return "callable_iterator"; }

private:
  std::shared_ptr<const Pattern> P;
  std::string Source;
  Value String;
  std::shared_ptr<const std::u32string> Text;
  size_t Start = 0; ///< m.pos of every match.
  size_t Pos = 0;
  bool MustAdvance = false;
  bool Done = false;
};

/// re.finditer(pattern, string, flags=0): the pattern is parsed and the
/// arguments checked now; matching happens as the iterator is advanced.
Value finditer(std::vector<Value> &Args, const KeywordArgs &Kwargs) {
  auto A = bind("re.finditer", Args, Kwargs, {"pattern", "string", "flags"}, 2);
  const std::string &Source = strArg("re.finditer", A[0], "pattern");
  auto P = compiled(Source, flagsArg("re.finditer", A[2]));
  subjectArg(A[1]);
  auto Text = std::make_shared<const std::u32string>(unicode::decode(A[1]->asStr()));
  return Value::iterator(std::make_shared<FinditerIterator>(P, Source, *A[1], Text, 0));
}

/// pos / endpos: an int (or bool) that fits sre's Py_ssize_t comfortably.
int64_t boundArg(const std::string &Fn, const Value *V, int64_t Default) {
  if (!V)
    return Default;
  if (!V->isIntegral())
    refuse(Fn + " with a " + std::string(typeName(*V)) + " pos / endpos");
  auto N = V->toInt().toInt64();
  if (!N || *N > (int64_t(1) << 60) || *N < -(int64_t(1) << 60))
    refuse(Fn + " with a huge pos / endpos");
  return *N;
}

/// re.compile(pattern, flags=0): a Pattern object (the pattern is parsed now).
Value compilePattern(std::vector<Value> &Args, const KeywordArgs &Kwargs) {
  auto A = bind("re.compile", Args, Kwargs, {"pattern", "flags"}, 1);
  const std::string &Source = strArg("re.compile", A[0], "pattern");
  return Value::pattern(
      std::make_shared<const PatternObject>(PatternObject{Source, compiled(Source, flagsArg("re.compile", A[1]))}));
}

} // namespace

Value callPatternWithBounds(std::string_view Method, const std::string &Source, unsigned Flags,
                            const Value &String, const Value *Pos, const Value *EndPos) {
  std::string Fn = "re.Pattern." + std::string(Method);
  auto P = compiled(Source, Flags);
  // Argument Clinic parses pos and endpos before state_init checks the string.
  int64_t PosArg = boundArg(Fn, Pos, 0);
  int64_t EndArg = boundArg(Fn, EndPos, INT64_MAX);
  std::u32string Full = unicode::decode(subjectArg(&String));
  int64_t Len = (int64_t)Full.size();
  int64_t From = std::clamp<int64_t>(PosArg, 0, Len);
  int64_t End = std::clamp<int64_t>(EndArg, 0, Len);
  Full.resize((size_t)End);
  auto Text = std::make_shared<const std::u32string>(std::move(Full));
  if (Method == "finditer")
    return Value::iterator(std::make_shared<FinditerIterator>(P, Source, String, Text, (size_t)From));
  if (From > End) {
    if (Method == "match")
      refuse(Fn + " with pos > endpos (sre may still match an empty pattern there)");
    return Method == "findall" ? Value::list() : Value::none();
  }
  if (Method == "findall")
    return findallIn(*P, *Text, (size_t)From);
  return searchIn(Method, P, Source, String, Text, (size_t)From);
}

bool isReFunction(std::string_view Name) {
  return Name == "re.findall" || Name == "re.sub" || Name == "re.subn" || Name == "re.finditer" || Name == "re.split" || Name == "re.search" ||
         Name == "re.match" || Name == "re.fullmatch" || Name == "re.compile";
}

Value callReFunction(std::string_view Name, std::vector<Value> &Args, const KeywordArgs &Kwargs) {
  if (Name == "re.findall")
    return findall(Args, Kwargs);
  if (Name == "re.sub")
    return substitute(Name, Args, Kwargs).first;
  if (Name == "re.subn") {
    auto [Str, N] = substitute(Name, Args, Kwargs);
    return Value::tuple({Str, Value::integer(int64_t(N))});
  }
  if (Name == "re.finditer")
    return finditer(Args, Kwargs);
  if (Name == "re.split")
    return split(Args, Kwargs);
  if (Name == "re.search" || Name == "re.match" || Name == "re.fullmatch")
    return searchOrMatch(Name, Args, Kwargs);
  if (Name == "re.compile")
    return compilePattern(Args, Kwargs);
  throw std::invalid_argument("not an re function: " + std::string(Name));
}

} // namespace pyctl
