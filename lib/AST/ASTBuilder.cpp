//===- ASTBuilder.cpp - tree-sitter parse tree to typed AST ----------------===//
//
// Walks the concrete syntax tree of tree-sitter-python and builds the typed
// AST, rejecting every construct outside pyctl's subset with a located
// diagnostic rather than guessing at its meaning.
//
//===----------------------------------------------------------------------===//
#include "pyctl/AST/ASTBuilder.h"
#include "pyctl/AST/ComprehensionReads.h"
#include "pyctl/AST/FStringCheck.h"
#include "pyctl/AST/FStringEqualsSpec.h"
#include "pyctl/AST/GrammarCheck.h"
#include "pyctl/AST/IdentifierCheck.h"
#include "pyctl/AST/IndentationCheck.h"
#include "pyctl/AST/NestingLimits.h"
#include "pyctl/AST/PercentFormatFolding.h"
#include "pyctl/Runtime/MethodDescriptor.h"
#include "pyctl/Runtime/MatchObject.h"
#include "pyctl/Runtime/PatternObject.h"
#include "pyctl/AST/TreeSitterNodes.h"
#include "pyctl/AST/TypeAnnotations.h"
#include "pyctl/AST/UnicodeNames.h"

#include "pyctl/AST/Scope.h"
#include "pyctl/AST/Walk.h"

#include "pyctl/Basic/Diagnostics.h"
#include "pyctl/Basic/Sha256.h"
#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/ExceptionClasses.h"
#include "pyctl/Runtime/Attributes.h"
#include "pyctl/Runtime/MathModule.h"

#include "llvm/Support/ConvertUTF.h"
#include <gmpxx.h>
#include <tree_sitter/api.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <cctype>
#include <functional>
#include <map>
#include <set>

extern "C" const TSLanguage *tree_sitter_python(void);

using namespace pyctl;

namespace {

/// Human-readable names for tree-sitter node types we reject.
const std::map<std::string, std::string> &unsupportedNames() {
  static const std::map<std::string, std::string> Names = {
      {"class_definition", "class definition"},
      {"decorated_definition", "decorator"},
      {"with_statement", "'with' statement"},
      {"future_import_statement", "'from __future__' import"},
      {"match_statement", "'match' statement"},
      {"print_statement", "Python 2 print statement"},
      {"exec_statement", "exec statement"},
      {"type_alias_statement", "type alias"},
      {"generator_expression", "generator expression"},
      {"attribute", "attribute access"},
      {"list_splat", "'*' unpacking"},
      {"dictionary_splat", "'**' unpacking"},
      {"list_splat_pattern", "starred assignment target"},
      {"await", "'await'"},
      {"yield", "'yield'"},
      {"ellipsis", "'...' (Ellipsis) as a value"},
      {"typed_parameter", "annotated parameter"},
      {"typed_default_parameter", "annotated parameter"},
      {"list_splat_pattern", "'*args' parameter"},
      {"dictionary_splat_pattern", "'**kwargs' parameter"},
      {"keyword_separator", "keyword-only parameter marker"},
      {"positional_separator", "positional-only parameter marker"},
      {"type", "type annotation"},
      {"concatenated_string", "string"},
  };
  return Names;
}

/// The builtin exception classes of pyctl's hierarchy (ExceptionClasses.h),
/// by their builtin names: what `except` may name. (JSONDecodeError is in
/// the hierarchy but is no builtin: it is `json.JSONDecodeError`.)
bool isBuiltinExceptionName(const std::string &Name) {
  return Name != "JSONDecodeError" && isKnownExceptionClass(Name);
}

/// The builtin exception classes `raise` may name: those derived from
/// Exception. (An invocation that ends with a BaseException, SystemExit,
/// KeyboardInterrupt or GeneratorExit has no result line: CPython's
/// harnesses catch Exception only.)
bool isRaisableExceptionName(const std::string &Name) {
  return isBuiltinExceptionName(Name) && exceptionMatches(Name, "Exception");
}

bool isCPythonBuiltin(const std::string &Name);

class Builder {
public:
  Builder(const std::string &Text, Module &M) : Text(Text), M(M) {}

  void buildModule(TSNode Root) {
    // First, and without recursion: the checks below recurse over the tree.
    if (auto V = findNestingViolation(Root))
      fail(V->Node, V->Message);
    checkFStrings311(Root); // before checkSyntax: 3.12-only f-strings may parse as errors
    checkSyntax(Root);
    if (auto V = findGrammarViolation(Root))
      fail(V->Node, V->Message);
    noteIdentifiers(Root);
    M.Body = buildBlockChildren(Root);
  }

private:
  const std::string &Text;
  Module &M;
  unsigned FunctionDepth = 0;
  unsigned LoopDepth = 0;
  /// Module statements built so far (imports must come first).
  bool SawNonImport = false;
  /// Modules imported with `import M` (usable as `M.name`).
  std::set<std::string> ModuleNames;
  /// Names imported with `from M import name`, spelled "M.name".
  std::map<std::string, std::string> ImportedNames;
  /// The `list_splat` buildItem is building the operand of (a null node
  /// outside that): tree-sitter put it inside the item it spreads.
  TSNode StrippedSplat{};
  /// Defs made from the lambdas of the statement being built; they are
  /// inserted just before it (see buildLambda).
  StmtList PendingLambdas;

  // --- Node helpers --------------------------------------------------------
  /// Adds every identifier of the source to UsedNames before anything is
  /// built, so that no fresh name the builder makes (`_lambdaN`, `_chainN`,
  /// ...) can be one the program spells later on. Refuses (the first in the
  /// source) an identifier NFKC normalisation may change (IdentifierCheck.h).
  void noteIdentifiers(TSNode Root) {
    std::vector<TSNode> Work{Root};
    while (!Work.empty()) {
      TSNode Cur = Work.back();
      Work.pop_back();
      if (type(Cur) == "identifier") {
        std::string Id = text(Cur);
        if (mayChangeUnderNFKC(Id))
          fail(Cur, "unsupported construct: identifier '" + Id +
                        "' that NFKC normalisation changes (CPython reads identifiers in NFKC form)");
        M.UsedNames.insert(Id);
      }
      for (uint32_t I = ts_node_named_child_count(Cur); I > 0; --I) // the first in source order first
        Work.push_back(ts_node_named_child(Cur, I - 1));
    }
  }

  /// CPython 3.11's f-string rules (FStringCheck.h) on every f-string of the
  /// tree: tree-sitter-python parses 3.12's f-strings.
  void checkFStrings311(TSNode Root) const {
    std::vector<TSNode> Work{Root};
    while (!Work.empty()) {
      TSNode Cur = Work.back();
      Work.pop_back();
      for (uint32_t I = ts_node_child_count(Cur); I > 0; --I)
        Work.push_back(ts_node_child(Cur, I - 1));
      // An f-string 3.11 rejects may parse as an error node holding its
      // string_start: check from there.
      if (type(Cur) == "string_start" && !ts_node_is_null(ts_node_parent(Cur)) &&
          type(ts_node_parent(Cur)) == "string")
        continue;
      if (type(Cur) != "string" && type(Cur) != "string_start")
        continue;
      std::string S = text(Cur);
      std::string Prefix = S.substr(0, S.find_first_of("'\""));
      if (Prefix.find_first_of("fF") == std::string::npos)
        continue;
      TSNode Parent = ts_node_parent(Cur);
      uint32_t ConcatEnd = !ts_node_is_null(Parent) && type(Parent) == "concatenated_string"
                               ? ts_node_end_byte(Parent)
                               : ts_node_end_byte(Cur);
      if (auto P = checkFString311(Text, ts_node_start_byte(Cur), ConcatEnd)) {
        size_t LineStart = Text.rfind('\n', P->Offset == 0 ? 0 : P->Offset - 1);
        LineStart = LineStart == std::string::npos || P->Offset == 0 ? 0 : LineStart + 1;
        uint32_t Line = 1 + uint32_t(std::count(Text.begin(), Text.begin() + LineStart, '\n'));
        throw CompileError(SourceRange{P->Offset, P->Offset, Line, uint32_t(P->Offset - LineStart) + 1},
                           P->Message);
      }
    }
  }

  std::string type(TSNode N) const { return ts_node_type(N); }
  std::string text(TSNode N) const {
    uint32_t B = ts_node_start_byte(N), E = ts_node_end_byte(N);
    return Text.substr(B, E - B);
  }
  SourceRange range(TSNode N) const { return nodeRange(N); }
  TSNode field(TSNode N, const char *Name) const {
    return ts_node_child_by_field_name(N, Name, std::strlen(Name));
  }
  std::vector<TSNode> namedChildren(TSNode N) const { return namedNonCommentChildren(N); }

  /// Whether a `,` token follows \p Child among the children of \p N (the
  /// trailing comma of `d[a,]`).
  bool hasCommaAfter(TSNode N, TSNode Child) const {
    uint32_t After = ts_node_end_byte(Child);
    for (uint32_t I = 0, C = ts_node_child_count(N); I < C; ++I) {
      TSNode Ch = ts_node_child(N, I);
      if (ts_node_start_byte(Ch) >= After && type(Ch) == ",")
        return true;
    }
    return false;
  }

  [[noreturn]] void fail(TSNode N, const std::string &Msg) const { throw CompileError(range(N), Msg); }
  [[noreturn]] void unsupported(TSNode N) const {
    auto It = unsupportedNames().find(type(N));
    std::string What = It != unsupportedNames().end() ? It->second : "'" + type(N) + "'";
    fail(N, "unsupported construct: " + What);
  }

  /// The first ERROR or MISSING node in document order, if any.
  void checkSyntax(TSNode N) const {
    if (ts_node_is_missing(N))
      fail(N, "syntax error: expected '" + type(N) + "'");
    if (type(N) == "ERROR") {
      // An error node tree-sitter's recovery wrapped around the statements
      // before the fault (from 1:1 for a `try` with no handler) is located
      // by the first error nested inside it.
      TSNode Inner = firstNestedError(N);
      // tree-sitter-python reads the braces of `\N{NAME}` in an f-string's
      // format spec as a replacement field, which CPython 3.11 does not.
      for (TSNode A = N; !ts_node_is_null(A); A = ts_node_parent(A))
        if (type(A) == "string" && text(A).find("\\N{") != std::string::npos &&
            text(A).substr(0, text(A).find_first_of("'\"")).find_first_of("fF") != std::string::npos)
          fail(A, "unsupported construct: \\N{...} escape in an f-string's format spec");
      fail(ts_node_is_null(Inner) ? N : Inner, "syntax error");
    }
    if (type(N) == "identifier" && isHardKeyword(text(N)))
      fail(N, "syntax error: invalid syntax ('" + text(N) + "' is a keyword)");
    if (!ts_node_has_error(N)) {
      // tree-sitter-python's error recovery can leave a keyword as a name
      // without an error node (`x =in(y)`): CPython's keywords are never names.
      for (uint32_t I = 0, C = ts_node_named_child_count(N); I < C; ++I)
        checkKeywordsAsNames(ts_node_named_child(N, I));
      return;
    }
    uint32_t C = ts_node_child_count(N);
    bool ChildHasError = false;
    for (uint32_t I = 0; I < C; ++I) {
      TSNode Ch = ts_node_child(N, I);
      ChildHasError |= ts_node_has_error(Ch);
      checkSyntax(Ch);
    }
    if (ChildHasError)
      return; // a visible child held the error, and it was tolerated there
    // The error is in a hidden node (a MISSING newline between two statements on
    // one line, `f(x)x`), which ts_node_child does not visit. Point at the
    // second of two statements that share a line, else at N.
    for (uint32_t I = 1; I < C; ++I) {
      TSNode A = ts_node_child(N, I - 1), B = ts_node_child(N, I);
      if (ts_node_is_named(A) && ts_node_is_named(B) && type(A) != "comment" && type(B) != "comment" &&
          ts_node_end_point(A).row == ts_node_start_point(B).row &&
          Text.find(';', ts_node_end_byte(A)) >= ts_node_start_byte(B))
        fail(B, "syntax error");
    }
    fail(N, "syntax error");
  }

  /// The innermost first ERROR or MISSING node below \p N, in document
  /// order; a null node when there is none.
  TSNode firstNestedError(TSNode N) const {
    for (uint32_t I = 0, C = ts_node_child_count(N); I < C; ++I) {
      TSNode Ch = ts_node_child(N, I);
      if (ts_node_is_missing(Ch) || type(Ch) == "ERROR") {
        TSNode Deeper = firstNestedError(Ch);
        return ts_node_is_null(Deeper) ? Ch : Deeper;
      }
      if (ts_node_has_error(Ch)) {
        TSNode Found = firstNestedError(Ch);
        if (!ts_node_is_null(Found))
          return Found;
      }
    }
    return TSNode{};
  }

  static bool isHardKeyword(const std::string &S) {
    static const std::set<std::string> Keywords = {
        "False", "None",   "True",    "and",      "as",     "assert", "async", "await",
        "break", "class",  "continue", "def",     "del",    "elif",   "else",  "except",
        "finally", "for",  "from",    "global",   "if",     "import", "in",    "is",
        "lambda", "nonlocal", "not",  "or",       "pass",   "raise",  "return", "try",
        "while", "with",   "yield"};
    return Keywords.count(S) != 0;
  }
  void checkKeywordsAsNames(TSNode N) const {
    if (type(N) == "identifier" && isHardKeyword(text(N)))
      fail(N, "syntax error: invalid syntax ('" + text(N) + "' is a keyword)");
    for (uint32_t I = 0, C = ts_node_named_child_count(N); I < C; ++I)
      checkKeywordsAsNames(ts_node_named_child(N, I));
  }

  // --- Statements ----------------------------------------------------------
  /// CPython's IndentationError for a compound statement whose block holds no
  /// statement (tree-sitter accepts `if x:` followed by a line that is not
  /// indented, with an empty block).
  void checkBlockNotEmpty(TSNode Block, TSNode Header) {
    if (!ts_node_is_null(Block) && !namedChildren(Block).empty())
      return;
    static const std::map<std::string, std::string> Kinds = {
        {"if_statement", "'if' statement"},     {"elif_clause", "'elif' statement"},
        {"else_clause", "'else' statement"},    {"while_statement", "'while' statement"},
        {"for_statement", "'for' statement"},   {"try_statement", "'try' statement"},
        {"except_clause", "'except' statement"}, {"finally_clause", "'finally' statement"},
        {"function_definition", "function definition"}};
    auto It = Kinds.find(type(Header));
    std::string After = It != Kinds.end() ? " after " + It->second + " on line " +
                                                std::to_string(ts_node_start_point(Header).row + 1)
                                          : "";
    fail(ts_node_is_null(Block) ? Header : Block, "expected an indented block" + After);
  }

  /// The statements of \p Block, the body of the compound statement (or
  /// clause) \p Header; the module's for the root (null \p Header).
  StmtList buildBlockChildren(TSNode Block, TSNode Header = TSNode{}) {
    if (!ts_node_is_null(Header))
      checkBlockNotEmpty(Block, Header);
    StmtList Out;
    StmtList Outer;
    std::swap(Outer, PendingLambdas); // an enclosing statement's lambdas stay its own
    for (TSNode Ch : namedChildren(Block)) {
      StmtList Built;
      buildStatement(Ch, Built);
      for (auto &L : PendingLambdas)
        Out.push_back(std::move(L));
      PendingLambdas.clear();
      for (auto &S : Built)
        Out.push_back(std::move(S));
    }
    std::swap(Outer, PendingLambdas);
    return Out;
  }

  /// The `__qualname__` prefixes of the scopes being built, innermost last:
  /// `f.<locals>` for a function or lambda `f`, but `f.<locals>.<listcomp>`
  /// for a comprehension (CPython adds `.<locals>` after function scopes
  /// only).
  std::vector<std::string> QualNames;
  /// CPython's `__qualname__` of a function named \p Name defined here.
  std::string qualNameOf(const std::string &Name) const {
    return QualNames.empty() ? Name : QualNames.back() + "." + Name;
  }

  /// Ends the body of \p Def, a function the front end makes from an
  /// expression: \p BuildValue runs in the function's scope (named
  /// \p ScopeQual for the qualnames of what it holds) and may add statements
  /// to the body first; the defs of the lambdas it builds follow them, then
  /// `return <value>`.
  template <typename F> void buildReturningBody(FunctionDefStmt &Def, const std::string &ScopeQual, F BuildValue) {
    StmtList Outer;
    std::swap(Outer, PendingLambdas); // lambdas inside belong to the function
    ++FunctionDepth;
    QualNames.push_back(ScopeQual);
    ExprPtr Value = BuildValue();
    QualNames.pop_back();
    --FunctionDepth;
    for (auto &L : PendingLambdas)
      Def.Body.push_back(std::move(L));
    std::swap(Outer, PendingLambdas);
    Def.Body.push_back(std::make_unique<ReturnStmt>(std::move(Value), Def.Range));
  }

  /// A lambda is a `def` (the def machinery binds its parameters: defaults,
  /// `*args`, keyword-only parameters, `**kwargs`):
  ///
  /// * Without default values, `lambda a, *r, k, **kw: e` becomes `def
  ///   _lambdaN(a, *r, k, **kw): return e`, inserted just before the
  ///   statement holding the lambda, and the lambda is a reference to it.
  ///   That is exact: making the function has no effect, and a closure
  ///   captures variables, not values, so making it earlier in the same scope
  ///   changes nothing. (A comprehension holding a lambda is a function of
  ///   its own whose loop body holds the def: buildComprehensionFunction.)
  /// * With default values, which CPython evaluates when the lambda
  ///   expression runs (positional ones, then keyword-only ones), the
  ///   statement is preceded by a factory
  ///
  ///       def _lambda_mkM(_defaultA, _defaultB):
  ///           def _lambdaN(a=_defaultA, *, k=_defaultB): return e
  ///           return _lambdaN
  ///
  ///   and the lambda is the call `_lambda_mkM(d1, d2)`: the defaults are
  ///   evaluated where the lambda stands, in order, and every evaluation
  ///   makes a new function. The body's free variables pass through the
  ///   factory (which binds only fresh names) to the enclosing scope.
  ///
  /// The function's `__qualname__` is CPython's (`f.<locals>.<lambda>`), so
  /// its call errors read as CPython's.
  ExprPtr buildLambda(TSNode N) {
    SourceRange R = range(N);
    std::string Name = M.freshName("_lambda");
    std::string Qual = qualNameOf("<lambda>");
    auto Def = std::make_unique<FunctionDefStmt>(Name, std::vector<std::string>(), StmtList(), R);
    Def->QualName = Qual;
    // Default values are built here, in the enclosing scope (lambdas in them
    // belong to the enclosing statement).
    if (TSNode PNode = field(N, "parameters"); !ts_node_is_null(PNode))
      buildParameters(PNode, *Def);
    buildReturningBody(*Def, Qual + ".<locals>", [&] { return buildExpr(field(N, "body")); });
    if (Def->Defaults.empty()) {
      PendingLambdas.push_back(std::move(Def));
      return std::make_unique<NameExpr>(Name, R);
    }
    std::string Factory = M.freshName("_lambda_mk");
    std::vector<std::string> FactoryParams;
    ExprList Args;
    for (auto &D : Def->Defaults) {
      FactoryParams.push_back(M.freshName("_default"));
      Args.push_back(std::move(D));
      D = std::make_unique<NameExpr>(FactoryParams.back(), R);
    }
    StmtList FactoryBody;
    FactoryBody.push_back(std::move(Def));
    FactoryBody.push_back(std::make_unique<ReturnStmt>(std::make_unique<NameExpr>(Name, R), R));
    auto FactoryDef =
        std::make_unique<FunctionDefStmt>(Factory, std::move(FactoryParams), std::move(FactoryBody), R);
    FactoryDef->QualName = qualNameOf(Factory);
    PendingLambdas.push_back(std::move(FactoryDef));
    return std::make_unique<CallExpr>(std::make_unique<NameExpr>(Factory, R), std::move(Args), R);
  }

  /// Whether a call of \p Fn may take a generator expression as an argument,
  /// lowered by buildGeneratorArgument: builtins and methods that only
  /// iterate their argument (so they cannot tell a generator from a map
  /// object), never ones whose errors or results name its type (`len`,
  /// `reversed`, `repr`, user functions).
  bool consumesGeneratorArgument(TSNode Fn) const {
    static const std::set<std::string> Builtins = {"sum",  "any",   "all",  "min",  "max",       "sorted",
                                                   "list", "tuple", "set",  "dict", "next",      "enumerate",
                                                   "zip",  "map",   "filter"};
    static const std::set<std::string> Methods = {"join", "extend", "update"};
    if (type(Fn) == "identifier")
      return Builtins.count(text(Fn)) != 0 && !ImportedNames.count(text(Fn));
    if (type(Fn) == "attribute") {
      TSNode Obj = field(Fn, "object");
      return Methods.count(text(field(Fn, "attribute"))) != 0 &&
             !(type(Obj) == "identifier" && ModuleNames.count(text(Obj)));
    }
    return false;
  }

  /// A generator expression with one `for` clause, as an argument of a call
  /// that only iterates it (consumesGeneratorArgument), is lowered to what
  /// pulls the same values in the same order, lazily:
  ///
  ///     (E for T in I if C1 if C2)
  ///       ==>  map(_genexpN, filter(_genexp_ifN, I))
  ///
  ///     def _genexp_ifN(_item):           def _genexpN(_item):
  ///         T = _item                         T = _item
  ///         return C1 and C2                  return E
  ///
  /// I is evaluated (and iterated, by filter or map) at once in the enclosing
  /// scope, as CPython does; E and the conditions run in functions of their
  /// own that read enclosing variables by reference, one item at a time, each
  /// condition tested before E (filter tests the truth of `C1 and C2` again,
  /// which has no effect on builtin values). When T unpacks and there are
  /// conditions, a first `map` unpacks each item once into a tuple of T's
  /// names, so an item is never iterated twice. More `for` clauses, and
  /// lambdas or generator expressions inside (which would capture the loop
  /// variable of one call instead of the generator's one frame), are refused.
  ExprPtr buildGeneratorArgument(TSNode N) {
    SourceRange R = range(N);
    // CPython runs the whole generator in one frame, so a closure made inside
    // it sees the loop variable change; one call per item would not.
    if (hasInOwnScope(N, {"lambda", "generator_expression"}))
      fail(N, "unsupported construct: generator expression holding a lambda or another generator expression");
    std::vector<TSNode> Clauses = comprehensionClauses(N);
    for (size_t I = 1; I < Clauses.size(); ++I)
      if (type(Clauses[I]) == "for_in_clause")
        fail(Clauses[I], "unsupported construct: generator expression with more than one 'for' clause");
    TSNode Target = field(Clauses[0], "left");
    std::vector<TSNode> Conditions;
    for (size_t I = 1; I < Clauses.size(); ++I)
      Conditions.push_back(namedChildren(Clauses[I])[0]);
    ExprPtr Iter = markIterated(buildExprOrList(field(Clauses[0], "right")));
    std::string Qual = qualNameOf("<genexpr>");
    bool Unpacks = type(Target) != "identifier";

    // The names T binds, in order, for the tuple the unpacking map yields.
    std::vector<std::string> TargetNames;
    std::vector<TSNode> Work{Target};
    while (!Work.empty()) {
      TSNode Cur = Work.back();
      Work.pop_back();
      if (type(Cur) == "identifier") {
        TargetNames.push_back(text(Cur));
        continue;
      }
      for (uint32_t I = ts_node_named_child_count(Cur); I > 0; --I)
        Work.push_back(ts_node_named_child(Cur, I - 1));
    }
    auto NamesTuple = [&]() {
      ExprList Elts;
      for (const auto &Name : TargetNames)
        Elts.push_back(std::make_unique<NameExpr>(Name, R));
      return std::make_unique<TupleExpr>(std::move(Elts), R);
    };

    // def <Prefix>N(_item): <bind the item>; return <Result()>
    bool PreUnpacked = Unpacks && !Conditions.empty();
    auto MakeDef = [&](const std::string &Prefix, bool FromTuple, auto Result) -> ExprPtr {
      std::string Name = M.freshName(Prefix);
      std::string Item = M.freshName("_item");
      auto Def = std::make_unique<FunctionDefStmt>(Name, std::vector<std::string>{Item}, StmtList(), R);
      Def->QualName = Qual;
      buildReturningBody(*Def, Qual, [&] {
        ExprPtr Bound = FromTuple ? ExprPtr(NamesTuple()) : buildTarget(Target, /*AllowTuple=*/true);
        Def->Body.push_back(
            std::make_unique<AssignStmt>(std::move(Bound), std::make_unique<NameExpr>(Item, R), R));
        return Result();
      });
      // PEP 479: a StopIteration out of a generator's frame is a RuntimeError
      // (map and filter would end quietly instead).
      ExprList Message;
      Message.push_back(std::make_unique<StrLitExpr>("generator raised StopIteration", R));
      StmtList Raise;
      Raise.push_back(std::make_unique<RaiseStmt>("RuntimeError", std::move(Message), nullptr, nullptr, R));
      std::vector<ExceptHandler> Handlers;
      Handlers.push_back({{"StopIteration"}, false, "", std::move(Raise), R, nullptr});
      StmtList Guarded;
      Guarded.push_back(std::make_unique<TryStmt>(std::move(Def->Body), std::move(Handlers), StmtList(), StmtList(), R));
      Def->Body = std::move(Guarded);
      PendingLambdas.push_back(std::move(Def));
      return std::make_unique<NameExpr>(Name, R);
    };
    auto CallBuiltin = [&](const char *Builtin, ExprPtr Fn, ExprPtr Arg) -> ExprPtr {
      ExprList A;
      A.push_back(std::move(Fn));
      A.push_back(std::move(Arg));
      return std::make_unique<CallExpr>(std::make_unique<NameExpr>(Builtin, R), std::move(A), R);
    };
    ExprPtr Items = std::move(Iter);
    if (PreUnpacked)
      Items = CallBuiltin("map", MakeDef("_genexp_unpack", false, [&]() -> ExprPtr { return NamesTuple(); }),
                          std::move(Items));
    if (!Conditions.empty()) {
      ExprPtr Filter = MakeDef("_genexp_if", PreUnpacked, [&]() -> ExprPtr {
        ExprPtr Test = buildExpr(Conditions[0]);
        for (size_t I = 1; I < Conditions.size(); ++I)
          Test = std::make_unique<BoolOpExpr>(true, std::move(Test), buildExpr(Conditions[I]), R);
        return Test;
      });
      Items = CallBuiltin("filter", std::move(Filter), std::move(Items));
    }
    ExprPtr Map = MakeDef("_genexp", PreUnpacked, [&]() -> ExprPtr { return buildExpr(field(N, "body")); });
    return CallBuiltin("map", std::move(Map), std::move(Items));
  }

  /// The iterable of the first `for` clause of comprehension \p N: the one
  /// part CPython evaluates in the enclosing scope (a null node when the
  /// comprehension has no `for`).
  TSNode firstIterable(TSNode N) const {
    for (TSNode Ch : namedChildren(N))
      if (type(Ch) == "for_in_clause")
        return field(Ch, "right");
    return TSNode{};
  }

  /// The `for_in_clause` and `if_clause` nodes of comprehension \p N, in
  /// source order, after checking their shape: the first is a `for`, each
  /// `if` holds one condition, and `async for` is refused.
  std::vector<TSNode> comprehensionClauses(TSNode N) {
    TSNode Body = field(N, "body");
    std::vector<TSNode> Clauses;
    for (TSNode Ch : namedChildren(N)) {
      if (ts_node_eq(Ch, Body))
        continue;
      if (type(Ch) == "for_in_clause") {
        if (type(ts_node_child(Ch, 0)) == "async")
          fail(Ch, "unsupported construct: async comprehension");
      } else if (type(Ch) == "if_clause") {
        if (namedChildren(Ch).size() != 1 || Clauses.empty())
          fail(Ch, "syntax error in comprehension");
      } else {
        unsupported(Ch);
      }
      Clauses.push_back(Ch);
    }
    if (Clauses.empty())
      fail(N, "syntax error in comprehension");
    return Clauses;
  }

  /// True when comprehension \p N must be CPython's function form because
  /// its own part makes functions that read its variables: lambdas, and
  /// generator expressions (lowered to defs, buildGeneratorArgument).
  bool makesClosuresInOwnScope(TSNode N) { return hasInOwnScope(N, {"lambda", "generator_expression"}); }

  /// True when a node (other than \p N) of one of the types \p Types appears
  /// in the part of comprehension \p N that CPython runs in the
  /// comprehension's own function scope: everything but the first clause's
  /// iterable (which the enclosing scope evaluates).
  bool hasInOwnScope(TSNode N, const std::set<std::string> &Types) {
    TSNode FirstIter = firstIterable(N);
    std::vector<TSNode> Work{N};
    while (!Work.empty()) {
      TSNode Cur = Work.back();
      Work.pop_back();
      if (!ts_node_is_null(FirstIter) && ts_node_eq(Cur, FirstIter))
        continue;
      if (!ts_node_eq(Cur, N) && Types.count(type(Cur)))
        return true;
      for (uint32_t I = 0, E = ts_node_named_child_count(Cur); I < E; ++I)
        Work.push_back(ts_node_named_child(Cur, I));
    }
    return false;
  }

  /// Builds the statement \p Make makes, preceded by the defs of the
  /// lambdas in it (as buildBlockChildren does for a source statement), into
  /// \p Out.
  template <typename F> void buildStmtWithLambdas(StmtList &Out, F Make) {
    StmtList Outer;
    std::swap(Outer, PendingLambdas);
    StmtPtr S = Make();
    for (auto &L : PendingLambdas)
      Out.push_back(std::move(L));
    std::swap(Outer, PendingLambdas);
    Out.push_back(std::move(S));
  }

  /// The names the `for` clauses of comprehension \p Comp bind, each with
  /// the identifier that binds it.
  std::vector<std::pair<std::string, TSNode>> comprehensionTargets(TSNode Comp) {
    std::vector<std::pair<std::string, TSNode>> Out;
    for (TSNode Cl : namedChildren(Comp)) {
      if (type(Cl) != "for_in_clause")
        continue;
      std::vector<TSNode> Work{field(Cl, "left")};
      while (!Work.empty()) {
        TSNode Cur = Work.back();
        Work.pop_back();
        if (ts_node_is_null(Cur))
          continue;
        if (type(Cur) == "identifier") {
          Out.push_back({text(Cur), Cur});
          continue;
        }
        for (uint32_t I = 0, E = ts_node_named_child_count(Cur); I < E; ++I)
          Work.push_back(ts_node_named_child(Cur, I));
      }
    }
    return Out;
  }

  /// An assignment expression `(y := v)` (PEP 572) in a function body: a
  /// NamedExpr, which binds y in the innermost enclosing def (a
  /// comprehension's walrus binds in the function holding it). CPython's
  /// SyntaxErrors are checked here: a target that is a comprehension's
  /// iteration variable (`assignment expression cannot rebind comprehension
  /// iteration variable 'x'`, or `comprehension inner loop cannot rebind
  /// assignment expression target 'x'` when a later clause binds it), a
  /// walrus in a comprehension's iterable, `__debug__`. Refused as
  /// unsupported: a walrus at module level (also in a module-level def's
  /// default values), inside a lambda or a generator expression, and one
  /// without parentheses other than an `if`/`elif`/`while` condition, a
  /// positional call argument or a list or set comprehension's element.
  ExprPtr buildNamedExpr(TSNode N) {
    TSNode NameN = field(N, "name"), ValueN = field(N, "value");
    if (ts_node_is_null(NameN) || ts_node_is_null(ValueN) || type(NameN) != "identifier")
      fail(N, "syntax error");
    std::string Name = text(NameN);
    TSNode P = ts_node_parent(N);
    std::string PT = type(P);
    bool Parenthesised =
        PT == "parenthesized_expression" || PT == "argument_list" ||
        ((PT == "if_statement" || PT == "elif_clause" || PT == "while_statement") &&
         ts_node_eq(field(P, "condition"), N)) ||
        ((PT == "list_comprehension" || PT == "set_comprehension") && ts_node_eq(field(P, "body"), N));
    bool InFunction = false;
    TSNode Child = N;
    for (TSNode A = P; !ts_node_is_null(A); Child = A, A = ts_node_parent(A)) {
      std::string AT = type(A);
      if (AT == "lambda" && ts_node_eq(field(A, "body"), Child))
        fail(N, "unsupported construct: assignment expression ':=' inside a lambda");
      if (AT == "function_definition" && ts_node_eq(field(A, "body"), Child)) {
        InFunction = true;
        break;
      }
      if (AT == "generator_expression")
        fail(N, "unsupported construct: assignment expression ':=' inside a generator expression");
      if (AT != "list_comprehension" && AT != "set_comprehension" && AT != "dictionary_comprehension")
        continue;
      if (type(Child) == "for_in_clause") {
        TSNode Iter = field(Child, "right");
        if (!ts_node_is_null(Iter) && ts_node_start_byte(N) >= ts_node_start_byte(Iter) &&
            ts_node_end_byte(N) <= ts_node_end_byte(Iter))
          fail(N, "assignment expression cannot be used in a comprehension iterable expression");
      }
      // CPython's symbol table visits the clauses in order, then the
      // element: a target bound by a clause after the walrus's own clause is
      // reported at that clause.
      bool InClause = !ts_node_eq(Child, field(A, "body"));
      for (const auto &[Target, Id] : comprehensionTargets(A)) {
        if (Target != Name)
          continue;
        if (InClause && ts_node_start_byte(Id) > ts_node_end_byte(Child))
          fail(Id, "comprehension inner loop cannot rebind assignment expression target '" + Name + "'");
        fail(N, "assignment expression cannot rebind comprehension iteration variable '" + Name + "'");
      }
    }
    if (Name == "__debug__")
      fail(N, "cannot assign to __debug__");
    if (!InFunction)
      fail(N, "unsupported construct: assignment expression ':=' at module level");
    if (!Parenthesised)
      fail(N, "unsupported construct: assignment expression ':=' without parentheses here");
    checkNotBuiltin(NameN, Name);
    return std::make_unique<NamedExpr>(Name, buildExpr(ValueN), range(N));
  }

  /// A comprehension holding a lambda is lowered to what CPython 3.11 runs:
  /// a function of its own, called with the first iterable (evaluated in the
  /// enclosing scope), whose locals are the comprehension's variables, so a
  /// lambda captures them by reference and each run of the comprehension
  /// has fresh ones (`[f() for f in [lambda: i for i in range(3)]]` is
  /// `[2, 2, 2]`):
  ///
  ///     def _listcompN(_compargN):          # __qualname__ f.<locals>.<listcomp>
  ///         _resultN = []                   # {} for a dict comprehension
  ///         for T1 in _compargN:
  ///             if C1:
  ///                 for T2 in I2:
  ///                     _resultN.append(E)  # _keyN = K; _resultN[_keyN] = V
  ///         return _resultN
  ///
  /// and the comprehension is the call `_listcompN(I1)`. Its lambdas become
  /// defs just before the statement of the loop body that holds them, so
  /// each evaluation makes a new function object, as in CPython.
  ExprPtr buildComprehensionFunction(TSNode N) {
    SourceRange R = range(N);
    // Its walrus would bind in the enclosing function (a `nonlocal` of the
    // function made here); not done.
    if (hasInOwnScope(N, {"named_expression"}))
      fail(N, "unsupported construct: assignment expression ':=' in a comprehension that holds a lambda or "
              "generator expression or reads one of its variables before binding it");
    bool IsDict = type(N) == "dictionary_comprehension";
    bool IsSet = type(N) == "set_comprehension";
    TSNode Body = field(N, "body");
    std::vector<TSNode> Clauses = comprehensionClauses(N);
    // The first iterable, in the enclosing scope.
    ExprList Args;
    Args.push_back(markIterated(buildExprOrList(field(Clauses[0], "right"))));
    std::string Name = M.freshName(IsDict ? "_dictcomp" : IsSet ? "_setcomp" : "_listcomp");
    std::string Param = M.freshName("_comparg"), Result = M.freshName("_result");
    std::string Qual = qualNameOf(IsDict ? "<dictcomp>" : IsSet ? "<setcomp>" : "<listcomp>");
    ++FunctionDepth;
    QualNames.push_back(Qual);
    StmtList Inner; // the innermost body
    if (IsDict) {
      std::string Key = M.freshName("_key");
      buildStmtWithLambdas(Inner, [&]() -> StmtPtr {
        return std::make_unique<AssignStmt>(std::make_unique<NameExpr>(Key, R),
                                            buildExpr(field(Body, "key")), R);
      });
      buildStmtWithLambdas(Inner, [&]() -> StmtPtr {
        auto Target = std::make_unique<SubscriptExpr>(std::make_unique<NameExpr>(Result, R),
                                                      std::make_unique<NameExpr>(Key, R), R);
        return std::make_unique<AssignStmt>(std::move(Target), buildExpr(field(Body, "value")), R);
      });
    } else {
      buildStmtWithLambdas(Inner, [&]() -> StmtPtr {
        ExprList A;
        A.push_back(buildExpr(Body));
        auto Append = std::make_unique<AttributeExpr>(std::make_unique<NameExpr>(Result, R),
                                                      IsSet ? "add" : "append", R);
        return std::make_unique<ExprStmt>(std::make_unique<CallExpr>(std::move(Append), std::move(A), R), R);
      });
    }
    // Wrap the body in the clauses, innermost first. The parts are built
    // innermost first too, which only matters for the fresh names they take.
    for (size_t I = Clauses.size(); I-- > 0;) {
      TSNode Ch = Clauses[I];
      StmtList Wrapped;
      if (type(Ch) == "if_clause") {
        buildStmtWithLambdas(Wrapped, [&]() -> StmtPtr {
          return std::make_unique<IfStmt>(buildExpr(namedChildren(Ch)[0]), std::move(Inner), StmtList(),
                                          range(Ch));
        });
      } else {
        buildStmtWithLambdas(Wrapped, [&]() -> StmtPtr {
          ExprPtr Target = buildTarget(field(Ch, "left"), /*AllowTuple=*/true);
          ExprPtr Iter = I == 0 ? std::make_unique<NameExpr>(Param, R)
                                : markIterated(buildExprOrList(field(Ch, "right")));
          return std::make_unique<ForStmt>(std::move(Target), std::move(Iter), std::move(Inner), StmtList(),
                                           range(Ch));
        });
      }
      Inner = std::move(Wrapped);
    }
    QualNames.pop_back();
    --FunctionDepth;
    StmtList FBody;
    ExprPtr Empty = IsDict  ? ExprPtr(std::make_unique<DictExpr>(ExprList(), ExprList(), R))
                    : IsSet ? ExprPtr(std::make_unique<CallExpr>(std::make_unique<NameExpr>("set", R), ExprList(), R))
                            : ExprPtr(std::make_unique<ListExpr>(ExprList(), R));
    FBody.push_back(std::make_unique<AssignStmt>(std::make_unique<NameExpr>(Result, R), std::move(Empty), R));
    for (auto &S : Inner)
      FBody.push_back(std::move(S));
    FBody.push_back(std::make_unique<ReturnStmt>(std::make_unique<NameExpr>(Result, R), R));
    auto Def = std::make_unique<FunctionDefStmt>(Name, std::vector<std::string>{Param}, std::move(FBody), R);
    Def->QualName = Qual;
    // Its comprehensions that read its variables before they are bound.
    liftComprehensionReads(*Def, M);
    PendingLambdas.push_back(std::move(Def));
    return std::make_unique<CallExpr>(std::make_unique<NameExpr>(Name, R), std::move(Args), R);
  }

  // --- Imports -------------------------------------------------------------
  /// The names of module \p Mod pyctl implements; diagnoses other modules.
  void checkModule(TSNode N, const std::string &Mod) {
    if (Mod != "math" && Mod != "json" && Mod != "re")
      fail(N, "unsupported construct: import of module '" + Mod + "'");
  }

  /// True when `Mod.Attr` is a function or constant pyctl implements.
  static bool moduleHas(const std::string &Mod, const std::string &Attr) {
    if (Mod == "math")
      return isMathFunction("math." + Attr) || mathConstant(Attr).has_value();
    if (Mod == "re" && reFlag(Attr))
      return true;
    return isBuiltinName(Mod + "." + Attr);
  }

  /// The value of the re flag \p Attr (re.I, re.IGNORECASE, ...) pyctl
  /// takes. CPython's are RegexFlag members, whose str and repr differ from
  /// an int's, so they are read only where an re function takes its flags.
  static std::optional<int> reFlag(const std::string &Attr) {
    static const std::map<std::string, int> Flags = {
        {"I", 2},   {"IGNORECASE", 2}, {"M", 8},       {"MULTILINE", 8}, {"S", 16},
        {"DOTALL", 16}, {"U", 32},     {"UNICODE", 32}, {"X", 64},       {"VERBOSE", 64},
        {"A", 256}, {"ASCII", 256},    {"NOFLAG", 0}};
    auto It = Flags.find(Attr);
    if (It == Flags.end())
      return std::nullopt;
    return It->second;
  }

  /// Whether the read `X.groupindex` at \p N is used only where CPython's
  /// read-only mappingproxy acts exactly as the dict pyctl gives: subscripted
  /// (not as an assignment or del target), the right of `in` / `not in`, the
  /// argument of len / dict / list / sorted / set / tuple, the iterable of a
  /// for loop, or the receiver of get / keys / values / items. Its repr,
  /// type, JSON and mutation differ, so every other use is diagnosed.
  bool readsGroupindexAsDict(TSNode N) {
    TSNode P = ts_node_parent(N);
    if (ts_node_is_null(P))
      return false;
    std::string PT = type(P);
    auto isField = [&](TSNode Parent, const char *Name, TSNode Child) {
      TSNode F = field(Parent, Name);
      return !ts_node_is_null(F) && ts_node_eq(F, Child);
    };
    if (PT == "subscript") {
      if (!isField(P, "value", N))
        return false;
      TSNode G = ts_node_parent(P);
      if (ts_node_is_null(G))
        return false;
      std::string GT = type(G);
      if ((GT == "assignment" || GT == "augmented_assignment" || GT == "for_statement" ||
           GT == "for_in_clause") && isField(G, "left", P))
        return false;
      if (GT == "expression_list") { // `del a, X.groupindex[k]`, or a tuple target
        TSNode GG = ts_node_parent(G);
        if (ts_node_is_null(GG) || type(GG) == "delete_statement" ||
            ((type(GG) == "assignment" || type(GG) == "augmented_assignment" || type(GG) == "for_statement") &&
             isField(GG, "left", G)))
          return false;
      }
      return GT != "delete_statement" && GT != "pattern_list" && GT != "tuple_pattern" &&
             GT != "list_pattern" && GT != "list_splat_pattern";
    }
    if (PT == "comparison_operator") {
      // `k in X.groupindex`: the right operand of a single in / not in.
      std::vector<TSNode> Ops = namedChildren(P);
      if (Ops.size() != 2 || !ts_node_eq(Ops[1], N))
        return false;
      std::string Op = text(P).substr(ts_node_end_byte(Ops[0]) - ts_node_start_byte(P),
                                      ts_node_start_byte(N) - ts_node_end_byte(Ops[0]));
      Op.erase(std::remove_if(Op.begin(), Op.end(), [](char C) { return C == ' ' || C == '\t'; }), Op.end());
      return Op == "in" || Op == "notin";
    }
    if (PT == "for_statement" || PT == "for_in_clause")
      return isField(P, "right", N);
    if (PT == "attribute") {
      std::string M = text(field(P, "attribute"));
      TSNode G = ts_node_parent(P);
      return isField(P, "object", N) && !ts_node_is_null(G) && type(G) == "call" &&
             isField(G, "function", P) && (M == "get" || M == "keys" || M == "values" || M == "items");
    }
    if (PT == "argument_list") {
      TSNode G = ts_node_parent(P);
      if (ts_node_is_null(G) || type(G) != "call" || namedChildren(P).size() != 1)
        return false;
      TSNode Fn = field(G, "function");
      std::string F = type(Fn) == "identifier" ? text(Fn) : "";
      return F == "len" || F == "dict" || F == "list" || F == "sorted" || F == "set" || F == "tuple";
    }
    return false;
  }

  /// The name of the re function \p Fn calls ("re.search", ...), or "".
  std::string reFunctionCalled(TSNode Fn) {
    if (type(Fn) == "attribute") {
      TSNode Obj = field(Fn, "object");
      if (type(Obj) == "identifier" && text(Obj) == "re" && ModuleNames.count("re"))
        return "re." + text(field(Fn, "attribute"));
      return "";
    }
    if (type(Fn) == "identifier") {
      auto It = ImportedNames.find(text(Fn));
      if (It != ImportedNames.end() && It->second == "re")
        return "re." + text(Fn);
    }
    return "";
  }

  /// The positional index of the `flags` parameter of re function \p Name.
  static size_t reFlagsPosition(const std::string &Name) {
    if (Name == "re.compile") return 1;
    if (Name == "re.sub" || Name == "re.subn") return 4;
    if (Name == "re.split") return 3;
    return 2;
  }

  /// The value of \p N when it is re flags joined by `|` (`re.I | re.M`,
  /// `(IGNORECASE)`), else nullopt.
  std::optional<int> foldReFlags(TSNode N) {
    std::string T = type(N);
    if (T == "parenthesized_expression") {
      std::vector<TSNode> Inner = namedChildren(N);
      return Inner.size() == 1 ? foldReFlags(Inner[0]) : std::nullopt;
    }
    if (T == "binary_operator") {
      if (text(field(N, "operator")) != "|")
        return std::nullopt;
      auto L = foldReFlags(field(N, "left"));
      auto R = L ? foldReFlags(field(N, "right")) : std::nullopt;
      if (!R)
        return std::nullopt;
      return *L | *R;
    }
    if (T == "attribute") {
      TSNode Obj = field(N, "object");
      if (type(Obj) == "identifier" && text(Obj) == "re" && ModuleNames.count("re"))
        return reFlag(text(field(N, "attribute")));
      return std::nullopt;
    }
    if (T == "identifier") {
      auto It = ImportedNames.find(text(N));
      if (It != ImportedNames.end() && It->second == "re")
        return reFlag(text(N));
    }
    return std::nullopt;
  }

  /// The flags argument \p N of an re function: re flags joined by `|` are
  /// read as the int they equal (what the function takes from a RegexFlag),
  /// anything else as an ordinary expression.
  ExprPtr buildReFlagsArg(TSNode N) {
    if (auto V = foldReFlags(N))
      return std::make_unique<IntLitExpr>(std::to_string(*V), range(N));
    return buildExpr(N);
  }

  /// `Mod.Attr` as an expression: a float literal for a math constant, else
  /// the builtin name "Mod.Attr".
  /// Whether the attribute node \p N reads a method from a builtin type,
  /// `str.lower` (MethodDescriptor.h). Builtin names cannot be rebound in an
  /// accepted program, so `str` is the type.
  bool isMethodDescriptorRead(TSNode N) {
    TSNode Obj = throughStrippedSplat(field(N, "object"));
    return type(Obj) == "identifier" && !ModuleNames.count(text(Obj)) &&
           isMethodDescriptor(text(Obj) + "." + text(field(N, "attribute")));
  }

  /// Whether \p Attr names a method of a built-in type the runtime implements
  /// (str, list, dict, tuple, set, int, float, re.Match, re.Pattern), which
  /// `obj.attr` outside a call reads as a bound method.
  static bool isBoundMethodName(const std::string &Attr) {
    for (const char *Type : {"str", "list", "dict", "tuple", "set", "int", "float"})
      if (Attr != "fromkeys" && isMethodDescriptor(std::string(Type) + "." + Attr))
        return true;
    return isMatchMethod(Attr) || isPatternMethod(Attr);
  }

  ExprPtr moduleMember(TSNode N, const std::string &Mod, const std::string &Attr) {
    if (Mod == "typing")
      fail(N, "unsupported construct: typing name '" + Attr + "' used outside a type annotation");
    if (!moduleHas(Mod, Attr))
      fail(N, "unsupported construct: '" + Mod + "." + Attr + "'");
    if (Mod == "re" && reFlag(Attr))
      fail(N, "unsupported construct: 're." + Attr +
                  "' other than in the flags argument of an re function (a RegexFlag is not an int)");
    if (Mod == "math")
      if (auto C = mathConstant(Attr))
        return std::make_unique<FloatLitExpr>(*C, range(N));
    return std::make_unique<NameExpr>(Mod + "." + Attr, range(N));
  }

  void noteImport(const std::string &Mod) {
    if (std::find(M.Imports.begin(), M.Imports.end(), Mod) == M.Imports.end())
      M.Imports.push_back(Mod);
    M.UsedNames.insert(Mod);
  }

  /// `import math`, `from math import sqrt, floor`: only at the top of the
  /// module, before any other statement (so no code can run before them),
  /// without `as`.
  void buildImport(TSNode N) {
    if (FunctionDepth || SawNonImport)
      fail(N, "unsupported construct: import after other statements (pyctl takes imports only at "
              "the top of the module)");
    if (type(N) == "import_statement") {
      for (TSNode Name : fieldChildren(N, "name")) {
        if (type(Name) != "dotted_name")
          fail(Name, "unsupported construct: import alias");
        std::string Mod = text(Name);
        if (Mod != "typing") // typing: only in annotations (TypeAnnotations.h)
          checkModule(Name, Mod);
        ModuleNames.insert(Mod);
        noteImport(Mod);
      }
      return;
    }
    TSNode ModNode = field(N, "module_name");
    if (type(ModNode) != "dotted_name")
      fail(ModNode, "unsupported construct: relative import");
    std::string Mod = text(ModNode);
    if (Mod != "typing")
      checkModule(ModNode, Mod);
    std::vector<TSNode> Names = fieldChildren(N, "name");
    if (Names.empty())
      fail(N, "unsupported construct: 'from " + Mod + " import *'");
    for (TSNode Name : Names) {
      if (type(Name) != "dotted_name")
        fail(Name, "unsupported construct: import alias");
      std::string Attr = text(Name);
      if (Mod == "typing" ? !isKnownTypingName(Attr) : !moduleHas(Mod, Attr))
        fail(Name, "unsupported construct: '" + Mod + "." + Attr + "'");
      ImportedNames[Attr] = Mod;
      M.UsedNames.insert(Attr);
    }
    noteImport(Mod);
  }

  void buildStatement(TSNode N, StmtList &Out) {
    std::string T = type(N);
    SourceRange R = range(N);
    if (T == "import_statement" || T == "import_from_statement") {
      buildImport(N);
      return;
    }
    if (T == "future_import_statement") {
      // Only `from __future__ import annotations`: no annotation is then
      // evaluated (TypeAnnotations.h). CPython requires it first.
      // (CPython also allows a docstring before it; pyctl does not.)
      if (FunctionDepth || SawNonImport || !M.Imports.empty())
        fail(N, "unsupported construct: 'from __future__' import other than first in the module");
      for (TSNode Name : fieldChildren(N, "name"))
        if (type(Name) != "dotted_name" || text(Name) != "annotations")
          fail(Name, "unsupported construct: 'from __future__ import " + text(Name) + "'");
      M.FutureAnnotations = true;
      return;
    }
    if (FunctionDepth == 0)
      SawNonImport = true;
    if (T == "if_statement" && FunctionDepth == 0 && type(ts_node_parent(N)) == "module" && isMainGuard(N)) {
      if (!ts_node_is_null(field(N, "alternative")))
        fail(field(N, "alternative"), "unsupported construct: 'elif' or 'else' of 'if __name__ == \"__main__\":'");
      std::string Source = text(N);
      while (!Source.empty() && std::isspace(static_cast<unsigned char>(Source.back())))
        Source.pop_back();
      Out.push_back(std::make_unique<MainGuardStmt>(std::move(Source), R));
      return;
    }
    if (T == "expression_statement") {
      std::vector<TSNode> Cs = namedChildren(N);
      if (Cs.size() != 1)
        fail(N, "unsupported construct: tuple expression statement");
      TSNode E = Cs[0];
      std::string ET = type(E);
      if (ET == "assignment") {
        buildAssignment(E, Out);
        return;
      }
      if (ET == "augmented_assignment") {
        TSNode Op = field(E, "operator");
        std::string OpText = text(Op);
        OpText.pop_back(); // drop '='
        if (OpText == "@")
          fail(Op, "unsupported construct: matrix multiplication");
        TSNode Left = field(E, "left");
        std::string LT = type(Left);
        if (LT != "identifier" && LT != "subscript" && LT != "attribute")
          fail(Left, "'" + cpythonExprName(Left, "tuple") + "' is an illegal expression for augmented assignment");
        ExprPtr Target = buildTarget(Left, /*AllowTuple=*/false);
        Out.push_back(std::make_unique<AugAssignStmt>(std::move(Target), OpText,
                                                      buildExprOrList(field(E, "right")), R));
        return;
      }
      // A bare `...` evaluates the constant Ellipsis and drops it: `pass`.
      // (Ellipsis as a value, `x = ...`, stays unsupported.)
      if (ET == "ellipsis") {
        Out.push_back(std::make_unique<PassStmt>(R));
        return;
      }
      Out.push_back(std::make_unique<ExprStmt>(buildExpr(E), R));
      return;
    }
    if (T == "function_definition") {
      if (!ts_node_is_null(field(N, "type_parameters")))
        fail(field(N, "type_parameters"), "unsupported construct: type parameters");
      if (type(ts_node_child(N, 0)) == "async")
        fail(N, "unsupported construct: async function");
      std::string Name = text(field(N, "name"));
      if (Name == "__debug__")
        fail(N, "cannot assign to __debug__"); // CPython's location: the whole def
      checkNotBuiltin(field(N, "name"), Name);
      M.UsedNames.insert(Name);
      auto Def = std::make_unique<FunctionDefStmt>(Name, std::vector<std::string>(), StmtList(), R);
      buildParameters(field(N, "parameters"), *Def);
      // CPython evaluates the return annotation after the parameters' ones.
      if (!ts_node_is_null(field(N, "return_type")))
        Def->Returns = checkAnnotation(field(N, "return_type"), Text, annotationContext());
      Def->QualName = qualNameOf(Name);
      ++FunctionDepth;
      QualNames.push_back(Def->QualName + ".<locals>");
      unsigned SavedLoops = LoopDepth;
      LoopDepth = 0;
      StmtList Body = buildBlockChildren(field(N, "body"), N);
      LoopDepth = SavedLoops;
      QualNames.pop_back();
      --FunctionDepth;
      Def->Body = std::move(Body);
      liftComprehensionReads(*Def, M);
      Out.push_back(std::move(Def));
      return;
    }
    if (T == "return_statement") {
      if (FunctionDepth == 0)
        fail(N, "'return' outside function");
      std::vector<TSNode> Cs = namedChildren(N);
      ExprPtr V = Cs.empty() ? nullptr : buildExprOrList(Cs[0]);
      Out.push_back(std::make_unique<ReturnStmt>(std::move(V), R));
      return;
    }
    if (T == "if_statement") {
      Out.push_back(buildIf(N, field(N, "condition"), field(N, "consequence"), 0));
      return;
    }
    if (T == "while_statement") {
      // CPython evaluates the condition, and so makes each lambda in it,
      // before every iteration. Its lambdas' defs (which would otherwise
      // precede the loop and run once) go into the loop:
      //     while True:
      //         <defs>
      //         if not C: break
      //         B
      // `continue` in B reaches the defs and the test again, as in CPython.
      // With an `else` clause E, which runs when the test fails (not after a
      // `break` in B), and whose own `break`/`continue` belong to an
      // enclosing loop, a fresh flag says how the loop ended:
      //     _welseN = False
      //     while True:
      //         <defs>
      //         if not C:
      //             _welseN = True
      //             break
      //         B
      //     if _welseN:
      //         E
      StmtList CondLambdas;
      std::swap(CondLambdas, PendingLambdas);
      ExprPtr Cond = buildExpr(field(N, "condition"));
      std::swap(CondLambdas, PendingLambdas);
      ++LoopDepth;
      StmtList Body = buildBlockChildren(field(N, "body"), N);
      --LoopDepth;
      StmtList Else = buildElse(field(N, "alternative"));
      if (!CondLambdas.empty()) {
        std::string Flag = Else.empty() ? std::string() : M.freshName("_welse");
        if (!Flag.empty())
          Out.push_back(std::make_unique<AssignStmt>(std::make_unique<NameExpr>(Flag, R),
                                                     std::make_unique<BoolLitExpr>(false, R), R));
        StmtList Loop = std::move(CondLambdas);
        StmtList Exit;
        if (!Flag.empty())
          Exit.push_back(std::make_unique<AssignStmt>(std::make_unique<NameExpr>(Flag, R),
                                                      std::make_unique<BoolLitExpr>(true, R), R));
        Exit.push_back(std::make_unique<BreakStmt>(R));
        Loop.push_back(std::make_unique<IfStmt>(std::make_unique<UnaryExpr>("not", std::move(Cond), R),
                                                std::move(Exit), StmtList(), R));
        for (auto &S : Body)
          Loop.push_back(std::move(S));
        Out.push_back(std::make_unique<WhileStmt>(std::make_unique<BoolLitExpr>(true, R), std::move(Loop),
                                                  StmtList(), R));
        if (!Flag.empty())
          Out.push_back(std::make_unique<IfStmt>(std::make_unique<NameExpr>(Flag, R), std::move(Else),
                                                 StmtList(), R));
        return;
      }
      Out.push_back(std::make_unique<WhileStmt>(std::move(Cond), std::move(Body), std::move(Else), R));
      return;
    }
    if (T == "for_statement") {
      if (type(ts_node_child(N, 0)) == "async")
        fail(N, "unsupported construct: async for");
      ExprPtr Target = buildTarget(field(N, "left"), /*AllowTuple=*/true);
      ExprPtr Iter = markIterated(buildExprOrList(field(N, "right")));
      ++LoopDepth;
      StmtList Body = buildBlockChildren(field(N, "body"), N);
      --LoopDepth;
      StmtList Else = buildElse(field(N, "alternative"));
      Out.push_back(std::make_unique<ForStmt>(std::move(Target), std::move(Iter), std::move(Body),
                                              std::move(Else), R));
      return;
    }
    if (T == "global_statement" || T == "nonlocal_statement") {
      bool Global = T == "global_statement";
      if (!Global && FunctionDepth == 0)
        fail(N, "nonlocal declaration not allowed at module level");
      std::map<std::string, unsigned> Before;
      collectScopeNamesBefore(enclosingScopeBody(N), ts_node_start_byte(N), Before);
      std::vector<std::string> Names;
      for (TSNode Ch : namedChildren(N)) {
        auto It = Before.find(text(Ch));
        // A parameter's own error ("is parameter and global") comes first.
        if (It != Before.end() && It->second != 0 && !isParameterOfEnclosingDef(N, text(Ch)))
          fail(N, "name '" + text(Ch) + "' is " +
                      ((It->second & NameUsed) ? "used prior to " : "assigned to before ") +
                      (Global ? "global" : "nonlocal") + " declaration");
        Names.push_back(text(Ch));
        M.UsedNames.insert(Names.back());
      }
      if (Global)
        Out.push_back(std::make_unique<GlobalStmt>(std::move(Names), R));
      else
        Out.push_back(std::make_unique<NonlocalStmt>(std::move(Names), R));
      return;
    }
    if (T == "raise_statement") {
      Out.push_back(buildRaise(N));
      return;
    }
    if (T == "try_statement") {
      Out.push_back(buildTry(N));
      return;
    }
    if (T == "delete_statement") {
      std::vector<TSNode> Cs = namedChildren(N);
      std::vector<TSNode> Targets;
      if (Cs.size() == 1 && type(Cs[0]) == "expression_list")
        Targets = namedChildren(Cs[0]);
      else
        Targets = Cs;
      // `del (a, [b])` deletes a, then b, as CPython does.
      while (!Targets.empty()) {
        TSNode Tg = Targets.front();
        Targets.erase(Targets.begin());
        std::string TT = type(Tg);
        if (TT == "parenthesized_expression" && namedChildren(Tg).size() == 1) {
          Targets.insert(Targets.begin(), namedChildren(Tg)[0]);
          continue;
        }
        if (TT == "tuple" || TT == "list") {
          std::vector<TSNode> Inner = namedChildren(Tg);
          Targets.insert(Targets.begin(), Inner.begin(), Inner.end());
          continue;
        }
        if (TT == "identifier" && text(Tg) == "__debug__")
          fail(Tg, "cannot delete __debug__");
        if (TT != "identifier" && TT != "subscript" && TT != "attribute")
          fail(Tg, "cannot delete " + cpythonExprName(Tg, "expression"));
        ExprPtr Target = buildTarget(Tg, /*AllowTuple=*/false);
        Out.push_back(std::make_unique<DelStmt>(std::move(Target), range(N)));
      }
      return;
    }
    if (T == "assert_statement") {
      // assert c, m  ==>  if not c: raise AssertionError(m): what CPython runs
      // (without -O); m is evaluated only when the assertion fails.
      std::vector<TSNode> Cs = namedChildren(N);
      if (Cs.empty() || Cs.size() > 2)
        fail(N, "syntax error in assert");
      ExprList Args;
      if (Cs.size() == 2)
        Args.push_back(buildExpr(Cs[1]));
      StmtList Fail;
      Fail.push_back(std::make_unique<RaiseStmt>("AssertionError", std::move(Args), nullptr, nullptr, R));
      Out.push_back(std::make_unique<IfStmt>(std::make_unique<UnaryExpr>("not", buildExpr(Cs[0]), R),
                                             std::move(Fail), StmtList(), R));
      return;
    }
    if (T == "pass_statement") {
      Out.push_back(std::make_unique<PassStmt>(R));
      return;
    }
    if (T == "break_statement" || T == "continue_statement") {
      if (LoopDepth == 0)
        fail(N, "'" + T.substr(0, T.find('_')) + "' outside loop");
      if (T == "break_statement")
        Out.push_back(std::make_unique<BreakStmt>(R));
      else
        Out.push_back(std::make_unique<ContinueStmt>(R));
      return;
    }
    unsupported(N);
  }

  enum : unsigned { NameUsed = 1, NameAssigned = 2 };

  /// The body of the function holding statement \p N, or the module.
  TSNode enclosingScopeBody(TSNode N) const {
    for (TSNode P = ts_node_parent(N); !ts_node_is_null(P); P = ts_node_parent(P))
      if (type(P) == "function_definition")
        return field(P, "body");
    TSNode Root = N;
    while (!ts_node_is_null(ts_node_parent(Root)))
      Root = ts_node_parent(Root);
    return Root;
  }

  /// Whether \p Name is a parameter of the function holding statement \p N.
  bool isParameterOfEnclosingDef(TSNode N, const std::string &Name) const {
    for (TSNode P = ts_node_parent(N); !ts_node_is_null(P); P = ts_node_parent(P)) {
      if (type(P) != "function_definition")
        continue;
      TSNode Params = field(P, "parameters");
      if (ts_node_is_null(Params))
        return false;
      for (TSNode Ch : namedChildren(Params)) {
        TSNode Id = Ch;
        if (type(Ch) == "default_parameter" || type(Ch) == "typed_default_parameter")
          Id = field(Ch, "name");
        else if (type(Ch) != "identifier" && ts_node_named_child_count(Ch) > 0)
          Id = ts_node_named_child(Ch, 0);
        if (!ts_node_is_null(Id) && type(Id) == "identifier" && text(Id) == Name)
          return true;
      }
      return false;
    }
    return false;
  }

  /// Whether identifier \p Id is a store (assignment, `for`, `del`, `except
  /// ... as`, `import`) target rather than a read.
  bool isStoreTarget(TSNode Id) const {
    TSNode C = Id;
    TSNode P = ts_node_parent(C);
    while (!ts_node_is_null(P)) {
      std::string PT = type(P);
      if (PT == "pattern_list" || PT == "tuple_pattern" || PT == "list_pattern" ||
          PT == "list_splat_pattern" || PT == "parenthesized_expression" || PT == "tuple" ||
          PT == "list" || PT == "expression_list") {
        C = P;
        P = ts_node_parent(P);
        continue;
      }
      break;
    }
    if (ts_node_is_null(P))
      return false;
    std::string PT = type(P);
    if (PT == "assignment" || PT == "augmented_assignment" || PT == "for_statement" ||
        PT == "for_in_clause")
      return ts_node_eq(field(P, "left"), C);
    if (PT == "delete_statement" || PT == "as_pattern_target" || PT == "dotted_name" ||
        PT == "aliased_import")
      return true;
    if (PT == "except_clause" || PT == "as_pattern")
      return !ts_node_eq(ts_node_named_child(P, 0), C);
    if (PT == "named_expression")
      return ts_node_eq(field(P, "name"), C);
    return false;
  }

  /// CPython's symbol-table facts (NameUsed / NameAssigned) for the names of
  /// the scope whose body is \p N, from the source before byte \p Until: what
  /// makes a later `global`/`nonlocal` of the name a SyntaxError. Nested
  /// functions, lambdas and comprehensions are their own scopes (only their
  /// defaults, decorators, name and first iterable belong to this one).
  void collectScopeNamesBefore(TSNode N, uint32_t Until, std::map<std::string, unsigned> &Out) const {
    if (ts_node_start_byte(N) >= Until)
      return;
    std::string T = type(N);
    if (T == "global_statement" || T == "nonlocal_statement" || T == "keyword_argument" ||
        T == "attribute") {
      if (T == "keyword_argument")
        collectScopeNamesBefore(field(N, "value"), Until, Out);
      if (T == "attribute")
        collectScopeNamesBefore(field(N, "object"), Until, Out);
      return;
    }
    if (T == "identifier") {
      Out[text(N)] |= isStoreTarget(N) ? NameAssigned : NameUsed;
      return;
    }
    if (T == "function_definition" || T == "lambda" || T == "class_definition") {
      if (T != "lambda")
        Out[text(field(N, "name"))] |= NameAssigned;
      TSNode Params = field(N, "parameters");
      if (!ts_node_is_null(Params))
        for (TSNode P : namedChildren(Params))
          if (type(P) == "default_parameter" || type(P) == "typed_default_parameter")
            collectScopeNamesBefore(field(P, "value"), Until, Out);
      return;
    }
    if (T == "list_comprehension" || T == "set_comprehension" || T == "dictionary_comprehension" ||
        T == "generator_expression") {
      TSNode FirstIter = firstIterable(N);
      if (!ts_node_is_null(FirstIter))
        collectScopeNamesBefore(FirstIter, Until, Out);
      // Its walruses bind in this scope (PEP 572).
      std::vector<TSNode> Work{N};
      while (!Work.empty()) {
        TSNode Cur = Work.back();
        Work.pop_back();
        if (ts_node_start_byte(Cur) >= Until || type(Cur) == "lambda")
          continue;
        if (type(Cur) == "named_expression" && !ts_node_is_null(field(Cur, "name")))
          Out[text(field(Cur, "name"))] |= NameAssigned;
        for (uint32_t I = 0, E = ts_node_named_child_count(Cur); I < E; ++I)
          Work.push_back(ts_node_named_child(Cur, I));
      }
      return;
    }
    for (TSNode Ch : namedChildren(N))
      collectScopeNamesBefore(Ch, Until, Out);
  }

  /// The parameters of a `def`: positional ones with defaults, `*args` or a
  /// bare `*`, keyword-only ones (with or without defaults), `**kwargs`.
  void buildParameters(TSNode List, FunctionDefStmt &Def) {
    bool KwOnly = false, SawBareStar = false;
    std::vector<std::string> All;
    auto Add = [&](TSNode P, const std::string &PName) {
      // CPython reports a `__debug__` parameter at the def (or lambda) itself.
      if (PName == "__debug__")
        fail(ts_node_parent(List), "cannot assign to __debug__");
      checkNotBuiltin(P, PName);
      for (const auto &Seen : All)
        if (Seen == PName)
          fail(P, "duplicate argument '" + PName + "' in function definition");
      M.UsedNames.insert(PName);
      All.push_back(PName);
    };
    auto SplatName = [&](TSNode P) {
      std::vector<TSNode> Inner = namedChildren(P);
      if (Inner.size() != 1 || type(Inner[0]) != "identifier")
        unsupported(P);
      return Inner[0];
    };
    for (TSNode P : namedChildren(List)) {
      std::string T = type(P);
      if (!Def.KwArg.empty())
        fail(P, "arguments cannot follow var-keyword argument");
      // `name: T`, `*args: T`, `**kw: T`, `name: T = default`: the annotation
      // is checked and kept (TypeAnnotations.h), the parameter built as usual.
      TSNode AnnNode{};
      if (T == "typed_parameter" || T == "typed_default_parameter")
        AnnNode = field(P, "type");
      if (T == "typed_parameter") {
        std::vector<TSNode> Inner = namedChildren(P);
        if (Inner.empty())
          unsupported(P);
        P = Inner[0];
        T = type(P);
      }
      auto NoteAnnotation = [&](const std::string &PName) {
        if (!ts_node_is_null(AnnNode))
          Def.ParamAnnotations[PName] = checkAnnotation(AnnNode, Text, annotationContext());
      };
      if (T == "list_splat_pattern" || T == "keyword_separator") {
        if (KwOnly)
          fail(P, "* argument may appear only once");
        KwOnly = true;
        if (T == "list_splat_pattern") {
          TSNode Id = SplatName(P);
          Add(Id, text(Id));
          Def.VarArg = text(Id);
          NoteAnnotation(Def.VarArg);
        } else {
          SawBareStar = true;
        }
        continue;
      }
      if (T == "dictionary_splat_pattern") {
        TSNode Id = SplatName(P);
        Add(Id, text(Id));
        Def.KwArg = text(Id);
        NoteAnnotation(Def.KwArg);
        continue;
      }
      TSNode PNameNode = P;
      bool HasDefault = false;
      if (T == "default_parameter" || T == "typed_default_parameter") {
        PNameNode = field(P, "name");
        if (type(PNameNode) != "identifier")
          unsupported(PNameNode);
        HasDefault = true;
      } else if (T != "identifier") {
        unsupported(P);
      } else if (!KwOnly && Def.Defaults.size() != 0) {
        fail(P, "non-default argument follows default argument");
      }
      Add(P, text(PNameNode));
      NoteAnnotation(text(PNameNode));
      if (HasDefault)
        Def.Defaults.push_back(buildExpr(field(P, "value")));
      if (KwOnly) {
        Def.KwOnly.push_back(text(PNameNode));
        Def.KwOnlyHasDefault.push_back(HasDefault);
      } else {
        Def.Params.push_back(text(PNameNode));
      }
    }
    if (SawBareStar && Def.KwOnly.empty())
      fail(List, "named arguments must follow bare *");
  }

  /// Whether the `if` statement \p N tests `__name__ == "__main__"` (either
  /// operand order, any quotes, no other operator or operand).
  bool isMainGuard(TSNode N) {
    TSNode Cond = field(N, "condition");
    if (type(Cond) != "comparison_operator" || ts_node_child_count(Cond) != 3 ||
        type(ts_node_child(Cond, 1)) != "==")
      return false;
    TSNode L = ts_node_child(Cond, 0), Rt = ts_node_child(Cond, 2);
    if (type(L) == "string")
      std::swap(L, Rt);
    if (type(L) != "identifier" || text(L) != "__name__" || type(Rt) != "string")
      return false;
    std::string S = text(Rt);
    return S == "\"__main__\"" || S == "'__main__'";
  }

  /// `raise E(args)` / `raise E` for a builtin exception class E, `raise v`
  /// for a variable v (a caught exception), each optionally `from` a cause.
  StmtPtr buildRaise(TSNode N) {
    std::vector<TSNode> Cs = namedChildren(N);
    if (Cs.empty())
      return std::make_unique<RaiseStmt>("", ExprList(), nullptr, nullptr, range(N)); // re-raise
    ExprPtr Cause;
    if (TSNode C = field(N, "cause"); !ts_node_is_null(C))
      Cause = buildExpr(C);
    TSNode E = Cs[0];
    // A variable: whatever it holds is raised (CPython's TypeError "exceptions must derive from
    // BaseException" for anything but an exception).
    if (type(E) == "identifier" && !isBuiltinExceptionName(text(E)))
      return std::make_unique<RaiseStmt>("", ExprList(), buildExpr(E), std::move(Cause), range(N));
    TSNode NameNode = E;
    ExprList Args;
    if (type(E) == "call") {
      NameNode = field(E, "function");
      TSNode ArgList = field(E, "arguments");
      if (type(ArgList) != "argument_list")
        unsupported(ArgList);
      for (TSNode A : namedChildren(ArgList))
        Args.push_back(buildExpr(A));
    }
    std::string Name = type(NameNode) == "identifier" ? text(NameNode) : "";
    // `raise cls(args)` for a variable cls: the evaluator raises the class it
    // holds (an exception class) and refuses anything else.
    if (type(E) == "call" && !Name.empty() && !isCPythonBuiltin(Name)) {
      auto Ra = std::make_unique<RaiseStmt>("", std::move(Args), buildExpr(NameNode), std::move(Cause), range(N));
      Ra->CallsValue = true;
      return Ra;
    }
    if (isBuiltinExceptionName(Name) && !isRaisableExceptionName(Name))
      fail(NameNode, "unsupported construct: raise of '" + Name +
                         "', which does not derive from Exception");
    if (!isBuiltinExceptionName(Name))
      fail(E, "unsupported construct: raise of anything but a builtin exception class "
              "(ValueError, TypeError, KeyError, ...) or a variable, or a call of one");
    return std::make_unique<RaiseStmt>(Name, std::move(Args), nullptr, std::move(Cause), range(N));
  }

  /// `try` with `except` clauses naming builtin exception classes (or
  /// bare), `else` and `finally`.
  StmtPtr buildTry(TSNode N) {
    StmtList Body = buildBlockChildren(field(N, "body"), N);
    std::vector<ExceptHandler> Handlers;
    StmtList Else, Final;
    for (TSNode Ch : namedChildren(N)) {
      std::string T = type(Ch);
      if (T == "except_group_clause")
        fail(Ch, "unsupported construct: 'except*'");
      if (T == "else_clause")
        Else = buildBlockChildren(field(Ch, "body"), Ch);
      else if (T == "finally_clause")
        Final = buildBlockChildren(namedChildren(Ch).back(), Ch);
      else if (T == "except_clause")
        Handlers.push_back(buildHandler(Ch));
    }
    return std::make_unique<TryStmt>(std::move(Body), std::move(Handlers), std::move(Else),
                                     std::move(Final), range(N));
  }

  ExceptHandler buildHandler(TSNode N) {
    ExceptHandler H;
    H.Range = range(N);
    for (uint32_t I = 0; I < ts_node_child_count(N); ++I)
      if (type(ts_node_child(N, I)) == ",")
        fail(ts_node_child(N, I), "syntax error: multiple exception types must be parenthesized");
    TSNode Value = field(N, "value");
    TSNode Alias = field(N, "alias");
    if (!ts_node_is_null(Value) && type(Value) == "as_pattern") {
      // tree-sitter parses `except E as e` as the expression `E as e`.
      Alias = field(Value, "alias");
      if (type(Alias) == "as_pattern_target" && namedChildren(Alias).size() == 1)
        Alias = namedChildren(Alias)[0];
      Value = namedChildren(Value)[0];
    }
    if (!ts_node_is_null(Value)) {
      std::vector<TSNode> Types{Value};
      while (type(Types[0]) == "parenthesized_expression" && namedChildren(Types[0]).size() == 1)
        Types = {namedChildren(Types[0])[0]};
      if (type(Types[0]) == "tuple") {
        H.TupleSyntax = true;
        Types = namedChildren(Types[0]);
      }
      // `except errors` for a variable holding a class or a tuple of classes.
      if (!H.TupleSyntax && type(Types[0]) == "identifier" && !isCPythonBuiltin(text(Types[0])))
        H.TypeExpr = buildExpr(Types[0]);
      for (TSNode Ty : H.TypeExpr ? std::vector<TSNode>() : Types) {
        // `except json.JSONDecodeError` (after `import json`): the class JSONDecodeError.
        if (type(Ty) == "attribute" && ModuleNames.count("json") &&
            text(field(Ty, "object")) == "json" &&
            text(field(Ty, "attribute")) == "JSONDecodeError") {
          H.Types.push_back("JSONDecodeError");
          continue;
        }
        // A CPython builtin class outside pyctl's exception hierarchy
        // (OSError, MemoryError, Warning, ...): catching it cannot be modelled.
        if (type(Ty) == "identifier" && isCPythonBuiltin(text(Ty)) && std::isupper(text(Ty)[0]) &&
            text(Ty) != "Ellipsis" && text(Ty) != "NotImplemented" && !isBuiltinExceptionName(text(Ty)))
          fail(Ty, "unsupported construct: 'except " + text(Ty) + "' (the builtin exception class '" +
                       text(Ty) + "' is not modelled by pyctl)");
        if (type(Ty) != "identifier" || !isBuiltinExceptionName(text(Ty)))
          fail(Ty, "unsupported construct: 'except' of anything but builtin exception classes "
                   "(ValueError, (KeyError, IndexError), ...)");
        H.Types.push_back(text(Ty));
      }
    }
    if (!ts_node_is_null(Alias)) {
      if (type(Alias) != "identifier")
        fail(Alias, "cannot use " + type(Alias) + " as an 'except ... as' target");
      H.Name = text(Alias);
      if (H.Name == "__debug__") // CPython's message: the name is deleted after the handler
        fail(Alias, "cannot delete __debug__");
      checkNotBuiltin(Alias, H.Name);
      M.UsedNames.insert(H.Name);
    }
    H.Body = buildBlockChildren(namedChildren(N).back(), N);
    return H;
  }

  StmtPtr buildIf(TSNode Stmt, TSNode Cond, TSNode Consequence, unsigned AltIndex) {
    SourceRange R = range(Stmt);
    ExprPtr C = buildExpr(Cond);
    StmtList Then = buildBlockChildren(Consequence, Stmt);
    StmtList Else;
    // Alternatives of the original if_statement, from AltIndex on.
    std::vector<TSNode> Alts = fieldChildren(Stmt, "alternative");
    if (AltIndex < Alts.size()) {
      TSNode Alt = Alts[AltIndex];
      if (type(Alt) == "elif_clause") {
        StmtPtr Nested = buildIfFrom(Stmt, Alt, Alts, AltIndex);
        Else.push_back(std::move(Nested));
      } else {
        Else = buildBlockChildren(field(Alt, "body"), Alt);
      }
    }
    return std::make_unique<IfStmt>(std::move(C), std::move(Then), std::move(Else), R);
  }

  StmtPtr buildIfFrom(TSNode Stmt, TSNode Elif, const std::vector<TSNode> &Alts, unsigned Index) {
    SourceRange R = range(Elif);
    ExprPtr C = buildExpr(field(Elif, "condition"));
    StmtList Then = buildBlockChildren(field(Elif, "consequence"), Elif);
    StmtList Else;
    if (Index + 1 < Alts.size()) {
      TSNode Alt = Alts[Index + 1];
      if (type(Alt) == "elif_clause")
        Else.push_back(buildIfFrom(Stmt, Alt, Alts, Index + 1));
      else
        Else = buildBlockChildren(field(Alt, "body"), Alt);
    }
    return std::make_unique<IfStmt>(std::move(C), std::move(Then), std::move(Else), R);
  }

  StmtList buildElse(TSNode Alt) {
    if (ts_node_is_null(Alt))
      return {};
    return buildBlockChildren(field(Alt, "body"), Alt);
  }

  /// What annotations may refer to here (TypeAnnotations.h).
  AnnotationContext annotationContext() const {
    return AnnotationContext{ImportedNames, ModuleNames.count("typing") != 0, M.FutureAnnotations};
  }

  /// CPython's SyntaxError for an annotated name the same scope declares
  /// `global` or `nonlocal`, before or after the annotation (reported at the
  /// annotation; at module level a `global` after it, but conservatively
  /// also one before it, is refused).
  void checkAnnotatedNotDeclared(TSNode Stmt, const std::string &Name) const {
    std::vector<TSNode> Work{enclosingScopeBody(Stmt)};
    while (!Work.empty()) {
      TSNode X = Work.back();
      Work.pop_back();
      std::string T = type(X);
      if (T == "function_definition" || T == "class_definition" || T == "lambda")
        continue;
      if (T == "global_statement" || T == "nonlocal_statement") {
        for (TSNode Ch : namedChildren(X))
          if (text(Ch) == Name)
            fail(Stmt, "annotated name '" + Name + "' can't be " +
                           (T == "global_statement" ? "global" : "nonlocal"));
        continue;
      }
      for (TSNode Ch : namedChildren(X))
        Work.push_back(Ch);
    }
  }

  /// `x: T = v` (the assignment `x = v`, annotated) and `x: T` (an
  /// AnnotationStmt): a single name target only.
  void buildAnnotatedAssignment(TSNode N, StmtList &Out) {
    TSNode Left = field(N, "left"), Right = field(N, "right");
    std::string LT = type(Left);
    // `(x): int` is a parenthesized name, which CPython annotates as a
    // "complex" target (not stored, not evaluated in a function).
    if (LT == "tuple_pattern" && namedChildren(Left).size() == 1 && !hasCommaAfter(Left, namedChildren(Left)[0]))
      fail(Left, "unsupported construct: annotated assignment to a parenthesized name");
    if (LT == "pattern_list" || LT == "tuple_pattern" || LT == "list_pattern")
      fail(Left, "only single target (not tuple) can be annotated");
    if (LT != "identifier")
      fail(Left, "unsupported construct: annotated assignment to " +
                     std::string(LT == "subscript" ? "a subscript" : LT == "attribute" ? "an attribute"
                                                                                       : "this target"));
    std::string Name = text(Left);
    checkNotBuiltin(Left, Name);
    checkAnnotatedNotDeclared(N, Name);
    AnnotationContext Ctx = annotationContext();
    // PEP 526: the annotation of a function's local variable is never
    // evaluated, so it is accepted and printed as written (as under
    // `from __future__ import annotations`). `x: object` is how scope-hoist
    // declares a name; at module level evaluating a bare `object` cannot
    // raise (the builtin, or whatever the module bound to the name), and
    // nothing reads the module's __annotations__.
    TSNode TypeNode = field(N, "type");
    TSNode TypeExpr = type(TypeNode) == "type" && ts_node_named_child_count(TypeNode) == 1
                          ? ts_node_named_child(TypeNode, 0)
                          : TypeNode;
    if (!QualNames.empty() || (type(TypeExpr) == "identifier" && text(TypeExpr) == "object"))
      Ctx.Future = true;
    Annotation A = checkAnnotation(TypeNode, Text, Ctx);
    if (ts_node_is_null(Right)) {
      M.UsedNames.insert(Name);
      Out.push_back(std::make_unique<AnnotationStmt>(Name, std::move(A), range(N)));
      return;
    }
    if (type(Right) == "assignment" || type(Right) == "augmented_assignment" || type(Right) == "yield")
      unsupported(Right);
    ExprPtr Target = buildTarget(Left, /*AllowTuple=*/false);
    auto S = std::make_unique<AssignStmt>(std::move(Target), buildExprOrList(Right), range(N));
    S->Ann = std::move(A);
    Out.push_back(std::move(S));
  }

  void buildAssignment(TSNode N, StmtList &Out) {
    if (!ts_node_is_null(field(N, "type"))) {
      buildAnnotatedAssignment(N, Out);
      return;
    }
    // a = b = v: tree-sitter nests assignments in "right".
    std::vector<TSNode> Targets{field(N, "left")};
    TSNode Right = field(N, "right");
    while (!ts_node_is_null(Right) && type(Right) == "assignment") {
      if (!ts_node_is_null(field(Right, "type")))
        fail(Right, "unsupported construct: annotated assignment");
      Targets.push_back(field(Right, "left"));
      Right = field(Right, "right");
    }
    if (ts_node_is_null(Right))
      fail(N, "syntax error: expected a value");
    if (type(Right) == "augmented_assignment" || type(Right) == "yield")
      unsupported(Right);
    if (Targets.size() == 1) {
      ExprPtr Target = buildTarget(Targets[0], /*AllowTuple=*/true);
      Out.push_back(std::make_unique<AssignStmt>(std::move(Target), buildExprOrList(Right), range(N)));
      return;
    }
    // `t1 = t2 = ... = v`: CPython evaluates v once, then assigns it to the
    // targets left to right, each target's own subexpressions (`xs[i]`)
    // evaluated just before its store: `_chainN = v; t1 = _chainN; t2 =
    // _chainN; ...`. The temporary is a fresh name no program can read, so
    // holding the value in it changes nothing observable.
    std::vector<ExprPtr> Built;
    for (TSNode Tg : Targets)
      Built.push_back(buildTarget(Tg, /*AllowTuple=*/true));
    std::string Tmp = M.freshName("_chain");
    SourceRange R = range(N);
    Out.push_back(std::make_unique<AssignStmt>(std::make_unique<NameExpr>(Tmp, R), buildExprOrList(Right), R));
    for (auto &T : Built)
      Out.push_back(std::make_unique<AssignStmt>(std::move(T), std::make_unique<NameExpr>(Tmp, R), R));
  }

  /// An assignment target: a name, a subscript, or (when allowed) a tuple or
  /// list of targets.
  ExprPtr buildTarget(TSNode N, bool AllowTuple) {
    std::string T = type(N);
    if (T == "identifier") {
      std::string Name = text(N);
      checkNotBuiltin(N, Name);
      M.UsedNames.insert(Name);
      return std::make_unique<NameExpr>(Name, range(N));
    }
    if (T == "subscript")
      return buildExpr(N);
    if (AllowTuple && (T == "pattern_list" || T == "tuple_pattern" || T == "list_pattern" ||
                       T == "tuple" || T == "list" || T == "expression_list")) {
      ExprList Elts;
      bool Starred = false;
      for (TSNode Ch : namedChildren(N)) {
        if (type(Ch) == "list_splat_pattern") {
          if (Starred)
            fail(Ch, "multiple starred expressions in assignment");
          Starred = true;
          std::vector<TSNode> Inner = namedChildren(Ch);
          if (Inner.size() != 1)
            fail(Ch, "syntax error in starred target");
          Elts.push_back(std::make_unique<StarredExpr>(buildTarget(Inner[0], false), range(Ch)));
          continue;
        }
        Elts.push_back(buildTarget(Ch, true));
      }
      return std::make_unique<TupleExpr>(std::move(Elts), range(N));
    }
    if (T == "parenthesized_expression") {
      std::vector<TSNode> Cs = namedChildren(N);
      if (Cs.size() == 1)
        return buildTarget(Cs[0], AllowTuple);
    }
    if (T == "attribute") {
      if (text(field(N, "attribute")) == "__debug__")
        fail(N, "cannot assign to __debug__");
      unsupported(N);
    }
    if (T == "list_splat_pattern")
      fail(N, "starred assignment target must be in a list or tuple");
    fail(N, "cannot assign to " + cpythonExprName(N, "expression"));
  }

  /// What CPython's SyntaxErrors call the expression \p N ("function call",
  /// "literal", "comparison", ...: CPython 3.11's _PyPegen_get_expr_name),
  /// looking through parentheses; \p Sequence for a tuple or list display.
  std::string cpythonExprName(TSNode N, const std::string &Sequence) const {
    std::string T = type(N);
    if (T == "parenthesized_expression" && namedChildren(N).size() == 1)
      return cpythonExprName(namedChildren(N)[0], Sequence);
    if (T == "tuple" || T == "pattern_list" || T == "tuple_pattern" || T == "expression_list")
      return Sequence == "expression" ? "tuple" : Sequence;
    if (T == "list" || T == "list_pattern")
      return Sequence == "expression" || Sequence == "tuple" ? "list" : Sequence;
    static const std::map<std::string, std::string> Names = {
        {"call", "function call"},
        {"integer", "literal"},
        {"float", "literal"},
        {"concatenated_string", "literal"},
        {"true", "True"},
        {"false", "False"},
        {"none", "None"},
        {"ellipsis", "ellipsis"},
        {"comparison_operator", "comparison"},
        {"conditional_expression", "conditional expression"},
        {"lambda", "lambda"},
        {"dictionary", "dict literal"},
        {"set", "set display"},
        {"list_comprehension", "list comprehension"},
        {"dictionary_comprehension", "dict comprehension"},
        {"set_comprehension", "set comprehension"},
        {"generator_expression", "generator expression"},
        {"named_expression", "named expression"},
        {"await", "await expression"},
        {"yield", "yield expression"},
        {"attribute", "attribute"},
        {"subscript", "subscript"},
        {"identifier", "name"},
        {"list_splat", "starred"},
        {"list_splat_pattern", "starred"}};
    if (T == "string") {
      std::string S = text(N);
      std::string Prefix = S.substr(0, S.find_first_of("'\""));
      return Prefix.find_first_of("fF") == std::string::npos ? "literal" : "f-string expression";
    }
    auto It = Names.find(T);
    return It != Names.end() ? It->second : "expression";
  }

  void checkNotBuiltin(TSNode N, const std::string &Name) {
    if (Name == "__debug__")
      fail(N, "cannot assign to __debug__");
    if (isBuiltinName(Name) || isBuiltinExceptionName(Name))
      fail(N, "assignment to builtin name '" + Name + "' is not supported");
    if (ImportedNames.count(Name) || std::find(M.Imports.begin(), M.Imports.end(), Name) != M.Imports.end())
      fail(N, "unsupported construct: binding the imported name '" + Name + "'");
  }

  // --- Expressions ---------------------------------------------------------
  /// An expression that may be a bare comma list (`return a, b`).
  ExprPtr buildExprOrList(TSNode N) {
    if (type(N) == "expression_list" || type(N) == "pattern_list") {
      ExprList Elts;
      for (TSNode Ch : namedChildren(N))
        Elts.push_back(buildItem(Ch)); // `return *a, b` spreads a, as `(*a, b)` does
      return std::make_unique<TupleExpr>(std::move(Elts), range(N));
    }
    return buildExpr(N);
  }

  /// \p N, or the operand of the splat buildItem strips when \p N is it.
  TSNode throughStrippedSplat(TSNode N) const {
    if (!ts_node_is_null(StrippedSplat) && !ts_node_is_null(N) && ts_node_eq(N, StrippedSplat))
      return namedChildren(N)[0];
    return N;
  }

  ExprPtr buildExpr(TSNode N) {
    if (TSNode Operand = throughStrippedSplat(N); !ts_node_eq(Operand, N))
      return buildExpr(Operand); // see buildItem
    std::string T = type(N);
    SourceRange R = range(N);
    if (T == "identifier") {
      std::string Name = text(N);
      auto Imported = ImportedNames.find(Name);
      if (Imported != ImportedNames.end())
        return moduleMember(N, Imported->second, Name);
      if (std::find(M.Imports.begin(), M.Imports.end(), Name) != M.Imports.end())
        fail(N, "unsupported construct: module '" + Name + "' used as a value");
      M.UsedNames.insert(Name);
      return std::make_unique<NameExpr>(Name, R);
    }
    if (T == "attribute") {
      TSNode Obj = throughStrippedSplat(field(N, "object"));
      if (type(Obj) == "identifier" && ModuleNames.count(text(Obj)))
        return moduleMember(N, text(Obj), text(field(N, "attribute")));
      if (isMethodDescriptorRead(N)) {
        std::string Name = text(Obj) + "." + text(field(N, "attribute"));
        M.UsedNames.insert(text(Obj));
        return std::make_unique<NameExpr>(Name, R);
      }
      // `obj.name` for the attributes pyctl implements is read as the builtin
      // call getattr(obj, 'name'), which CPython evaluates the same way.
      std::string Attr = text(field(N, "attribute"));
      // A method read from a value, `d.get`, is a bound method (BoundMethod.h),
      // looked up when the read runs, as getattr(d, 'get') does.
      if (!isReadableAttributeName(Attr) && !isBoundMethodName(Attr))
        unsupported(N);
      if (Attr == "groupindex" && !readsGroupindexAsDict(N))
        fail(N, "unsupported construct: 'groupindex' other than read by [], in, len(), dict(), list(), "
                "sorted(), a for loop, .get(), .keys(), .values() or .items() (CPython's mappingproxy "
                "is not a dict)");
      ExprList Args;
      Args.push_back(buildExpr(Obj));
      Args.push_back(std::make_unique<StrLitExpr>(Attr, range(field(N, "attribute"))));
      return std::make_unique<CallExpr>(std::make_unique<NameExpr>("getattr", R), std::move(Args), R);
    }
    if (T == "integer")
      return buildInteger(N);
    if (T == "float")
      return buildFloat(N);
    if (T == "true" || T == "false")
      return std::make_unique<BoolLitExpr>(T == "true", R);
    if (T == "none")
      return std::make_unique<NoneLitExpr>(R);
    if (T == "string" || T == "concatenated_string")
      return buildString(N);
    if (T == "parenthesized_expression") {
      std::vector<TSNode> Cs = namedChildren(N);
      if (Cs.size() != 1)
        fail(N, "syntax error");
      return buildExpr(Cs[0]);
    }
    if (T == "tuple" || T == "list" || T == "set") {
      ExprList Elts;
      for (TSNode Ch : namedChildren(N))
        Elts.push_back(buildItem(Ch));
      if (T == "tuple")
        return std::make_unique<TupleExpr>(std::move(Elts), R);
      if (T == "set")
        return std::make_unique<SetExpr>(std::move(Elts), R, setFolding(Elts));
      return std::make_unique<ListExpr>(std::move(Elts), R);
    }
    if (T == "subscript") {
      ExprPtr V = buildExpr(field(N, "value"));
      std::vector<TSNode> Subs = fieldChildren(N, "subscript");
      if (Subs.size() == 1 && !hasCommaAfter(N, Subs[0])) {
        ExprPtr Index = type(Subs[0]) == "slice" ? buildSlice(Subs[0]) : buildExpr(Subs[0]);
        return std::make_unique<SubscriptExpr>(std::move(V), std::move(Index), R);
      }
      // `d[a, b]` and `d[a,]` index with the tuple `(a, b)` / `(a,)`.
      ExprList Elts;
      for (TSNode Sub : Subs) {
        if (type(Sub) == "slice")
          fail(Sub, "unsupported construct: slice in a tuple subscript");
        if (type(Sub) == "list_splat")
          fail(Sub, "unsupported construct: '*' in a subscript");
        Elts.push_back(buildExpr(Sub));
      }
      SourceRange TupleRange = range(Subs.front());
      TupleRange.End = ts_node_end_byte(Subs.back());
      return std::make_unique<SubscriptExpr>(
          std::move(V), std::make_unique<TupleExpr>(std::move(Elts), TupleRange), R);
    }
    if (T == "dictionary") {
      ExprList Keys, Values;
      for (TSNode P : namedChildren(N)) {
        if (type(P) == "dictionary_splat") {
          // `**m`: a StarredExpr key (with a None value) marks the mapping to merge.
          std::vector<TSNode> Inner = namedChildren(P);
          if (Inner.size() != 1)
            fail(P, "syntax error in '**' unpacking");
          Keys.push_back(std::make_unique<StarredExpr>(buildExpr(Inner[0]), range(P)));
          Values.push_back(std::make_unique<NoneLitExpr>(range(P)));
          continue;
        }
        if (type(P) != "pair")
          unsupported(P);
        Keys.push_back(buildExpr(field(P, "key")));
        Values.push_back(buildExpr(field(P, "value")));
      }
      return std::make_unique<DictExpr>(std::move(Keys), std::move(Values), R);
    }
    if (T == "lambda")
      return buildLambda(N);
    if (T == "named_expression")
      return buildNamedExpr(N);
    if (T == "list_comprehension" || T == "dictionary_comprehension" || T == "set_comprehension") {
      if (makesClosuresInOwnScope(N))
        return buildComprehensionFunction(N);
      size_t PendingBefore = PendingLambdas.size();
      bool IsDict = T == "dictionary_comprehension";
      TSNode Body = field(N, "body");
      ExprPtr Elt, Value;
      if (IsDict) {
        Elt = buildExpr(field(Body, "key"));
        Value = buildExpr(field(Body, "value"));
      } else {
        Elt = buildExpr(Body);
      }
      std::vector<ComprehensionClause> Clauses;
      for (TSNode Ch : comprehensionClauses(N)) {
        if (type(Ch) == "for_in_clause")
          Clauses.push_back({buildTarget(field(Ch, "left"), true),
                             markIterated(buildExprOrList(field(Ch, "right"))), {}});
        else
          Clauses.back().Ifs.push_back(buildExpr(namedChildren(Ch)[0]));
      }
      auto Comp = std::make_unique<ComprehensionExpr>(IsDict, std::move(Elt), std::move(Value), std::move(Clauses), R,
                                                      T == "set_comprehension");
      if (readsVariableEarly(*Comp)) {
        // A read before its variable is bound: CPython's function, built
        // afresh (dropping the defs the expression built put in PendingLambdas).
        PendingLambdas.erase(PendingLambdas.begin() + static_cast<std::ptrdiff_t>(PendingBefore),
                             PendingLambdas.end());
        return buildComprehensionFunction(N);
      }
      return Comp;
    }
    if (T == "conditional_expression") {
      std::vector<TSNode> Cs = namedChildren(N);
      if (Cs.size() != 3)
        fail(N, "syntax error in conditional expression");
      ExprPtr Then = buildExpr(Cs[0]);
      ExprPtr Cond = buildExpr(Cs[1]);
      return std::make_unique<IfExpExpr>(std::move(Cond), std::move(Then), buildExpr(Cs[2]), R);
    }
    if (T == "unary_operator") {
      std::string Op = text(field(N, "operator"));
      ExprPtr Arg = buildExpr(field(N, "argument"));
      return std::make_unique<UnaryExpr>(Op, std::move(Arg), R);
    }
    if (T == "not_operator")
      return std::make_unique<UnaryExpr>("not", buildExpr(field(N, "argument")), R);
    if (T == "binary_operator")
      return buildBinaryChain(N);
    if (T == "boolean_operator") {
      std::string Op = text(field(N, "operator"));
      return std::make_unique<BoolOpExpr>(Op == "and", buildExpr(field(N, "left")),
                                          buildExpr(field(N, "right")), R);
    }
    if (T == "comparison_operator")
      return buildComparison(N);
    if (T == "call") {
      TSNode Args = field(N, "arguments");
      TSNode Fn = field(N, "function");
      bool TakesGenerator = consumesGeneratorArgument(Fn);
      if (type(Args) == "generator_expression" && TakesGenerator) {
        // `f(x for x in xs)`: the generator is the only argument.
        ExprPtr Callee = type(Fn) == "attribute" ? std::make_unique<AttributeExpr>(buildExpr(field(Fn, "object")),
                                                                                   text(field(Fn, "attribute")),
                                                                                   range(Fn))
                                                 : buildExpr(Fn);
        ExprList One;
        One.push_back(buildGeneratorArgument(Args));
        return std::make_unique<CallExpr>(std::move(Callee), std::move(One), R);
      }
      if (type(Args) != "argument_list")
        unsupported(Args);
      ExprPtr Callee;
      TSNode FnObj = type(Fn) == "attribute" ? throughStrippedSplat(field(Fn, "object")) : TSNode{};
      if (type(Fn) == "attribute" && !(type(FnObj) == "identifier" && ModuleNames.count(text(FnObj))) &&
          !isMethodDescriptorRead(Fn))
        Callee = std::make_unique<AttributeExpr>(buildExpr(field(Fn, "object")),
                                                 text(field(Fn, "attribute")), range(Fn));
      else
        Callee = buildExpr(Fn);
      ExprList ArgExprs;
      std::vector<KeywordArg> Keywords;
      std::string ReFn = reFunctionCalled(Fn);
      bool SawSplat = false;
      for (TSNode A : namedChildren(Args)) {
        if (type(A) == "list_splat") {
          // `*xs`: its items are positional arguments (docs/language.md, Calls with `*` and `**`).
          if (!Keywords.empty()) {
            for (TSNode Before : namedChildren(Args)) {
              if (ts_node_eq(Before, A))
                break;
              if (type(Before) == "dictionary_splat")
                fail(A, "iterable argument unpacking follows keyword argument unpacking");
            }
            fail(A, "unsupported construct: '*' unpacking after a keyword argument");
          }
          ArgExprs.push_back(buildItem(A));
          SawSplat = true;
          continue;
        }
        if (type(A) == "dictionary_splat") {
          // `**m`: a keyword without a name.
          std::vector<TSNode> Inner = namedChildren(A);
          if (Inner.size() != 1)
            fail(A, "syntax error in '**' unpacking");
          Keywords.push_back({"", buildExpr(Inner[0])});
          continue;
        }
        if (type(A) != "keyword_argument") {
          if (!Keywords.empty())
            fail(A, "positional argument follows keyword argument");
          if (!ReFn.empty() && !SawSplat && ArgExprs.size() == reFlagsPosition(ReFn))
            ArgExprs.push_back(buildReFlagsArg(A));
          else if (type(A) == "generator_expression" && TakesGenerator)
            ArgExprs.push_back(buildGeneratorArgument(A));
          else
            ArgExprs.push_back(buildExpr(A));
          continue;
        }
        std::string KName = text(field(A, "name"));
        if (KName == "__debug__")
          fail(ts_node_parent(Args), "cannot assign to __debug__"); // CPython: at the call
        for (const auto &K : Keywords)
          if (K.Name == KName)
            fail(A, "keyword argument repeated: " + KName);
        Keywords.push_back({KName, !ReFn.empty() && KName == "flags" ? buildReFlagsArg(field(A, "value"))
                                                                     : buildExpr(field(A, "value"))});
      }
      auto Call = std::make_unique<CallExpr>(std::move(Callee), std::move(ArgExprs), R);
      Call->Keywords = std::move(Keywords);
      return Call;
    }
    unsupported(N);
  }

  /// Whether CPython's compiler folds \p E into a constant: literals, unary
  /// operators on them and tuples of them are folded (Constant); other pure
  /// expressions of literals may be (Unsure); anything else is not.
  static SetExpr::Folding constantFolding(const Expr &E) {
    using F = SetExpr::Folding;
    switch (E.getKind()) {
    case Expr::Kind::IntLit:
    case Expr::Kind::FloatLit:
    case Expr::Kind::StrLit:
    case Expr::Kind::BoolLit:
    case Expr::Kind::NoneLit:
      return F::Constant;
    case Expr::Kind::Unary:
      return constantFolding(*llvm::cast<UnaryExpr>(E).Operand);
    case Expr::Kind::Tuple:
      return allConstant(llvm::cast<TupleExpr>(E).Elts);
    case Expr::Kind::Binary: {
      const auto &B = llvm::cast<BinaryExpr>(E);
      bool Pure = constantFolding(*B.LHS) != F::ItemByItem &&
                  constantFolding(*B.RHS) != F::ItemByItem;
      return Pure ? F::Unsure : F::ItemByItem;
    }
    default:
      return F::ItemByItem;
    }
  }

  /// CPython 3.11 folds a set display of more than two items, all constant,
  /// into a frozenset (compile.c, starunpack_helper).
  static SetExpr::Folding setFolding(const ExprList &Elts) {
    using F = SetExpr::Folding;
    return Elts.size() <= 2 ? F::ItemByItem : allConstant(Elts);
  }

  /// The least constant folding of \p Elts: ItemByItem if any item is not
  /// constant, else Unsure if any item may not be, else Constant.
  static SetExpr::Folding allConstant(const ExprList &Elts) {
    using F = SetExpr::Folding;
    F Worst = F::Constant;
    for (const auto &X : Elts) {
      F Item = constantFolding(*X);
      if (Item == F::ItemByItem)
        return F::ItemByItem;
      if (Item == F::Unsure)
        Worst = F::Unsure;
    }
    return Worst;
  }

  /// The iterable of a `for` or of a comprehension: CPython iterates a display
  /// of constants there as the frozenset constant itself (ast_opt's fold_iter).
  static ExprPtr markIterated(ExprPtr Iter) {
    if (auto *S = llvm::dyn_cast<SetExpr>(Iter.get()); S && S->Fold == SetExpr::Folding::Constant)
      S->IteratedByFor = true;
    return Iter;
  }

  /// In a display, tree-sitter-python binds `*` tighter than any operator:
  /// `[*a + b]` parses as `(*a) + b` and `[*f(x)]` as `(*f)(x)`. CPython's
  /// star takes a whole `bitwise_or` expression (`*(a + b)`, `*f(x)`), and
  /// a comparison, `and`/`or` or conditional expression after it is a
  /// SyntaxError. Returns the misbound `list_splat` at the leftmost end of
  /// item \p N, or a null node; fails on the SyntaxError.
  TSNode misboundSplat(TSNode N) const {
    bool BitwiseOr = true; // every node on the path is part of a bitwise_or
    for (TSNode Cur = N;;) {
      std::string T = type(Cur);
      TSNode Next;
      if (T == "binary_operator")
        Next = field(Cur, "left");
      else if (T == "call")
        Next = field(Cur, "function");
      else if (T == "subscript")
        Next = field(Cur, "value");
      else if (T == "attribute")
        Next = field(Cur, "object");
      else if (T == "boolean_operator" || T == "comparison_operator" || T == "conditional_expression") {
        Next = ts_node_named_child(Cur, 0);
        BitwiseOr = false;
      } else
        return TSNode{};
      if (ts_node_is_null(Next))
        return TSNode{};
      if (type(Next) == "list_splat") {
        if (!BitwiseOr)
          fail(Next, "invalid syntax");
        return Next;
      }
      Cur = Next;
    }
  }

  /// An item of a list or tuple display or of a call's arguments: an
  /// expression, or `*iterable` (spread in place).
  ExprPtr buildItem(TSNode N) {
    if (TSNode Splat = misboundSplat(N); !ts_node_is_null(Splat)) {
      // Build N as if its leftmost operand were the splat's operand, and
      // spread the whole.
      std::vector<TSNode> Inner = namedChildren(Splat);
      if (Inner.size() != 1)
        fail(Splat, "syntax error in '*' unpacking");
      TSNode Outer = StrippedSplat;
      StrippedSplat = Splat;
      ExprPtr Whole = buildExpr(N);
      StrippedSplat = Outer;
      return std::make_unique<StarredExpr>(std::move(Whole), range(N));
    }
    if (type(N) != "list_splat")
      return buildExpr(N);
    std::vector<TSNode> Inner = namedChildren(N);
    if (Inner.size() != 1)
      fail(N, "syntax error in '*' unpacking");
    return std::make_unique<StarredExpr>(buildExpr(Inner[0]), range(N));
  }

  /// `a:b:c` with any part omitted: the parts are told apart by the colons.
  ExprPtr buildSlice(TSNode N) {
    ExprPtr Parts[3];
    unsigned Colons = 0;
    uint32_t Count = ts_node_child_count(N);
    for (uint32_t I = 0; I < Count; ++I) {
      TSNode Ch = ts_node_child(N, I);
      if (!ts_node_is_named(Ch)) {
        if (type(Ch) == ":")
          ++Colons;
        continue;
      }
      if (type(Ch) == "comment")
        continue;
      if (Colons > 2 || Parts[Colons])
        fail(Ch, "syntax error in slice");
      Parts[Colons] = buildExpr(Ch);
    }
    return std::make_unique<SliceExpr>(std::move(Parts[0]), std::move(Parts[1]), std::move(Parts[2]), range(N));
  }

  ExprPtr buildComparison(TSNode N) {
    ExprList Operands;
    std::vector<std::string> Ops;
    uint32_t Count = ts_node_child_count(N);
    for (uint32_t I = 0; I < Count; ++I) {
      TSNode Ch = ts_node_child(N, I);
      if (ts_node_is_named(Ch)) {
        if (type(Ch) != "comment")
          Operands.push_back(buildExpr(Ch));
        continue;
      }
      std::string Op = type(Ch);
      if (Op == "<>")
        fail(Ch, "syntax error: '<>' is not Python 3");
      // "not in" and "is not" may arrive as two tokens.
      if (!Ops.empty() && Ops.size() == Operands.size() &&
          ((Ops.back() == "not" && Op == "in") || (Ops.back() == "is" && Op == "not"))) {
        Ops.back() = Ops.back() == "not" ? "not in" : "is not";
        continue;
      }
      Ops.push_back(Op);
    }
    if (Operands.size() != Ops.size() + 1)
      fail(N, "syntax error in comparison");
    return std::make_unique<CompareExpr>(std::move(Operands), std::move(Ops), range(N));
  }

  /// Python's grammar allows `_` only between two digits of the literal's
  /// base, or between a base prefix (`0x`) and a digit: `1_000`, `0x_ff`,
  /// `1_0.5e1_0`, never `1_`, `1__0` or `1_e5` (CPython: "invalid decimal
  /// literal").
  static bool underscoresValid(const std::string &S, bool Hex) {
    auto IsDigit = [&](char C) {
      return Hex ? std::isxdigit(static_cast<unsigned char>(C)) != 0
                 : std::isdigit(static_cast<unsigned char>(C)) != 0;
    };
    for (size_t I = 0; I < S.size(); ++I) {
      if (S[I] != '_')
        continue;
      bool AfterPrefix = I == 2 && S[0] == '0' && std::strchr("xXoObB", S[1]);
      if (I == 0 || I + 1 == S.size() || !(IsDigit(S[I - 1]) || AfterPrefix) || !IsDigit(S[I + 1]))
        return false;
    }
    return true;
  }

  /// Python's binding strength of a binary operator (the Language Reference's
  /// precedence table; higher binds tighter).
  static int binaryPrecedence(const std::string &Op) {
    if (Op == "|") return 1;
    if (Op == "^") return 2;
    if (Op == "&") return 3;
    if (Op == "<<" || Op == ">>") return 4;
    if (Op == "+" || Op == "-") return 5;
    if (Op == "**") return 7;
    return 6; // * / // % @
  }

  /// A tree of unparenthesized binary operators, rebuilt with Python's
  /// precedence. tree-sitter-python 0.23 gives `^` a higher precedence than
  /// `&` (it parses `a & b ^ c` as `a & (b ^ c)`; CPython: `(a & b) ^ c`), so
  /// the chain's operands and operators are taken in source order and
  /// re-associated by precedence climbing: left-associative, except `**`.
  ExprPtr buildBinaryChain(TSNode N) {
    std::vector<TSNode> Operands;
    std::vector<TSNode> Ops;
    std::function<void(TSNode)> Flatten = [&](TSNode E) {
      if (type(E) != "binary_operator") {
        Operands.push_back(E);
        return;
      }
      Flatten(field(E, "left"));
      Ops.push_back(field(E, "operator"));
      Flatten(field(E, "right"));
    };
    Flatten(N);
    for (TSNode Op : Ops)
      if (text(Op) == "@")
        fail(Op, "unsupported construct: matrix multiplication");
    size_t Next = 0; // the next operand
    std::function<ExprPtr(int)> Climb = [&](int MinPrec) -> ExprPtr {
      size_t First = Next;
      ExprPtr Left = buildExpr(Operands[Next++]);
      bool LeftIsOperand = true; // Left is Operands[First] alone
      while (Next - 1 < Ops.size()) {
        std::string Op = text(Ops[Next - 1]);
        int Prec = binaryPrecedence(Op);
        if (Prec < MinPrec)
          break;
        size_t RightFirst = Next;
        ExprPtr Right = Climb(Op == "**" ? Prec : Prec + 1);
        SourceRange R = range(Operands[First]);
        R.End = ts_node_end_byte(Operands[Next - 1]);
        bool RightIsOperand = Next == RightFirst + 1;
        if (Op == "%" && RightIsOperand)
          if (ExprPtr Folded =
                  foldPercentFormatting(LeftIsOperand, Operands[First], *Left, Operands[RightFirst], *Right, R)) {
            Left = std::move(Folded);
            LeftIsOperand = false;
            continue;
          }
        Left = std::make_unique<BinaryExpr>(Op, std::move(Left), std::move(Right), R);
        LeftIsOperand = false;
      }
      return Left;
    };
    return Climb(0);
  }

  /// \p N without the parentheses around it.
  TSNode withoutParentheses(TSNode N) {
    while (type(N) == "parenthesized_expression") {
      std::vector<TSNode> Cs = namedChildren(N);
      if (Cs.size() != 1)
        break;
      N = Cs[0];
    }
    return N;
  }

  /// Whether \p N is a str literal CPython's AST holds as a constant: plain
  /// or implicitly concatenated strings, no f-string among them.
  bool isConstantStrLiteral(TSNode N) {
    N = withoutParentheses(N);
    if (type(N) == "string")
      return !isFString(N);
    if (type(N) != "concatenated_string")
      return false;
    for (TSNode Part : namedChildren(N))
      if (type(Part) != "string" || isFString(Part))
        return false;
    return true;
  }

  /// Whether \p E is computed from literals alone (operators, subscripts and
  /// tuples of literals) with a str among them: CPython's AST optimizer may
  /// fold it into one str constant (`'%s|' * 2`, `('%s', 0)[0]`).
  static bool isStrComputedFromLiterals(const Expr &E) {
    bool SawStr = false;
    std::function<bool(const Expr &)> Literals = [&](const Expr &X) -> bool {
      if (llvm::isa<StrLitExpr>(X))
        return SawStr = true;
      if (llvm::isa<IntLitExpr, FloatLitExpr, BoolLitExpr, NoneLitExpr>(X))
        return true;
      if (!llvm::isa<BinaryExpr, UnaryExpr, SubscriptExpr, TupleExpr>(X))
        return false;
      bool All = true;
      forEachChild(X, [&](const Expr &C) { All = All && !llvm::isa<SliceExpr>(C) && Literals(C); });
      return All;
    };
    return !llvm::isa<StrLitExpr>(E) && Literals(E) && SawStr;
  }

  /// `'fmt' % (a, b)` as CPython 3.11 compiles it (PercentFormatFolding.h):
  /// the f-string pieces joined by `+`, each item `format(conv(item),
  /// 'spec')` as buildInterpolation makes it, so an item is converted before
  /// the next one is evaluated. \p LeftNode / \p RightNode are the operands'
  /// nodes and \p Left / \p Right the expressions built of them (the items
  /// are moved out of \p Right). Null when CPython keeps the `%`.
  ExprPtr foldPercentFormatting(bool LeftIsOperand, TSNode LeftNode, Expr &Left, TSNode RightNode, Expr &Right,
                                SourceRange R) {
    auto *Items = llvm::dyn_cast<TupleExpr>(&Right);
    if (!Items || type(withoutParentheses(RightNode)) != "tuple")
      return nullptr;
    for (const auto &Item : Items->Elts)
      if (llvm::isa<StarredExpr>(*Item))
        return nullptr;
    bool PlainLiteral = LeftIsOperand && isConstantStrLiteral(LeftNode);
    if (!PlainLiteral && isStrComputedFromLiterals(Left))
      throw CompileError(Left.Range, "unsupported construct: '%' formatting of a str computed from literals with "
                                     "a tuple display (CPython 3.11 folds the str and compiles the '%' as an "
                                     "f-string)");
    auto *Format = llvm::dyn_cast<StrLitExpr>(&Left);
    if (!Format || !PlainLiteral)
      return nullptr;
    auto Pieces = foldPercentFormat(Format->Value, Items->Elts.size());
    if (!Pieces)
      return nullptr;
    ExprList Parts;
    size_t Item = 0;
    for (auto &P : *Pieces) {
      if (!P.IsItem) {
        Parts.push_back(std::make_unique<StrLitExpr>(P.Literal, R));
        continue;
      }
      ExprPtr V = std::move(Items->Elts[Item++]);
      SourceRange VR = V->Range;
      const char *Conv = P.Conversion == 'r' ? "repr" : P.Conversion == 'a' ? "ascii" : "str";
      ExprList ConvArgs;
      ConvArgs.push_back(std::move(V));
      ExprList Args;
      Args.push_back(std::make_unique<CallExpr>(std::make_unique<NameExpr>(Conv, VR), std::move(ConvArgs), VR));
      Args.push_back(std::make_unique<StrLitExpr>(P.Spec, VR));
      Parts.push_back(std::make_unique<CallExpr>(std::make_unique<NameExpr>("format", VR), std::move(Args), VR));
    }
    if (Parts.empty())
      return std::make_unique<StrLitExpr>("", R);
    ExprPtr Out = std::move(Parts[0]);
    for (size_t I = 1; I < Parts.size(); ++I)
      Out = std::make_unique<BinaryExpr>("+", std::move(Out), std::move(Parts[I]), R);
    return Out;
  }

  ExprPtr buildInteger(TSNode N) {
    std::string S = text(N);
    bool Prefixed = S.size() > 1 && S[0] == '0' && std::strchr("xXoObB", S[1]);
    if (!underscoresValid(S, Prefixed && (S[1] | 0x20) == 'x'))
      fail(N, "syntax error: invalid integer literal");
    std::string Digits;
    for (char C : S)
      if (C != '_')
        Digits += C;
    if (!Digits.empty() && (Digits.back() == 'j' || Digits.back() == 'J'))
      fail(N, "unsupported construct: complex number");
    if (!Digits.empty() && (Digits.back() == 'l' || Digits.back() == 'L'))
      fail(N, "syntax error: invalid integer literal");
    int Base = 10;
    std::string Body = Digits;
    if (Digits.size() > 1 && Digits[0] == '0') {
      char P = Digits[1] | 0x20;
      if (P == 'x')
        Base = 16;
      else if (P == 'o')
        Base = 8;
      else if (P == 'b')
        Base = 2;
      if (Base != 10)
        Body = Digits.substr(2);
      else if (Digits.find_first_not_of('0') != std::string::npos)
        fail(N, "syntax error: leading zeros in decimal integer literals are not permitted");
    }
    mpz_class V;
    if (Body.empty() || V.set_str(Body, Base) != 0)
      fail(N, "syntax error: invalid integer literal");
    return std::make_unique<IntLitExpr>(V.get_str(10), range(N));
  }

  ExprPtr buildFloat(TSNode N) {
    if (!underscoresValid(text(N), /*Hex=*/false))
      fail(N, "syntax error: invalid float literal");
    std::string S;
    for (char C : text(N))
      if (C != '_')
        S += C;
    if (!S.empty() && (S.back() == 'j' || S.back() == 'J'))
      fail(N, "unsupported construct: complex number");
    errno = 0;
    char *End = nullptr;
    double V = std::strtod(S.c_str(), &End);
    if (End != S.c_str() + S.size())
      fail(N, "syntax error: invalid float literal");
    // strtod sets ERANGE on overflow to inf, as CPython's literal 1e999 is inf.
    return std::make_unique<FloatLitExpr>(V, range(N));
  }

  /// A string literal, or adjacent literals, some of them f-strings. An
  /// f-string is desugared to what CPython evaluates: its pieces left to
  /// right, each `{e!c:spec}` as format(c(e), 'spec'), joined with `+`.
  ExprPtr buildString(TSNode N) {
    std::vector<TSNode> Parts;
    if (type(N) == "concatenated_string")
      Parts = namedChildren(N);
    else
      Parts.push_back(N);
    ExprList Pieces;
    std::string Pending;
    SourceRange R = range(N);
    for (TSNode Part : Parts) {
      if (!isFString(Part)) {
        Pending += decodeString(Part);
        continue;
      }
      bool Raw = prefixOf(Part).find_first_of("rR") != std::string::npos;
      InRawFString = Raw;
      for (TSNode Ch : namedChildren(Part)) {
        std::string CT = type(Ch);
        if (CT == "string_start" || CT == "string_end")
          continue;
        if (CT == "string_content") {
          Pending += decodeFStringText(Ch, Raw);
          continue;
        }
        if (CT != "interpolation")
          unsupported(Ch);
        if (!Pending.empty() || Pieces.empty()) {
          Pieces.push_back(std::make_unique<StrLitExpr>(Pending, R));
          Pending.clear();
        }
        Pieces.push_back(buildInterpolation(Ch));
      }
    }
    if (Pieces.empty())
      return std::make_unique<StrLitExpr>(Pending, R);
    if (!Pending.empty())
      Pieces.push_back(std::make_unique<StrLitExpr>(Pending, R));
    // Drop a leading empty literal unless it is all there is before one piece
    // (format() already returns a str, so '' + is not needed for the type).
    if (auto *L = llvm::dyn_cast<StrLitExpr>(Pieces.front().get()); L && L->Value.empty() && Pieces.size() > 1)
      Pieces.erase(Pieces.begin());
    ExprPtr Out = std::move(Pieces[0]);
    for (size_t I = 1; I < Pieces.size(); ++I)
      Out = std::make_unique<BinaryExpr>("+", std::move(Out), std::move(Pieces[I]), R);
    return Out;
  }

  std::string prefixOf(TSNode Str) {
    std::string S = text(Str);
    return S.substr(0, S.find_first_of("'\""));
  }
  bool isFString(TSNode Str) {
    if (text(Str).find_first_of("'\"") == std::string::npos)
      fail(Str, "syntax error");
    return type(Str) == "string" && prefixOf(Str).find_first_of("fF") != std::string::npos;
  }

  /// Literal text inside an f-string: escapes decoded (unless raw) and the
  /// doubled braces `{{` `}}` undoubled.
  std::string decodeFStringText(TSNode Content, bool Raw) {
    std::string T = universalNewlines(text(Content)), Undoubled;
    for (size_t I = 0; I < T.size(); ++I) {
      Undoubled += T[I];
      if ((T[I] == '{' || T[I] == '}') && I + 1 < T.size() && T[I + 1] == T[I])
        ++I;
    }
    return Raw ? Undoubled : decodeEscapes(Content, Undoubled);
  }

  /// Whether the f-string part being built has an `r` prefix (set by
  /// buildString; read at the start of each interpolation, before an f-string
  /// nested in its expression sets it again).
  bool InRawFString = false;

  /// Literal text of a format spec as CPython reads it: the f-string's escapes
  /// decoded (`f"{x:\u2013^9}"` fills with an en dash) unless \p Raw.
  std::string specLiteral(TSNode N, const std::string &Source, bool Raw) {
    std::string S = universalNewlines(Source);
    return Raw ? S : decodeEscapes(N, S);
  }

  /// `{expr!conv:spec}` as `format(conv(expr), 'spec')`, conv being `repr`
  /// (`!r`), `str` (`!s`) or `ascii` (`!a`). A spec with nested replacement
  /// fields (`{x:>{w}.{p}f}`) is the str concatenation of its literal parts
  /// and the fields, each `format(conv(e), 'spec')` itself (\p Nested: a
  /// nested field's own spec may not nest again, CPython's SyntaxError).
  /// CPython evaluates expr, then the nested fields left to right, and only
  /// then converts expr: with both a conversion and nested fields, the
  /// interpolation is a call of a helper def placed before the statement,
  /// `_fconvN(expr, spec)` with `def _fconvN(_fvalueA, _fspecB): return
  /// format(conv(_fvalueA), _fspecB)`, so the conversion runs after the spec
  /// is built (observable when a field mutates expr or raises).
  ExprPtr buildInterpolation(TSNode I, bool Nested = false) {
    SourceRange R = range(I);
    bool Raw = InRawFString;
    TSNode E = field(I, "expression");
    if (ts_node_is_null(E))
      fail(I, "syntax error in f-string");
    // A spec starting with '=' (`{x:=10}`) was parsed with '<' in its place
    // (FStringEqualsSpec.h), so a walrus here is no field CPython accepts.
    if (type(E) == "named_expression")
      fail(I, "syntax error in f-string");
    for (uint32_t K = 0; K < ts_node_child_count(I); ++K)
      if (type(ts_node_child(I, K)) == "=")
        fail(I, "unsupported construct: f-string '=' specifier");
    ExprPtr V = buildExprOrList(E);
    std::string ConvFn;
    TSNode Conv = field(I, "type_conversion");
    if (!ts_node_is_null(Conv)) {
      std::string C = text(Conv);
      if (C != "!r" && C != "!s" && C != "!a")
        fail(Conv, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      ConvFn = C == "!r" ? "repr" : C == "!s" ? "str" : "ascii";
    }
    ExprPtr SpecExpr;
    bool HasNested = false;
    TSNode SpecNode = field(I, "format_specifier");
    if (!ts_node_is_null(SpecNode)) {
      // The literal text between the nested fields is no node of its own:
      // take it from the source, between the fields' byte ranges.
      ExprList Parts;
      std::string Pending;
      uint32_t At = ts_node_start_byte(SpecNode);
      if (At < Text.size() && Text[At] == ':')
        ++At;
      for (TSNode Ch : namedChildren(SpecNode)) {
        if (type(Ch) != "format_expression")
          unsupported(Ch);
        if (Nested)
          fail(Ch, "f-string: expressions nested too deeply");
        HasNested = true;
        Pending = specLiteral(SpecNode, Text.substr(At, ts_node_start_byte(Ch) - At), Raw);
        At = ts_node_end_byte(Ch);
        if (!Pending.empty())
          Parts.push_back(std::make_unique<StrLitExpr>(Pending, R));
        Parts.push_back(buildInterpolation(Ch, /*Nested=*/true));
      }
      Pending = specLiteral(SpecNode, Text.substr(At, ts_node_end_byte(SpecNode) - At), Raw);
      if (!HasNested) {
        std::string Spec = text(SpecNode);
        if (!Spec.empty() && Spec[0] == ':')
          Spec.erase(0, 1);
        SpecExpr = std::make_unique<StrLitExpr>(specLiteral(SpecNode, Spec, Raw), R);
      } else {
        if (!Pending.empty())
          Parts.push_back(std::make_unique<StrLitExpr>(Pending, R));
        SpecExpr = std::move(Parts[0]);
        for (size_t K = 1; K < Parts.size(); ++K)
          SpecExpr = std::make_unique<BinaryExpr>("+", std::move(SpecExpr), std::move(Parts[K]), R);
      }
    } else {
      SpecExpr = std::make_unique<StrLitExpr>("", R);
    }
    auto Converted = [&](ExprPtr X) -> ExprPtr {
      if (ConvFn.empty())
        return X;
      ExprList A;
      A.push_back(std::move(X));
      return std::make_unique<CallExpr>(std::make_unique<NameExpr>(ConvFn, R), std::move(A), R);
    };
    auto Format = [&](ExprPtr X, ExprPtr Spec) -> ExprPtr {
      ExprList Args;
      Args.push_back(std::move(X));
      Args.push_back(std::move(Spec));
      return std::make_unique<CallExpr>(std::make_unique<NameExpr>("format", R), std::move(Args), R);
    };
    if (ConvFn.empty() || !HasNested)
      return Format(Converted(std::move(V)), std::move(SpecExpr));
    std::string Helper = M.freshName("_fconv");
    std::string ValueParam = M.freshName("_fvalue"), SpecParam = M.freshName("_fspec");
    StmtList Body;
    Body.push_back(std::make_unique<ReturnStmt>(
        Format(Converted(std::make_unique<NameExpr>(ValueParam, R)), std::make_unique<NameExpr>(SpecParam, R)),
        R));
    auto Def = std::make_unique<FunctionDefStmt>(Helper, std::vector<std::string>{ValueParam, SpecParam},
                                                 std::move(Body), R);
    Def->QualName = qualNameOf(Helper);
    PendingLambdas.push_back(std::move(Def));
    ExprList Args;
    Args.push_back(std::move(V));
    Args.push_back(std::move(SpecExpr));
    return std::make_unique<CallExpr>(std::make_unique<NameExpr>(Helper, R), std::move(Args), R);
  }


  static void appendUTF8(std::string &Out, uint32_t CP) {
    if (CP < 0x80) {
      Out += char(CP);
    } else if (CP < 0x800) {
      Out += char(0xC0 | (CP >> 6));
      Out += char(0x80 | (CP & 0x3F));
    } else if (CP < 0x10000) {
      Out += char(0xE0 | (CP >> 12));
      Out += char(0x80 | ((CP >> 6) & 0x3F));
      Out += char(0x80 | (CP & 0x3F));
    } else {
      Out += char(0xF0 | (CP >> 18));
      Out += char(0x80 | ((CP >> 12) & 0x3F));
      Out += char(0x80 | ((CP >> 6) & 0x3F));
      Out += char(0x80 | (CP & 0x3F));
    }
  }

  /// \p S with "\r\n" and a lone "\r" turned into "\n": CPython's tokenizer
  /// reads source lines so, so a multi-line literal of a file with Windows line
  /// ends holds "\n" only (and a backslash before "\r\n" continues the line).
  static std::string universalNewlines(const std::string &S) {
    if (S.find('\r') == std::string::npos)
      return S;
    std::string Out;
    for (size_t I = 0; I < S.size(); ++I) {
      if (S[I] != '\r') {
        Out += S[I];
        continue;
      }
      Out += '\n';
      if (I + 1 < S.size() && S[I + 1] == '\n')
        ++I;
    }
    return Out;
  }

  /// Decodes one string literal (prefix, quotes, escapes) to UTF-8.
  std::string decodeString(TSNode N) {
    if (type(N) != "string")
      unsupported(N);
    std::string S = text(N);
    size_t Q = S.find_first_of("'\"");
    // tree-sitter-python also lexes Python 2's `x` (backticks) as a string.
    if (Q == std::string::npos)
      fail(N, "syntax error");
    std::string Prefix = S.substr(0, Q);
    bool Raw = false;
    for (char C : Prefix) {
      char L = C | 0x20;
      if (L == 'r')
        Raw = true;
      else if (L == 'f')
        fail(N, "unsupported construct: f-string");
      else if (L == 'b')
        fail(N, "unsupported construct: bytes literal");
    }
    size_t QuoteLen = S.compare(Q, 3, std::string(3, S[Q])) == 0 && S.size() - Q >= 6 ? 3 : 1;
    std::string Body = universalNewlines(S.substr(Q + QuoteLen, S.size() - Q - 2 * QuoteLen));
    if (Raw)
      return Body;
    return decodeEscapes(N, Body);
  }

  /// CPython 3.11's SyntaxError for the escape of the literal \p N whose body
  /// \p Body has the bad escape at bytes [\p Start, \p End): "(unicode error)
  /// 'unicodeescape' codec can't decode bytes in position A-B: WHY", where the
  /// positions count in the body as CPython's parser hands it to the codec
  /// (every non-ASCII character spelled `\Uxxxxxxxx`, a backslash before one
  /// `\u005c`), located at the token after the literal's concatenation.
  [[noreturn]] void failEscape(TSNode N, const std::string &Body, size_t Start, size_t End,
                               const std::string &Why) {
    auto Pos = [&](size_t Byte) {
      size_t P = 0;
      for (size_t I = 0; I < Byte && I < Body.size();) {
        unsigned char C = static_cast<unsigned char>(Body[I]);
        if (C < 0x80) {
          P += C == '\\' && I + 1 < Body.size() && static_cast<unsigned char>(Body[I + 1]) >= 0x80 ? 6 : 1;
          ++I;
          continue;
        }
        P += 10;
        I += C >= 0xF0 ? 4 : C >= 0xE0 ? 3 : 2;
      }
      return P;
    };
    std::string Msg = "syntax error: (unicode error) 'unicodeescape' codec can't decode bytes in position " +
                      std::to_string(Pos(Start)) + "-" + std::to_string(Pos(End) - 1) + ": " + Why;
    throw CompileError(tokenAfterString(N), Msg);
  }

  /// Where CPython 3.11 reports an error in decoding the string literal \p N:
  /// the token after the concatenation of literals holding it (on the same
  /// line, or on a later one inside brackets), else the end of its line or
  /// the comment there.
  SourceRange tokenAfterString(TSNode N) {
    TSNode Concat = N; // an f-string's text part: its whole literal
    while (type(Concat) != "string" && !ts_node_is_null(ts_node_parent(Concat)))
      Concat = ts_node_parent(Concat);
    if (TSNode P = ts_node_parent(Concat); !ts_node_is_null(P) && type(P) == "concatenated_string")
      Concat = P;
    bool InBrackets = false;
    static const std::set<std::string> Brackets = {
        "parenthesized_expression", "argument_list", "list", "tuple", "dictionary", "set", "subscript",
        "list_comprehension", "dictionary_comprehension", "set_comprehension", "generator_expression"};
    for (TSNode A = ts_node_parent(Concat); !ts_node_is_null(A); A = ts_node_parent(A))
      if (Brackets.count(type(A)) && ts_node_end_byte(A) > ts_node_end_byte(Concat))
        InBrackets = true;
    size_t P = ts_node_end_byte(Concat);
    while (P < Text.size()) {
      char C = Text[P];
      if (C == ' ' || C == '\t' || C == '\f') {
        ++P;
      } else if (C == '\\' && P + 1 < Text.size() && Text[P + 1] == '\n') {
        P += 2;
      } else if (InBrackets && C == '#') {
        P = Text.find('\n', P);
        P = P == std::string::npos ? Text.size() : P;
      } else if (InBrackets && C == '\n') {
        ++P;
      } else {
        break;
      }
    }
    size_t LineStart = Text.rfind('\n', P == 0 ? 0 : P - 1);
    LineStart = LineStart == std::string::npos || P == 0 ? 0 : LineStart + 1;
    uint32_t Line = 1 + uint32_t(std::count(Text.begin(), Text.begin() + LineStart, '\n'));
    return SourceRange{uint32_t(P), uint32_t(P), Line, uint32_t(P - LineStart) + 1};
  }

  /// Decodes the backslash escapes of a non-raw literal body to UTF-8.
  std::string decodeEscapes(TSNode N, const std::string &Body) {
    std::string Out;
    for (size_t I = 0; I < Body.size(); ++I) {
      char C = Body[I];
      if (C != '\\') {
        Out += C;
        continue;
      }
      if (++I >= Body.size()) {
        Out += '\\';
        break;
      }
      char E = Body[I];
      auto hex = [&](size_t Len) -> uint32_t {
        std::string H = Body.substr(I + 1, Len);
        if (H.size() != Len || H.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
          fail(N, "syntax error: truncated \\" + std::string(1, E) + " escape");
        I += Len;
        return uint32_t(std::stoul(H, nullptr, 16));
      };
      switch (E) {
      case '\n': break; // line continuation
      case '\\': Out += '\\'; break;
      case '\'': Out += '\''; break;
      case '"': Out += '"'; break;
      case 'a': Out += '\a'; break;
      case 'b': Out += '\b'; break;
      case 'f': Out += '\f'; break;
      case 'n': Out += '\n'; break;
      case 'r': Out += '\r'; break;
      case 't': Out += '\t'; break;
      case 'v': Out += '\v'; break;
      case 'x': appendUTF8(Out, hex(2)); break;
      case 'u':
      case 'U': {
        uint32_t CP = hex(E == 'u' ? 4 : 8);
        if (CP > 0x10FFFF)
          fail(N, "syntax error: illegal Unicode character");
        // A lone surrogate has no UTF-8 form; pyctl strings are UTF-8.
        if (CP >= 0xD800 && CP <= 0xDFFF)
          fail(N, "unsupported construct: string with a lone surrogate");
        appendUTF8(Out, CP);
        break;
      }
      case 'N': {
        // CPython 3.11: the name runs to the first '}'; an empty or
        // unclosed one is malformed, an unknown one its own error.
        size_t Open = I + 1;
        size_t Close = Open < Body.size() && Body[Open] == '{' ? Body.find('}', Open + 1) : std::string::npos;
        size_t BadEnd = Open >= Body.size() || Body[Open] != '{' ? Open
                        : Close == std::string::npos           ? Body.size()
                                                               : Close;
        if (Close == std::string::npos || Close == Open + 1)
          failEscape(N, Body, I - 1, BadEnd, "malformed \\N character escape");
        std::string Name = Body.substr(Open + 1, Close - Open - 1);
        std::optional<uint32_t> CP = lookupUnicodeName(Name);
        if (!CP && !unicodeNamesHaveAliases())
          fail(N, "unsupported construct: \\N{" + Name + "} (pyctl's name table has no name aliases)");
        if (!CP)
          failEscape(N, Body, I - 1, Close + 1, "unknown Unicode character name");
        appendUTF8(Out, *CP);
        I = Close;
        break;
      }
      default:
        if (E >= '0' && E <= '7') {
          uint32_t V = 0;
          size_t Len = 0;
          while (Len < 3 && I < Body.size() && Body[I] >= '0' && Body[I] <= '7') {
            V = V * 8 + (Body[I] - '0');
            ++I;
            ++Len;
          }
          --I;
          appendUTF8(Out, V);
        } else {
          // Unknown escapes keep the backslash (CPython warns, but keeps it).
          Out += '\\';
          Out += E;
        }
      }
    }
    return Out;
  }
};

/// The names CPython 3.11 predefines in `builtins`.
bool isCPythonBuiltin(const std::string &Name) {
  static const std::set<std::string> Names = {
      "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
      "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
      "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
      "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
      "ExceptionGroup", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
      "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
      "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError",
      "MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError", "NotImplemented",
      "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError",
      "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError",
      "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning",
      "SystemError", "SystemExit", "TabError", "TimeoutError", "TypeError", "UnboundLocalError",
      "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
      "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError", "abs", "aiter",
      "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
      "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr", "dict", "dir",
      "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset",
      "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance",
      "issubclass", "iter", "len", "license", "list", "locals", "map", "max", "memoryview", "min",
      "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr",
      "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super",
      "tuple", "type", "vars", "zip", "__import__", "__build_class__", "__debug__", "__name__"};
  return Names.count(Name) != 0;
}

/// Comprehension variables and assignment-expression targets bound by \p E.
void collectBoundInExpr(const Expr &E, std::set<std::string> &Out) {
  if (const auto *N = llvm::dyn_cast<NamedExpr>(&E))
    Out.insert(N->Target);
  if (const auto *C = llvm::dyn_cast<ComprehensionExpr>(&E)) {
    for (const auto &Cl : C->Clauses)
      for (const auto &N : targetNames(*Cl.Target))
        Out.insert(N);
  }
}

/// Every name the module binds anywhere: module names, parameters, locals
/// of every function, comprehension variables.
void collectAllBound(const StmtList &Body, std::set<std::string> &Out) {
  for (const auto &N : boundNames(Body))
    Out.insert(N);
  forEachStmt(Body, [&](const Stmt &S) {
    if (const auto *F = llvm::dyn_cast<FunctionDefStmt>(&S)) {
      for (const auto &P : F->allParams())
        Out.insert(P);
      for (const auto &N : boundNames(F->Body))
        Out.insert(N);
    }
  });
  forEachExpr(Body, [&](const Expr &E) { collectBoundInExpr(E, Out); });
}

/// Refuses reads of CPython builtins that pyctl does not implement (`object`,
/// `enumerate`, ...): the program expects them to exist, so a NameError
/// would be a wrong answer.
void checkBuiltinReads(const Module &M) {
  std::set<std::string> Bound;
  collectAllBound(M.Body, Bound);
  // `hash` only as a callee: called through a variable or by a builtin (`map(hash, xs)`,
  // `key=hash`), the Python tracer could not refuse the hashes the evaluator refuses.
  std::set<const Expr *> Callees;
  forEachExpr(M.Body, [&](const Expr &E) {
    if (const auto *C = llvm::dyn_cast<CallExpr>(&E))
      Callees.insert(C->Callee.get());
  });
  forEachExpr(M.Body, [&](const Expr &E) {
    const auto *N = llvm::dyn_cast<NameExpr>(&E);
    if (N && N->Id == "hash" && !Bound.count(N->Id) && !Callees.count(N))
      throw CompileError(N->Range, "unsupported construct: the builtin 'hash' used as a value "
                                   "(pyctl calls hash only directly, 'hash(x)')");
    if (!N || !isCPythonBuiltin(N->Id) || isBuiltinName(N->Id) || Bound.count(N->Id))
      return;
    if (isBuiltinExceptionName(N->Id))
      return; // a class value (ExprIR: `builtin NAME`)
    if (N->Id == "__name__")
      throw CompileError(N->Range, "unsupported construct: '__name__' (pyctl supports it only in "
                                   "'if __name__ == \"__main__\":' at module level)");
    throw CompileError(N->Range, "unsupported construct: builtin '" + N->Id + "'");
  });
  // `raise X(...)` and `except X` of a name the module binds nowhere would
  // be CPython's NameError: most likely a class or import pyctl lacks.
  forEachStmt(M.Body, [&](const Stmt &S) {
    auto Unbound = [&](const Expr *E) {
      const auto *N = llvm::dyn_cast_or_null<NameExpr>(E);
      return N && !Bound.count(N->Id);
    };
    auto NameOf = [](const Expr *E) { return llvm::cast<NameExpr>(E)->Id; };
    if (const auto *Ra = llvm::dyn_cast<RaiseStmt>(&S); Ra && Ra->CallsValue && Unbound(Ra->Value.get()))
      throw CompileError(Ra->Value->Range, "unsupported construct: raise of '" + NameOf(Ra->Value.get()) +
                                               "', a name the module binds nowhere (pyctl raises builtin "
                                               "exception classes such as ValueError, or a variable holding "
                                               "one; classes of your own are not supported)");
    if (const auto *T = llvm::dyn_cast<TryStmt>(&S))
      for (const auto &H : T->Handlers)
        if (Unbound(H.TypeExpr.get()))
          throw CompileError(H.TypeExpr->Range, "unsupported construct: 'except " + NameOf(H.TypeExpr.get()) +
                                                    "', a name the module binds nowhere (pyctl catches builtin "
                                                    "exception classes such as ValueError, or a variable "
                                                    "holding them" +
                                                    (NameOf(H.TypeExpr.get()) == "JSONDecodeError"
                                                         ? std::string("; json.JSONDecodeError is its name")
                                                         : std::string()) +
                                                    ")");
  });
  // Exception classes are values, but calling one outside `raise E(...)`
  // makes an exception object pyctl does not model.
  forEachExpr(M.Body, [&](const Expr &E) {
    const auto *C = llvm::dyn_cast<CallExpr>(&E);
    const auto *N = C ? llvm::dyn_cast<NameExpr>(C->Callee.get()) : nullptr;
    if (N && isBuiltinExceptionName(N->Id) && !Bound.count(N->Id))
      throw CompileError(C->Range, "unsupported construct: calling the exception class '" + N->Id +
                                       "' outside 'raise " + N->Id + "(...)'");
  });
}

} // namespace

/// The range of the line holding byte \p At, for diagnostics about bytes.
static SourceRange lineRangeAt(const std::string &Text, size_t At) {
  size_t Begin = Text.rfind('\n', At == 0 ? 0 : At - 1);
  Begin = Begin == std::string::npos || At == 0 ? 0 : Begin + 1;
  uint32_t Line = 1 + uint32_t(std::count(Text.begin(), Text.begin() + Begin, '\n'));
  return SourceRange{uint32_t(At), uint32_t(At + 1), Line, uint32_t(At - Begin + 1)};
}

/// CPython reads source as UTF-8 unless a coding declaration (PEP 263) on
/// line 1 or 2 names another encoding; pyctl reads UTF-8 only, so it refuses
/// other declarations, and bytes that are not UTF-8 are CPython's SyntaxError.
static void checkSourceEncoding(const std::string &Text) {
  size_t LineStart = 0;
  for (int LineNo = 1; LineNo <= 2 && LineStart < Text.size(); ++LineNo) {
    size_t End = Text.find('\n', LineStart);
    std::string Line = Text.substr(LineStart, End == std::string::npos ? std::string::npos : End - LineStart);
    size_t First = Line.find_first_not_of(" \t\f");
    if (First == std::string::npos || Line[First] != '#') {
      if (First != std::string::npos)
        break; // code on line 1: line 2 cannot declare the encoding
    } else if (size_t C = Line.find("coding", First); C != std::string::npos && C + 6 < Line.size() &&
                                                         (Line[C + 6] == ':' || Line[C + 6] == '=')) {
      size_t NameStart = Line.find_first_not_of(" \t", C + 7);
      size_t NameEnd = NameStart;
      while (NameEnd < Line.size() && (std::isalnum(static_cast<unsigned char>(Line[NameEnd])) ||
                                       Line[NameEnd] == '-' || Line[NameEnd] == '_' || Line[NameEnd] == '.'))
        ++NameEnd;
      std::string Name = NameStart == std::string::npos ? "" : Line.substr(NameStart, NameEnd - NameStart);
      std::string Normal;
      for (char Ch : Name)
        Normal += Ch == '_' ? '-' : char(std::tolower(static_cast<unsigned char>(Ch)));
      if (!Name.empty() && Normal != "utf-8" && Normal != "utf8" && Normal.rfind("utf-8-", 0) != 0)
        throw CompileError(lineRangeAt(Text, LineStart + C),
                           "unsupported construct: source encoding '" + Name + "' (pyctl reads UTF-8 source only)");
      break;
    }
    if (End == std::string::npos)
      break;
    LineStart = End + 1;
  }
  const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(Text.data());
  const auto *Cursor = Begin;
  const auto *Stop = Begin + Text.size();
  while (Cursor < Stop) {
    unsigned Len = llvm::getNumBytesForUTF8(*Cursor);
    if (Len == 0 || Cursor + Len > Stop || !llvm::isLegalUTF8Sequence(Cursor, Cursor + Len)) {
      char Hex[8];
      std::snprintf(Hex, sizeof Hex, "\\x%02x", unsigned(*Cursor));
      throw CompileError(lineRangeAt(Text, size_t(Cursor - Begin)),
                         std::string("syntax error: non-UTF-8 code starting with '") + Hex +
                             "' (no encoding declared)");
    }
    Cursor += Len;
  }
}

/// The first ERROR or MISSING node of \p N in document order, or a null node.
static TSNode firstErrorNode(TSNode N) {
  if (ts_node_is_missing(N) || std::strcmp(ts_node_type(N), "ERROR") == 0)
    return N;
  if (!ts_node_has_error(N))
    return TSNode{};
  for (uint32_t I = 0, E = ts_node_child_count(N); I < E; ++I) {
    TSNode Found = firstErrorNode(ts_node_child(N, I));
    if (!ts_node_is_null(Found))
      return Found;
  }
  return TSNode{};
}

std::unique_ptr<Module> pyctl::parsePython(const std::string &Path, const std::string &Text) {
  auto M = std::make_unique<Module>();
  M->Path = Path;
  M->SourceSha256 = sha256Hex(Text);
  checkSourceEncoding(Text);
  // TabError and friends, which tree-sitter accepts. CPython's tokenizer
  // finds them as its parser reaches their line, so a syntax error on an
  // earlier line (`for x in y` without ':' before an indented body) wins.
  std::optional<CompileError> IndentError;
  try {
    checkIndentation(Text);
  } catch (const CompileError &E) {
    IndentError = E;
  }
  // CPython's tokenizer ends a line at a lone "\r" too (old Mac line ends);
  // tree-sitter-python does not. Same length, so byte offsets stay the file's.
  std::string ParseText = Text;
  for (size_t I = 0; I < ParseText.size(); ++I)
    if (ParseText[I] == '\r' && (I + 1 == ParseText.size() || ParseText[I + 1] != '\n'))
      ParseText[I] = '\n';
  TSParser *Parser = ts_parser_new();
  ts_parser_set_language(Parser, tree_sitter_python());
  TSTree *Tree = ts_parser_parse_string(Parser, nullptr, ParseText.data(), uint32_t(ParseText.size()));
  struct Cleanup {
    TSParser *P;
    TSTree *T;
    ~Cleanup() {
      ts_tree_delete(T);
      ts_parser_delete(P);
    }
  } C{Parser, Tree};
  // f"{x:=+{w}}": the spec starts with '=', which tree-sitter reads as a
  // walrus. Parse a copy with '<' there (FStringEqualsSpec.h) until no such
  // field is left (a field may only show once an earlier one parses); the
  // builder reads the source text, where the '=' still is.
  std::string TreeText = ParseText;
  for (std::vector<size_t> Found = findEqualsSpecs(ts_tree_root_node(Tree), TreeText); !Found.empty();
       Found = findEqualsSpecs(ts_tree_root_node(Tree), TreeText)) {
    for (size_t At : Found)
      TreeText[At] = '<';
    ts_tree_delete(C.T);
    C.T = Tree = ts_parser_parse_string(Parser, nullptr, TreeText.data(), uint32_t(TreeText.size()));
  }
  if (IndentError) {
    TSNode First = firstErrorNode(ts_tree_root_node(Tree));
    if (!ts_node_is_null(First) && ts_node_start_point(First).row + 1 < IndentError->Range.Line) {
      TSPoint P = ts_node_start_point(First);
      throw CompileError(SourceRange{ts_node_start_byte(First), ts_node_end_byte(First), P.row + 1, P.column + 1},
                         "syntax error");
    }
    throw *IndentError;
  }
  Builder(ParseText, *M).buildModule(ts_tree_root_node(Tree));
  checkBuiltinReads(*M);
  return M;
}
