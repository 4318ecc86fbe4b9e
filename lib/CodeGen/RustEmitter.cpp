//===- RustEmitter.cpp - Lower a trace tree to Rust -----------------------===//
//
// Every trace node becomes a Rust expression of type `Value` (or a statement, for `let`, `set`,
// `del`, `if`, `while`, `break`, `raise` and `unknown`). Fallible runtime calls are followed by `?`, so any
// `Fallback` leaves `run` at once. IR names and labels are mapped to unique Rust names through
// scope stacks that follow the IR's lexical rules (a `let` is visible to the rest of its body; a
// label shadows outer labels of the same name).
//
//===----------------------------------------------------------------------===//

#include "pyctl/CodeGen/RustEmitter.h"
#include "pyctl/CodeGen/IntLocals.h"
#include "pyctl/CodeGen/TracePruning.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

using nlohmann::json;

namespace pyctl {
namespace {

/// The runtime function implementing a binary operator, or nullptr if there is none (`and`,
/// `or` are lowered inline).
const char *binopFunction(std::string_view op) {
  static const std::pair<std::string_view, const char *> table[] = {
      {"+", "op_add"},       {"-", "op_sub"},         {"*", "op_mul"},
      {"/", "op_truediv"},   {"//", "op_floordiv"},   {"%", "op_mod"},
      {"**", "op_pow"},      {"==", "op_eq"},         {"!=", "op_ne"},
      {"<", "op_lt"},        {"<=", "op_le"},         {">", "op_gt"},
      {">=", "op_ge"},       {"in", "op_in"},         {"notin", "op_not_in"},
      {"not in", "op_not_in"}, {"is", "op_is"},       {"isnot", "op_is_not"},
      {"is not", "op_is_not"}, {"&", "op_bitand"},    {"|", "op_bitor"},
      {"^", "op_bitxor"},    {"<<", "op_lshift"},     {">>", "op_rshift"},
      {"+=", "op_iadd"},
      {"*=", "op_imul"},     {"-=", "op_isub"},       {"|=", "op_ior"},
      {"&=", "op_iand"},     {"^=", "op_ixor"},
  };
  for (const auto &[name, fn] : table)
    if (name == op)
      return fn;
  return nullptr;
}

/// The runtime function giving a comparison operator's result as a Rust `bool` (exactly the
/// truth of the `bool` its `op_*` function returns), or nullptr for the other operators.
const char *comparisonTestFunction(std::string_view op) {
  static const std::pair<std::string_view, const char *> table[] = {
      {"==", "eq_bool"}, {"!=", "ne_bool"},         {"<", "lt_bool"},       {"<=", "le_bool"},
      {">", "gt_bool"},  {">=", "ge_bool"},         {"in", "in_bool"},      {"notin", "not_in_bool"},
      {"not in", "not_in_bool"}, {"is", "is_bool"}, {"isnot", "is_not_bool"}, {"is not", "is_not_bool"},
  };
  for (const auto &[name, fn] : table)
    if (name == op)
      return fn;
  return nullptr;
}

/// The runtime function implementing a unary operator, or nullptr.
const char *unaryFunction(std::string_view op) {
  if (op == "-")
    return "op_neg";
  if (op == "+")
    return "op_pos";
  if (op == "not")
    return "op_not";
  if (op == "~")
    return "op_invert";
  return nullptr;
}

/// Whether \p node, a statement, is `getattr(obj, 'name')` (two plain arguments, no keywords),
/// whose value is dropped.
bool isDroppedGetattr(const json &node) {
  if (!node.is_object() || node.value("kind", "") != "primApp" || node.value("event", "") != "getattr" ||
      node.contains("callback") || node.contains("pullCallback"))
    return false;
  auto kw = node.find("keywords");
  if (kw != node.end() && !kw->empty())
    return false;
  auto args = node.find("eventArgs");
  if (args == node.end() || !args->is_array() || args->size() != 2)
    return false;
  for (const json &a : *args)
    if (a.is_object() && a.value("kind", "") == "starred")
      return false;
  return true;
}

/// Whether the builtin \p event is a method read from its type ("str.lower",
/// include/pyctl/Runtime/MethodDescriptor.h), called through `method_descriptor::call`.
bool isMethodDescriptorEvent(std::string_view event) {
  size_t dot = event.find('.');
  if (dot == std::string_view::npos)
    return false;
  std::string_view type = event.substr(0, dot);
  for (std::string_view t : {"str", "list", "dict", "tuple", "set", "int", "float"})
    if (type == t)
      return true;
  return false;
}

/// Whether `pyctl_runtime::builtins::NAME(&[Value]) -> PyResult` exists.
bool isSliceBuiltin(std::string_view name) {
  static const std::string_view names[] = {
      "len",  "abs", "str",    "repr", "ascii", "int",   "float",  "bool",       "range", "min",
      "max",  "round", "sum",  "divmod", "list", "tuple", "sorted", "isinstance", "issubclass", "dict", "format",
      "iter", "next", "enumerate", "zip", "reversed", "set", "any", "all", "map", "filter",
      "starKwargs", "argCount", "argKeys", "getattr", "ord", "chr", "pow", "type", "hex", "oct",
      "bin", "hash"};
  for (std::string_view n : names)
    if (n == name)
      return true;
  return false;
}

/// Whether `pyctl_runtime::methods::NAME(&Value, &[Value]) -> PyResult` exists: the methods of
/// `str`, `list`, `tuple` and `dict` the runtime implements (each dispatches on the receiver).
bool isRuntimeMethod(std::string_view name) {
  static const std::string_view names[] = {
      // list (and tuple, for count/index)
      "append", "extend", "insert", "remove", "reverse", "sort", "pop", "count", "index", "copy",
      "clear",
      // dict
      "get", "keys", "values", "items", "setdefault", "update", "popitem",
      // set (and update, remove, pop, copy, clear above)
      "add", "discard", "union", "intersection", "difference", "symmetric_difference", "issubset",
      "issuperset", "isdisjoint",
      // str
      "split", "rsplit", "join", "strip", "lstrip", "rstrip", "lower", "upper", "replace",
      "startswith", "endswith", "find", "rfind", "rindex", "isdigit", "isalpha", "isalnum",
      "isspace", "isascii", "isupper", "islower", "isdecimal", "isnumeric", "ljust", "rjust",
      "center", "zfill", "format", "capitalize", "title", "swapcase", "partition", "rpartition",
      "removeprefix", "removesuffix", "splitlines", "casefold", "expandtabs", "istitle",
      "isidentifier",
      // dict.fromkeys (on the type object `dict` or a dict)
      "fromkeys",
      // int, float
      "bit_length", "is_integer",
      // re.Match
      "group", "groups", "groupdict", "start", "end", "span",
      // re.Pattern (and split above)
      "search", "match", "fullmatch", "findall", "finditer", "sub", "subn"};
  for (std::string_view n : names)
    if (n == name)
      return true;
  return false;
}

/// Kinds that are statements: their value is `None` and they never end a value-producing body
/// as its tail expression.
bool isStatementKind(std::string_view kind) {
  return kind == "let" || kind == "set" || kind == "del" || kind == "if" || kind == "while" ||
         kind == "break" || kind == "unknown" || kind == "raise" || kind == "raiseValue" || kind == "raiseCall" ||
         kind == "reraise" || kind == "try";
}

/// Whether `node` is an object of kind `kind`.
bool isKind(const json &node, std::string_view kind) {
  if (!node.is_object())
    return false;
  auto k = node.find("kind");
  return k != node.end() && k->is_string() && k->get_ref<const std::string &>() == kind;
}

/// Decode one UTF-8 sequence at `s[i]`, advancing `i`; -1 on invalid input.
long decodeUtf8(const std::string &s, size_t &i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  int extra;
  long cp;
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if ((b0 & 0xE0) == 0xC0) {
    extra = 1;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3;
    cp = b0 & 0x07;
  } else {
    return -1;
  }
  if (i + extra >= s.size())
    return -1;
  for (int k = 1; k <= extra; ++k) {
    unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80)
      return -1;
    cp = (cp << 6) | (b & 0x3F);
  }
  static const long minimum[] = {0, 0x80, 0x800, 0x10000};
  if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return -1;
  i += extra + 1;
  return cp;
}

/// A Rust string literal for the UTF-8 text `s`: printable ASCII as is, everything else escaped
/// (non-ASCII as `\u{..}`, which also keeps rustc's lints about bidirectional text quiet).
/// Returns false on invalid UTF-8.
bool rustStringLiteral(const std::string &s, std::string &out) {
  static const char hex[] = "0123456789abcdef";
  out = "\"";
  for (size_t i = 0; i < s.size();) {
    long cp = decodeUtf8(s, i);
    if (cp < 0)
      return false;
    switch (cp) {
    case '\\':
      out += "\\\\";
      continue;
    case '"':
      out += "\\\"";
      continue;
    case '\n':
      out += "\\n";
      continue;
    case '\r':
      out += "\\r";
      continue;
    case '\t':
      out += "\\t";
      continue;
    default:
      break;
    }
    if (cp >= 0x20 && cp < 0x7F) {
      out += static_cast<char>(cp);
      continue;
    }
    std::string digits;
    for (long v = cp; v; v >>= 4)
      digits.insert(digits.begin(), hex[v & 0xF]);
    out += "\\u{" + (digits.empty() ? std::string("0") : digits) + "}";
  }
  out += "\"";
  return true;
}

/// A Rust expression of type f64 that is exactly `x`.
std::string floatLiteral(double x) {
  if (std::isnan(x))
    return "f64::NAN";
  if (std::isinf(x))
    return x > 0 ? "f64::INFINITY" : "f64::NEG_INFINITY";
  char buf[64];
  // Shortest round-trip digits; rustc reads float literals with correct rounding.
  auto res = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, res.ptr) + "_f64";
}

/// The part of an IR name usable in a Rust identifier.
std::string sanitize(const std::string &name) {
  std::string out;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    out += ok ? c : '_';
  }
  if (out.size() > 40)
    out.resize(40);
  return out;
}

/// Whether any node inside `n` assigns or deletes a variable (so an earlier operand must not stay
/// borrowed while `n` runs).
bool containsSet(const json &n) {
  if (n.is_object()) {
    auto kind = n.find("kind");
    if (kind != n.end() && kind->is_string() && (*kind == "set" || *kind == "del"))
      return true;
    for (const auto &item : n.items())
      if (containsSet(item.value()))
        return true;
  } else if (n.is_array()) {
    for (const auto &item : n)
      if (containsSet(item))
        return true;
  }
  return false;
}

/// Whether a `set` node is `x = x + e` or `x += e` (`set x (binop + (identifier x) e)`, op `+`
/// or `+=`) for a variable `x` named by an identifier, with no assignment inside `e`: such a
/// set is lowered to `op_add_to`, which appends to `x`'s str in place.
bool appendsToTarget(const json &set) {
  const json &lvalue = set["name"];
  std::string target;
  if (lvalue.is_string())
    target = lvalue.get<std::string>();
  else if (isKind(lvalue, "identifier") && lvalue.contains("name") && lvalue["name"].is_string())
    target = lvalue["name"].get<std::string>();
  else
    return false;
  auto named = set.find("named");
  if (named == set.end() || !isKind(*named, "binop") || !named->contains("op") ||
      !named->contains("e1") || !named->contains("e2"))
    return false;
  const json &op = (*named)["op"];
  if (!(op == "+" || op == "+="))
    return false;
  const json &e1 = (*named)["e1"];
  return isKind(e1, "identifier") && e1.contains("name") && e1["name"] == target &&
         !containsSet((*named)["e2"]);
}

/// The lowest index of an `argument` node inside `n` that carries a `default` (a parameter the
/// invocation may leave out), or `limit` if there is none.
size_t firstDefaultedArgument(const json &n, size_t limit) {
  size_t lowest = limit;
  if (n.is_object()) {
    auto kind = n.find("kind");
    auto index = n.find("index");
    if (kind != n.end() && *kind == "argument" && n.contains("default") && index != n.end() &&
        index->is_number_integer() && index->get<long long>() >= 0 &&
        static_cast<size_t>(index->get<long long>()) < lowest)
      lowest = static_cast<size_t>(index->get<long long>());
    for (const auto &item : n.items())
      lowest = std::min(lowest, firstDefaultedArgument(item.value(), limit));
  } else if (n.is_array()) {
    for (const auto &item : n)
      lowest = std::min(lowest, firstDefaultedArgument(item, limit));
  }
  return lowest;
}

/// Strip the leading quote of a label name: `'ret` and `ret` name the same label.
std::string_view labelBase(std::string_view name) {
  if (!name.empty() && name.front() == '\'')
    name.remove_prefix(1);
  return name;
}

/// Lowers one trace file. Not reusable: construct one per file.
class RustLowering {
public:
  explicit RustLowering(const json &file) : file(file) {}

  /// The complete Rust source file.
  std::string run();

private:
  /// Pushes a component onto the JSON path of the node being lowered, for error messages.
  class Enter {
  public:
    Enter(std::vector<std::string> &path, std::string component) : path(path) {
      path.push_back(std::move(component));
    }
    ~Enter() { path.pop_back(); }
    Enter(const Enter &) = delete;
    Enter &operator=(const Enter &) = delete;

  private:
    std::vector<std::string> &path;
  };

  [[noreturn]] void error(const json *node, const std::string &message) const;
  const std::string &kindOf(const json &node) const;
  const json &field(const json &node, const char *name, const char *alias = nullptr) const;
  const json &arrayField(const json &node, const char *name, const char *alias = nullptr) const;
  const std::string &stringField(const json &node, const char *name) const;

  std::string fresh(const char *prefix) { return prefix + std::to_string(nextId++); }
  std::string bindName(const std::string &irName);
  const std::string &lookupName(const json &node, const std::string &irName) const;
  /// True when some enclosing `let` binds \p irName.
  bool isBound(const std::string &irName) const;
  /// The read of variable `node` (an identifier): a variable no `let` binds
  /// (a global the module never assigns, which CPython reports as NameError)
  /// falls back.
  std::string readVariable(const json &node, bool byReference);
  /// True when \p irName is an int-typed variable (IntLocals) bound here: its Rust variable is
  /// an `Option<i64>`.
  bool isIntVar(const std::string &irName) const;
  /// The Rust `i64` expression of the int expression \p node (IntLocals::isIntExpr), or of
  /// a range item (IntLocals::isRangeItem).
  std::string intExpr(const json &node, int indent);
  /// The Rust `bool` of the comparison \p node when both operands are int expressions, or "".
  std::string intComparison(const json &node, int indent);

  std::string body(const json &items, int indent, bool wantValue, const std::string &prelude = "");
  void statement(const json &node, int indent, std::string &out);
  void tryStatement(const json &node, int indent, std::string &out);
  std::string jump(const json &node, const std::string &name, const std::string &value);
  std::string expr(const json &node, int indent);
  std::string exprAt(const json &node, const char *name, int indent);
  /// The container of the `index` lvalue \p lvalue (field `exp`), evaluated before its index.
  std::string indexContainer(const json &lvalue, int indent);
  std::string operand(const json &node, int indent, bool cloneNames);
  std::string valueList(const json &items, int indent);
  void assign(const json &lvalue, const std::string &value, int indent, std::string &out);
  void deleteTarget(const json &lvalue, int indent, std::string &out);

  size_t argumentIndex(const json &node) const;
  std::string binop(const json &node, int indent);
  std::string binaryCall(const char *fn, const json &node, int indent);
  std::string comparisonTest(const json &node, int indent);
  bool isForStep(const json &named, const std::string &target) const;
  std::string primApp(const json &node, int indent);
  std::string methodCall(const json &node, int indent);
  std::string callbackCall(const json &node, int indent);
  std::string spreadArguments(const json &node, int indent, const std::string &args,
                              const std::string &names);
  std::string spreadCall(const json &node, int indent);
  std::string callbackLabel(const json &node, const char *name, int indent);
  std::string pullGuard(const json &ifNode, const std::string &cond);
  bool hasKeywords(const json &node) const;
  std::string keywordList(const json &node, int indent);
  std::string sliceOperands(const json &slice, int indent);
  std::string dictDisplay(const json &node, int indent);
  std::string spreadDisplay(const json &items, const std::string &make, int indent);
  std::string ifExp(const json &node, int indent);
  std::string integer(const json &node);
  std::string number(const json &node);
  std::string stringLiteral(const json &node, const std::string &s);

  static std::string pad(int indent) { return std::string(4 * indent, ' '); }

  const json &file;
  /// The int-typed variables (set by run() from the trace).
  std::optional<IntLocals> ints;
  size_t numParams = 0;
  /// The fewest arguments an invocation may pass: parameters from this index on have defaults.
  size_t minArgs = 0;
  unsigned nextId = 0;
  /// One map per open body: IR name -> Rust variable, innermost last.
  std::vector<std::vector<std::pair<std::string, std::string>>> scopes;
  /// An open `callback` or `pullCallback` label: the Rust variable holding the
  /// item a key function is called with (`callbackArg 0`), or the pending call
  /// of a map's or filter's function (`callbackFn`, `callbackArg i`).
  struct CallbackFrame {
    std::string var;
    bool pull;
  };
  /// Open callback labels, innermost last.
  std::vector<CallbackFrame> callbackFrames;
  /// Open labels: IR label -> Rust label, innermost last. An entry with an
  /// empty IR label is a `try` with a `finally` (its index in `tries`).
  std::vector<std::pair<std::string, std::string>> labels;
  /// A `try` whose `finally` a jump must run on its way out: the Rust label
  /// of the block that catches such jumps and the IR labels they go to.
  struct TryExits {
    std::string label;
    std::vector<std::string> targets;
  };
  std::vector<TryExits> tries;
  /// JSON path of the node being lowered.
  std::vector<std::string> path;
  /// The distinct `str` literals (as Rust string literals), in order of first use: each is made
  /// at most once per call, by a `std::cell::OnceCell<Value>` declared at the top of `run`.
  std::vector<std::string> strLiterals;
  /// A reference (`&Value`) to the shared value of the `str` literal \p node.
  std::string strLiteral(const json &node);
};

std::string RustLowering::strLiteral(const json &node) {
  std::string text = stringLiteral(node, stringField(node, "value"));
  size_t k = std::find(strLiterals.begin(), strLiterals.end(), text) - strLiterals.begin();
  if (k == strLiterals.size())
    strLiterals.push_back(text);
  return "str_lit" + std::to_string(k) + ".get_or_init(|| Value::str(" + text + "))";
}

void RustLowering::error(const json *node, const std::string &message) const {
  std::string where;
  for (const std::string &c : path)
    where += "/" + c;
  if (where.empty())
    where = "/";
  std::string what;
  if (node && node->is_object()) {
    auto kind = node->find("kind");
    if (kind != node->end() && kind->is_string())
      what = " (" + kind->get<std::string>() + ")";
  }
  throw CodeGenError("malformed trace at " + where + what + ": " + message);
}

const std::string &RustLowering::kindOf(const json &node) const {
  if (!node.is_object())
    error(&node, "expected a node (a JSON object), got " + std::string(node.type_name()));
  auto kind = node.find("kind");
  if (kind == node.end() || !kind->is_string())
    error(&node, "node without a string 'kind'");
  return kind->get_ref<const std::string &>();
}

const json &RustLowering::field(const json &node, const char *name, const char *alias) const {
  auto it = node.find(name);
  if (it == node.end() && alias)
    it = node.find(alias);
  if (it == node.end())
    error(&node, std::string("missing field '") + name + "'");
  return *it;
}

const json &RustLowering::arrayField(const json &node, const char *name, const char *alias) const {
  const json &value = field(node, name, alias);
  if (!value.is_array())
    error(&node, std::string("field '") + name + "' must be an array");
  return value;
}

const std::string &RustLowering::stringField(const json &node, const char *name) const {
  const json &value = field(node, name);
  if (!value.is_string())
    error(&node, std::string("field '") + name + "' must be a string");
  return value.get_ref<const std::string &>();
}

std::string RustLowering::bindName(const std::string &irName) {
  std::string rust = "v" + std::to_string(nextId++) + "_" + sanitize(irName);
  scopes.back().emplace_back(irName, rust);
  return rust;
}

bool RustLowering::isBound(const std::string &irName) const {
  for (const auto &scope : scopes)
    for (const auto &entry : scope)
      if (entry.first == irName)
        return true;
  return false;
}

std::string RustLowering::readVariable(const json &node, bool byReference) {
  const std::string &name = stringField(node, "name");
  if (!isBound(name))
    return std::string(byReference ? "&" : "") + "builtins::unsupported(" +
           stringLiteral(node, "name '" + name + "'") + ")?";
  if (isIntVar(name))
    return std::string(byReference ? "&" : "") + "Value::Int(int_var(" + lookupName(node, name) + ")?)";
  return "defined(&" + lookupName(node, name) + ")?" + (byReference ? "" : ".clone()");
}

const std::string &RustLowering::lookupName(const json &node, const std::string &irName) const {
  for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope)
    for (auto entry = scope->rbegin(); entry != scope->rend(); ++entry)
      if (entry->first == irName)
        return entry->second;
  error(&node, "name '" + irName + "' is bound by no enclosing let");
}

std::string RustLowering::run() {
  if (!file.is_object())
    error(nullptr, "a trace file must be a JSON object");
  auto format = file.find("format");
  if (format == file.end() || *format != "pyctl-trace")
    error(nullptr, "'format' must be \"pyctl-trace\"");
  auto version = file.find("version");
  if (version == file.end() || *version != 1)
    error(nullptr, "unsupported 'version' (this lowering reads version 1)");
  auto params = file.find("params");
  if (params == file.end() || !params->is_array())
    error(nullptr, "'params' must be an array of names");
  for (const json &p : *params)
    if (!p.is_string())
      error(nullptr, "'params' must be an array of names");
  numParams = params->size();
  auto trace = file.find("trace");
  if (trace == file.end())
    error(nullptr, "missing 'trace'");

  std::string entry = "?";
  if (auto e = file.find("entry"); e != file.end() && e->is_string())
    entry = e->get<std::string>();
  std::string invocations = "?";
  if (auto n = file.find("invocations"); n != file.end() && n->is_number_integer())
    invocations = std::to_string(n->get<long long>());
  // dump() with ensure_ascii escapes control and non-ASCII characters: one plain ASCII line.
  std::string signature = json(entry).dump(-1, ' ', true) + " " + params->dump(-1, ' ', true);

  minArgs = firstDefaultedArgument(*trace, numParams);
  ints.emplace(*trace);
  std::string tree;
  {
    Enter e(path, "trace");
    scopes.emplace_back();
    tree = expr(*trace, 1);
    scopes.pop_back();
  }

  std::string out;
  out += "// Generated by pyctl from the trace of " + signature + " (" + invocations +
         " invocations). Do not edit.\n";
  out += "#![forbid(unsafe_code)]\n";
  out += "#![allow(unused_mut, unused_variables, unused_assignments, unused_labels, "
         "unused_braces, unused_parens, unreachable_code, non_snake_case)]\n\n";
  out += "use pyctl_runtime::*;\n\n";
  out += "/// The compiled function: the traced paths of the entry, or `Fallback`.\n";
  out += "pub fn run(args: &[Value], ctx: &mut Ctx) -> Result<Value, Fallback> {\n";
  if (minArgs == numParams)
    out += "    if args.len() != " + std::to_string(numParams) + " {\n";
  else
    out += "    if args.len() < " + std::to_string(minArgs) + " || args.len() > " +
           std::to_string(numParams) + " {\n";
  out += "        return Err(fallback(\"TypeError: wrong number of arguments\"));\n";
  out += "    }\n";
  // str values are immutable, and `is` between strs falls back (compare.rs), so every use of a
  // literal may share one value: made on first use, not on every evaluation.
  for (size_t k = 0; k < strLiterals.size(); ++k)
    out += "    let str_lit" + std::to_string(k) +
           ": std::cell::OnceCell<Value> = std::cell::OnceCell::new();\n";
  out += "    let result: Value = " + tree + ";\n";
  out += "    Ok(result)\n";
  out += "}\n\n";
  out += "fn main() {\n";
  out += "    pyctl_runtime::main_loop(run)\n";
  out += "}\n";
  return out;
}

std::string RustLowering::body(const json &items, int indent, bool wantValue,
                               const std::string &prelude) {
  scopes.emplace_back();
  std::string out = "{\n" + prelude;
  bool valueDone = false, diverges = false;
  for (size_t i = 0; i < items.size(); ++i) {
    Enter e(path, std::to_string(i));
    const json &item = items[i];
    const std::string &kind = kindOf(item);
    bool last = i + 1 == items.size();
    if (kind == "unknown" && !last)
      error(&item, "'unknown' must be the last item of its body");
    if (wantValue && last && !isStatementKind(kind)) {
      out += pad(indent + 1) + expr(item, indent + 1) + "\n";
      valueDone = true;
    } else {
      statement(item, indent + 1, out);
      diverges = last && (kind == "unknown" || kind == "break" || kind == "raise" ||
                          kind == "raiseValue" || kind == "raiseCall" || kind == "reraise");
    }
  }
  if (wantValue && !valueDone && !diverges)
    out += pad(indent + 1) + "Value::None\n";
  out += pad(indent) + "}";
  scopes.pop_back();
  return out;
}

void RustLowering::statement(const json &node, int indent, std::string &out) {
  const std::string &kind = kindOf(node);
  std::string in = pad(indent);
  if (kind == "unknown") {
    // An `unknown` made by TracePruning says which compilation limit cut the path.
    std::string literal;
    if (!node.contains("reason") || !node["reason"].is_string() ||
        !rustStringLiteral("unknown: " + node["reason"].get<std::string>(), literal))
      literal = "\"unknown: path never traced\"";
    out += in + "return Err(fallback(" + literal + "));\n";
  } else if (kind == "raise") {
    // CPython raises here: compiled code falls back (the exception's arguments cannot change
    // that, and whatever they print is discarded with the call's output).
    const std::string &exception = stringField(node, "exception");
    arrayField(node, "args");
    out += in + "return Err(fallback(" + stringLiteral(node, "raise " + exception) + "));\n";
  } else if (kind == "reraise" || kind == "raiseValue" || kind == "raiseCall") {
    // Whatever a `raise v` raises (v itself, or TypeError), compiled code falls back.
    out += in + "return Err(fallback(\"raise\"));\n";
  } else if (kind == "try") {
    tryStatement(node, indent, out);
  } else if (kind == "let") {
    const std::string &name = stringField(node, "name");
    // The bound value cannot see the new name.
    if (ints->isIntName(name)) {
      // An int-typed variable (IntLocals): unboxed, None while unbound.
      const json &named = field(node, "named");
      std::string value = "None";
      if (!isKind(named, "undefined")) {
        Enter e(path, "named");
        value = "Some(" + intExpr(named, indent) + ")";
      }
      out += in + "let mut " + bindName(name) + ": Option<i64> = " + value + ";\n";
      return;
    }
    std::string value = exprAt(node, "named", indent);
    out += in + "let mut " + bindName(name) + ": Value = " + value + ";\n";
  } else if (kind == "set") {
    const json &lvalue = field(node, "name");
    bool simple = lvalue.is_string() || (lvalue.is_object() && lvalue.contains("kind") &&
                                          lvalue["kind"] == "identifier");
    if (simple) {
      const std::string &name =
          lvalue.is_string() ? lvalue.get<std::string>() : stringField(lvalue, "name");
      if (isIntVar(name)) {
        // An int-typed variable (IntLocals): its value is an int expression or a range item.
        const json &named = field(node, "named");
        std::string value;
        {
          Enter e(path, "named");
          value = intExpr(named, indent);
        }
        out += in + lookupName(lvalue, name) + " = Some(" + value + ");\n";
        return;
      }
    }
    if (simple && appendsToTarget(node) &&
        isBound(lvalue.is_string() ? lvalue.get<std::string>() : stringField(lvalue, "name"))) {
      // `x = x + e` / `x += e`: e first (it cannot rebind x), then op_add_to appends to x's str
      // in place when nothing else shares it (amortised linear str building, as in CPython).
      const json &named = field(node, "named");
      const std::string &name =
          lvalue.is_string() ? lvalue.get<std::string>() : stringField(lvalue, "name");
      std::string tmp = fresh("t");
      std::string right;
      {
        Enter en(path, "named");
        Enter e2(path, "e2");
        right = expr(field(named, "e2"), indent + 1);
      }
      out += in + "{\n" + pad(indent + 1) + "let " + tmp + ": Value = " + right + ";\n";
      out += pad(indent + 1) + "op_add_to(&mut " + lookupName(lvalue, name) + ", &" + tmp +
             (stringField(named, "op") == "+=" ? ", true" : ", false") + ")?;\n";
      out += in + "}\n";
      return;
    }
    if (simple) {
      const std::string &name =
          lvalue.is_string() ? lvalue.get<std::string>() : stringField(lvalue, "name");
      const json &named = field(node, "named");
      if (isBound(name) && isForStep(named, name)) {
        // `_v = next(_it, _s)`, the head of a lowered `for` loop: assigned in place.
        const json &args = arrayField(named, "eventArgs", "event_args");
        std::string it, sentinel;
        {
          Enter en(path, "named");
          Enter ea(path, "eventArgs");
          {
            Enter e0(path, "0");
            it = operand(args[0], indent, false);
          }
          {
            Enter e1(path, "1");
            sentinel = operand(args[1], indent, false);
          }
        }
        out += in + "builtins::next_assign(&mut " + lookupName(lvalue, name) + ", " + it + ", " +
               sentinel + ")?;\n";
        return;
      }
    }
    std::string value = exprAt(node, "named", simple ? indent : indent + 1);
    Enter e(path, "name");
    if (simple) {
      assign(lvalue, value, indent, out);
      return;
    }
    // Python evaluates the right-hand side first, then the targets left to right.
    std::string tmp = fresh("t");
    out += in + "{\n" + pad(indent + 1) + "let " + tmp + ": Value = " + value + ";\n";
    assign(lvalue, tmp, indent + 1, out);
    out += in + "}\n";
  } else if (kind == "del") {
    Enter e(path, "exp");
    deleteTarget(field(node, "exp"), indent, out);
  } else if (kind == "if") {
    const json &c = field(node, "cond", "condition");
    std::string test;
    {
      Enter e(path, "cond");
      test = comparisonTest(c, indent);
      if (test.empty())
        test = "truthy(" + pullGuard(node, operand(c, indent, false)) + ")?";
    }
    std::string thenPart, elsePart;
    {
      Enter e(path, "truePart");
      thenPart = body(arrayField(node, "truePart", "true_part"), indent, false);
    }
    {
      Enter e(path, "falsePart");
      elsePart = body(arrayField(node, "falsePart", "false_part"), indent, false);
    }
    out += in + "if " + test + " " + thenPart + " else " + elsePart + "\n";
  } else if (kind == "while") {
    std::string loop = "'" + fresh("w");
    std::string test;
    {
      Enter e(path, "cond");
      const json &c = field(node, "cond", "condition");
      test = comparisonTest(c, indent + 1);
      if (test.empty())
        test = "truthy(" + operand(c, indent + 1, false) + ")?";
    }
    std::string loopBody;
    {
      Enter e(path, "body");
      loopBody = body(arrayField(node, "body"), indent + 1, false);
    }
    out += in + loop + ": loop {\n";
    out += pad(indent + 1) + "ctx.tick()?;\n";
    // `while True` (every lowered `for` loop) needs no test.
    const json &c = field(node, "cond", "condition");
    bool alwaysTrue = isKind(c, "boolean") && c.contains("value") && c["value"].is_boolean() &&
                      c["value"].get<bool>();
    if (!alwaysTrue) {
      out += pad(indent + 1) + "if !(" + test + ") {\n";
      out += pad(indent + 2) + "break " + loop + ";\n";
      out += pad(indent + 1) + "}\n";
    }
    out += pad(indent + 1) + loopBody + "\n";
    out += in + "}\n";
  } else if (kind == "break") {
    const std::string &name = stringField(node, "name");
    out += in + jump(node, name, exprAt(node, "value", indent)) + ";\n";
  } else if (isDroppedGetattr(node)) {
    // The method lookup `anf` puts before a method call's arguments: a bound method is no
    // value of the runtime, so only the lookup's check runs.
    Enter e(path, "eventArgs");
    out += in + "builtins::lookup_attribute(&[" + valueList(arrayField(node, "eventArgs"), indent) + "])?;\n";
  } else {
    // An expression run for its effects (and its possible Fallback); the value is dropped.
    out += in + "let _ = " + expr(node, indent) + ";\n";
  }
}

std::string RustLowering::jump(const json &node, const std::string &name, const std::string &value) {
  for (auto it = labels.rbegin(); it != labels.rend(); ++it) {
    if (it->first.empty()) {
      // Leaving a try with a `finally`: its block catches the jump, runs the
      // `finally` and then jumps on (see tryStatement).
      TryExits &t = tries[std::stoul(it->second)];
      size_t k = std::find(t.targets.begin(), t.targets.end(), name) - t.targets.begin();
      if (k == t.targets.size())
        t.targets.push_back(name);
      return "break " + t.label + " (" + std::to_string(k + 1) + ", " + value + ")";
    }
    if (labelBase(it->first) == labelBase(name))
      return "break " + it->second + " " + value;
  }
  error(&node, "break to '" + name + "', which no enclosing label names");
}

/// `try` (docs/trace-format.md section 6, Exceptions). Compiled code never
/// raises (whatever would raise falls back), so handlers cannot run: the body
/// runs, then `else`, then `finally`. A jump out of the body or `else` is
/// caught by a labelled block as (exit number, value), so that `finally`
/// runs before the jump goes on; a jump in `finally` replaces it.
void RustLowering::tryStatement(const json &node, int indent, std::string &out) {
  std::string in = pad(indent);
  arrayField(node, "handlers");
  const json &tryBody = arrayField(node, "body");
  const json &orelse = arrayField(node, "orelse");
  const json &finalbody = arrayField(node, "finalbody");
  auto clause = [&](const json &items, const char *name, int at) {
    Enter e(path, name);
    return body(items, at, false);
  };
  if (finalbody.empty()) {
    out += in + clause(tryBody, "body", indent) + "\n";
    out += in + clause(orelse, "orelse", indent) + "\n";
    return;
  }
  std::string label = "'" + fresh("t"), exit = fresh("k"), value = fresh("v");
  tries.push_back({label, {}});
  labels.emplace_back("", std::to_string(tries.size() - 1));
  std::string main = clause(tryBody, "body", indent + 1), otherwise = clause(orelse, "orelse", indent + 1);
  labels.pop_back();
  TryExits exits = std::move(tries.back());
  tries.pop_back();
  out += in + "let (" + exit + ", " + value + "): (u32, Value) = " + label + ": {\n";
  out += pad(indent + 1) + main + "\n" + pad(indent + 1) + otherwise + "\n";
  out += pad(indent + 1) + "(0, Value::None)\n" + in + "};\n";
  out += in + clause(finalbody, "finalbody", indent) + "\n";
  if (exits.targets.empty())
    return;
  out += in + "match " + exit + " {\n";
  for (size_t k = 0; k < exits.targets.size(); ++k)
    out += pad(indent + 1) + std::to_string(k + 1) + " => " + jump(node, exits.targets[k], value) + ",\n";
  out += pad(indent + 1) + "_ => {}\n" + in + "}\n";
}

void RustLowering::assign(const json &lvalue, const std::string &value, int indent,
                          std::string &out) {
  std::string in = pad(indent);
  if (lvalue.is_string()) {
    out += in + lookupName(lvalue, lvalue.get<std::string>()) + " = " + value + ";\n";
    return;
  }
  const std::string &kind = kindOf(lvalue);
  if (kind == "identifier") {
    out += in + lookupName(lvalue, stringField(lvalue, "name")) + " = " + value + ";\n";
  } else if (kind == "index") {
    const json &index = field(lvalue, "index");
    std::string target = indexContainer(lvalue, indent);
    Enter e(path, "index");
    if (isKind(index, "slice")) {
      out += in + "set_slice(" + target + ", " + sliceOperands(index, indent) + ", " + value +
             ")?;\n";
      return;
    }
    out += in + "set_index(" + target + ", " + operand(index, indent, false) + ", " + value +
           ")?;\n";
  } else if (kind == "tuple") {
    const json &targets = arrayField(lvalue, "exps");
    std::vector<std::string> parts;
    std::string names;
    // At most one target is starred (`a, *b = v`): it takes a list of the items the others leave.
    size_t star = targets.size();
    for (size_t i = 0; i < targets.size(); ++i) {
      parts.push_back(fresh("t"));
      names += (i ? ", " : "") + parts.back();
      if (isKind(targets[i], "starred")) {
        if (star != targets.size()) {
          Enter ei(path, std::to_string(i));
          error(&targets[i], "more than one starred target in one assignment");
        }
        star = i;
      }
    }
    std::string n = std::to_string(targets.size());
    if (star == targets.size())
      out += in + "let [" + names + "] = unpack_n::<" + n + ">(&" + value + ")?;\n";
    else
      out += in + "let [" + names + "] = unpack_star::<" + n + ">(&" + value + ", " +
             std::to_string(star) + ")?;\n";
    Enter e(path, "exps");
    for (size_t i = 0; i < targets.size(); ++i) {
      Enter ei(path, std::to_string(i));
      if (i == star) {
        Enter es(path, "exp");
        assign(field(targets[i], "exp"), parts[i], indent, out);
      } else {
        assign(targets[i], parts[i], indent, out);
      }
    }
  } else if (kind == "deref") {
    std::string cell;
    {
      Enter e(path, "exp");
      cell = operand(field(lvalue, "exp"), indent, false);
    }
    out += in + "set_deref(" + cell + ", " + value + ")?;\n";
  } else {
    error(&lvalue, "not an assignment target (expected identifier, index, tuple or deref)");
  }
}

/// `del` (docs/trace-format.md section 6): CPython 3.11's DELETE_FAST / DELETE_GLOBAL /
/// DELETE_DEREF / DELETE_SUBSCR. A variable becomes unbound (`Value::Undefined`, which later reads
/// fall back on), a cell becomes empty, an item or a slice of a list or a key of a dict is removed;
/// a tuple deletes its targets left to right. Whatever CPython raises on (an unbound name, a
/// missing key, an index out of range, a tuple or str target, a bad slice) falls back.
void RustLowering::deleteTarget(const json &lvalue, int indent, std::string &out) {
  std::string in = pad(indent);
  const std::string &kind = kindOf(lvalue);
  if (kind == "identifier") {
    const std::string &name = stringField(lvalue, "name");
    if (!isBound(name)) {
      // A name no `let` binds: CPython raises NameError.
      out += in + "let _ = builtins::unsupported(" + stringLiteral(lvalue, "name '" + name + "'") +
             ")?;\n";
      return;
    }
    out += in + "del_name(&mut " + lookupName(lvalue, name) + ")?;\n";
  } else if (kind == "deref") {
    Enter e(path, "exp");
    out += in + "del_deref(" + operand(field(lvalue, "exp"), indent, false) + ")?;\n";
  } else if (kind == "index") {
    const json &index = field(lvalue, "index");
    std::string target = indexContainer(lvalue, indent);
    Enter e(path, "index");
    if (isKind(index, "slice"))
      out += in + "del_slice(" + target + ", " + sliceOperands(index, indent) + ")?;\n";
    else
      out += in + "del_index(" + target + ", " + operand(index, indent, false) + ")?;\n";
  } else if (kind == "tuple") {
    const json &targets = arrayField(lvalue, "exps");
    Enter e(path, "exps");
    for (size_t i = 0; i < targets.size(); ++i) {
      Enter ei(path, std::to_string(i));
      deleteTarget(targets[i], indent, out);
    }
  } else {
    error(&lvalue, "not a deletion target (expected identifier, index, tuple or deref)");
  }
}

std::string RustLowering::indexContainer(const json &lvalue, int indent) {
  Enter e(path, "exp");
  // The container is cloned when the index assigns or deletes a variable (containsSet).
  return operand(field(lvalue, "exp"), indent, containsSet(field(lvalue, "index")));
}

std::string RustLowering::exprAt(const json &node, const char *name, int indent) {
  const json &child = field(node, name);
  Enter e(path, name);
  return expr(child, indent);
}

std::string RustLowering::operand(const json &node, int indent, bool cloneNames) {
  const std::string &kind = kindOf(node);
  if (kind == "identifier" && !cloneNames)
    return readVariable(node, true);
  if (kind == "argument" && !node.contains("default"))
    return "&args[" + std::to_string(argumentIndex(node)) + "]";
  if (kind == "string")
    return strLiteral(node);
  return "&" + expr(node, indent);
}

std::string RustLowering::valueList(const json &items, int indent) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    Enter e(path, std::to_string(i));
    out += (i ? ", " : "") + expr(items[i], indent);
  }
  return out;
}

std::string RustLowering::expr(const json &node, int indent) {
  const std::string &kind = kindOf(node);
  if (kind == "identifier")
    return readVariable(node, false);
  if (kind == "argument") {
    std::string i = std::to_string(argumentIndex(node));
    if (!node.contains("default"))
      return "args[" + i + "].clone()";
    // A parameter with a default value the invocation may leave out.
    std::string fallbackValue;
    {
      Enter e(path, "default");
      fallbackValue = expr(node["default"], indent);
    }
    return "{ if args.len() > " + i + " { args[" + i + "].clone() } else { " + fallbackValue + " } }";
  }
  if (kind == "integer")
    return integer(node);
  if (kind == "number")
    return number(node);
  if (kind == "string")
    return strLiteral(node) + ".clone()";
  if (kind == "boolean") {
    const json &value = field(node, "value");
    if (!value.is_boolean())
      error(&node, "field 'value' must be a boolean");
    return value.get<bool>() ? "Value::Bool(true)" : "Value::Bool(false)";
  }
  if (kind == "none")
    return "Value::None";
  if (kind == "undefined")
    return "Value::Undefined";
  if (kind == "clos") {
    const json &tenv = field(node, "tenv");
    if (!tenv.is_object())
      error(&node, "field 'tenv' must be an object");
    std::string id = stringLiteral(node, stringField(node, "function"));
    const json *defaults = nullptr;
    if (auto d = node.find("defaults"); d != node.end()) {
      if (!d->is_array())
        error(&node, "field 'defaults' must be an array");
      if (!d->empty())
        defaults = &*d;
    }
    if (tenv.empty() && !defaults)
      return "Value::function(" + id + ")";
    // The captured cells, by variable name.
    std::string env;
    {
      Enter e(path, "tenv");
      for (const auto &item : tenv.items()) {
        Enter ei(path, item.key());
        env += (env.empty() ? "(" : ", (") + stringLiteral(node, item.key()) + ", " +
               expr(item.value(), indent) + ")";
      }
    }
    if (!defaults)
      return "Value::closure(" + id + ", vec![" + env + "])";
    // Default values, evaluated where the def runs.
    Enter e(path, "defaults");
    return "Value::closure_with_defaults(" + id + ", vec![" + env + "], vec![" +
           valueList(*defaults, indent) + "])";
  }
  if (kind == "newCell")
    return "Value::new_cell()";
  if (kind == "default") {
    const json &index = field(node, "index");
    if (!index.is_number_integer() || index.get<long long>() < 0)
      error(&node, "field 'index' must be a non-negative integer");
    Enter e(path, "exp");
    return "closure_default(" + operand(field(node, "exp"), indent, false) + ", " +
           std::to_string(index.get<long long>()) + ")?";
  }
  if (kind == "starred")
    error(&node, "'starred' can only be an item of a tuple assignment target, of a display or of "
                 "call arguments");
  if (kind == "deref") {
    Enter e(path, "exp");
    return "deref(" + operand(field(node, "exp"), indent, false) + ")?";
  }
  if (kind == "from") {
    const std::string &name = stringField(node, "field");
    Enter e(path, "exp");
    return "closure_cell(" + operand(field(node, "exp"), indent, false) + ", " +
           stringLiteral(node, name) + ")?";
  }
  if (kind == "array" || kind == "tuple") {
    const json &items = arrayField(node, "exps");
    Enter e(path, "exps");
    std::string make = kind == "array" ? "Value::list" : "Value::tuple";
    bool spread = false;
    for (const json &item : items)
      spread |= isKind(item, "starred");
    if (!spread)
      return make + "(vec![" + valueList(items, indent) + "])";
    return spreadDisplay(items, make + "(", indent);
  }
  if (kind == "setDisplay") {
    const json &items = arrayField(node, "exps");
    Enter e(path, "exps");
    bool spread = false;
    for (const json &item : items)
      spread |= isKind(item, "starred");
    if (!spread)
      return "set_display(vec![" + valueList(items, indent) + "])?";
    // Added to the set in item order, as BUILD_SET / SET_UPDATE do.
    return spreadDisplay(items, "set_display(", indent) + "?";
  }
  if (kind == "index") {
    const json &index = field(node, "index");
    std::string target;
    {
      Enter e(path, "exp");
      target = operand(field(node, "exp"), indent, containsSet(index));
    }
    Enter e(path, "index");
    if (isKind(index, "slice"))
      return "get_slice(" + target + ", " + sliceOperands(index, indent) + ")?";
    return "get_index(" + target + ", " + operand(index, indent, false) + ")?";
  }
  if (kind == "slice")
    error(&node, "'slice' can only be the index of an 'index' node");
  if (kind == "methodCall")
    return methodCall(node, indent);
  if (kind == "dict")
    return dictDisplay(node, indent);
  if (kind == "ifExp")
    return ifExp(node, indent);
  if (kind == "builtin")
    return "Value::Builtin(&" + stringLiteral(node, stringField(node, "name")) + ")";
  if ((kind == "binop" || kind == "op1") && ints->isIntExpr(node))
    return "Value::Int(" + intExpr(node, indent) + ")";
  if (kind == "binop")
    return binop(node, indent);
  if (kind == "op1") {
    const std::string &op = stringField(node, "op");
    const char *fn = unaryFunction(op);
    if (!fn)
      error(&node, "unknown unary operator '" + op + "'");
    Enter e(path, "e");
    return std::string(fn) + "(" + operand(field(node, "e"), indent, false) + ")?";
  }
  if (kind == "primApp")
    return primApp(node, indent);
  if (kind == "callbackArg") {
    const json &index = field(node, "index");
    if (callbackFrames.empty() || !index.is_number_integer() || index.get<long long>() < 0)
      error(&node, "'callbackArg' outside a callback label, or a negative index");
    const CallbackFrame &frame = callbackFrames.back();
    if (frame.pull)
      return frame.var + ".arg(" + std::to_string(index.get<long long>()) + ")?";
    if (index.get<long long>() != 0)
      error(&node, "'callbackArg' of a key function with an index other than 0");
    return frame.var + ".clone()";
  }
  if (kind == "callbackFn") {
    if (callbackFrames.empty() || !callbackFrames.back().pull)
      error(&node, "'callbackFn' outside a 'pullCallback' label");
    return callbackFrames.back().var + ".func().clone()";
  }
  if (kind == "block") {
    const json &items = arrayField(node, "body");
    Enter e(path, "body");
    return body(items, indent, true);
  }
  if (kind == "label") {
    const std::string &name = stringField(node, "name");
    const json &items = arrayField(node, "body");
    std::string label = "'" + fresh("l");
    // Entering a function body ('ret) is an inlined call: it costs one unit of gas.
    std::string prelude = labelBase(name) == "ret" ? pad(indent + 1) + "ctx.tick()?;\n" : "";
    labels.emplace_back(name, label);
    std::string block;
    {
      Enter e(path, "body");
      block = body(items, indent, true, prelude);
    }
    labels.pop_back();
    return label + ": " + block;
  }
  if (kind == "let")
    error(&node, "'let' can only be an item of a body");
  if (isStatementKind(kind)) {
    // A statement used as a value: run it, the value is None.
    std::string out = "{\n";
    statement(node, indent + 1, out);
    return out + pad(indent + 1) + "Value::None\n" + pad(indent) + "}";
  }
  // A kind this version does not know (a newer IR extension): compiled code
  // falls back when it gets there, which is always sound.
  return "builtins::unsupported(" + stringLiteral(node, "IR node kind '" + kind + "'") + ")?";
}

size_t RustLowering::argumentIndex(const json &node) const {
  const json &index = field(node, "index");
  if (!index.is_number_integer() || index.get<long long>() < 0 ||
      static_cast<unsigned long long>(index.get<long long>()) >= numParams)
    error(&node, "argument index outside the " + std::to_string(numParams) + " params");
  return index.get<size_t>();
}

/// The test of an `if` whose condition \p node is a comparison, as a Rust `bool` expression:
/// the runtime's `*_bool` form of the operator (`lt_bool(a, b)?`), which gives exactly the truth
/// of the `bool` the operator returns, without boxing it. Empty for any other condition (the
/// caller tests it with `truthy`). The operands are evaluated as `binop` evaluates them.
std::string RustLowering::comparisonTest(const json &node, int indent) {
  if (!isKind(node, "binop") || !node.contains("op") || !node["op"].is_string())
    return "";
  const char *fn = comparisonTestFunction(node["op"].get<std::string>());
  if (!fn)
    return "";
  std::string typed = intComparison(node, indent);
  if (!typed.empty())
    return typed;
  return binaryCall(fn, node, indent);
}

bool RustLowering::isIntVar(const std::string &irName) const {
  return ints && ints->isIntName(irName) && isBound(irName);
}

std::string RustLowering::intExpr(const json &node, int indent) {
  const std::string &kind = kindOf(node);
  if (kind == "integer") {
    long long v = field(node, "value").get<long long>();
    if (v == std::numeric_limits<long long>::min())
      return "i64::MIN";
    return std::to_string(v) + "_i64";
  }
  if (kind == "identifier") {
    const std::string &name = stringField(node, "name");
    if (!isBound(name))
      // A name no `let` binds (CPython's NameError).
      return "{ builtins::unsupported(" + stringLiteral(node, "name '" + name + "'") + ")?; 0_i64 }";
    if (ints->isRangeItem(node) && !isIntVar(name))
      return "range_item(&" + lookupName(node, name) + ")?";
    return "int_var(" + lookupName(node, name) + ")?";
  }
  if (kind == "primApp") {
    // len(x): the only builtin IntLocals accepts.
    Enter e(path, "eventArgs");
    Enter e0(path, "0");
    return "int_len(" + operand(arrayField(node, "eventArgs")[0], indent, false) + ")?";
  }
  if (kind == "op1") {
    const json &operandNode = field(node, "e");
    if (stringField(node, "op") == "-" && isKind(operandNode, "integer") &&
        field(operandNode, "value").get<long long>() != std::numeric_limits<long long>::min())
      // A negative constant (`-2`): folded.
      return std::to_string(-field(operandNode, "value").get<long long>()) + "_i64";
    std::string e;
    {
      Enter en(path, "e");
      e = intExpr(field(node, "e"), indent);
    }
    return stringField(node, "op") == "-" ? "int_neg(" + e + ")?" : e;
  }
  if (kind == "binop") {
    const std::string &op = stringField(node, "op");
    const char *fn = op == "+" || op == "+=" ? "int_add"
                     : op == "-" || op == "-=" ? "int_sub"
                     : op == "*" || op == "*=" ? "int_mul"
                     : op == "//"             ? "int_floordiv"
                                              : "int_mod";
    std::string left, right;
    {
      Enter e(path, "e1");
      left = intExpr(field(node, "e1"), indent);
    }
    {
      Enter e(path, "e2");
      right = intExpr(field(node, "e2"), indent);
    }
    // Rust evaluates the arguments left to right, as CPython its operands.
    return std::string(fn) + "(" + left + ", " + right + ")?";
  }
  error(&node, "not an int expression");
}

std::string RustLowering::intComparison(const json &node, int indent) {
  static const std::pair<std::string_view, const char *> table[] = {
      {"==", "=="}, {"!=", "!="}, {"<", "<"}, {"<=", "<="}, {">", ">"}, {">=", ">="}};
  const std::string &op = stringField(node, "op");
  const char *rustOp = nullptr;
  for (const auto &[name, r] : table)
    if (name == op)
      rustOp = r;
  const json &e1 = field(node, "e1");
  const json &e2 = field(node, "e2");
  if (!rustOp || !ints->isIntExpr(e1) || !ints->isIntExpr(e2))
    return "";
  std::string left, right;
  {
    Enter e(path, "e1");
    left = intExpr(e1, indent);
  }
  {
    Enter e(path, "e2");
    right = intExpr(e2, indent);
  }
  return "(" + left + " " + rustOp + " " + right + ")";
}

/// `fn(e1, e2)?` of the `binop` \p node: the runtime function \p fn applied to its operands,
/// left then right, as CPython evaluates them.
std::string RustLowering::binaryCall(const char *fn, const json &node, int indent) {
  const json &e1 = field(node, "e1");
  const json &e2 = field(node, "e2");
  std::string left, right;
  {
    Enter e(path, "e1");
    left = operand(e1, indent, containsSet(e2));
  }
  {
    Enter e(path, "e2");
    right = operand(e2, indent, false);
  }
  return std::string(fn) + "(" + left + ", " + right + ")?";
}

static bool unpacksKeywords(const json &node);

/// Whether \p named, assigned to the variable \p target, is `next(it, sentinel)` of two bound
/// variables other than \p target, without keywords or `*` (every lowered `for` loop's
/// `_v = next(_it, _s)`): `builtins::next_assign` then assigns the item in place, after reading
/// both arguments, as the assignment would.
bool RustLowering::isForStep(const json &named, const std::string &target) const {
  if (!isKind(named, "primApp") || named.value("event", "") != "next" || named.contains("callback") ||
      named.contains("pullCallback") || hasKeywords(named) || unpacksKeywords(named))
    return false;
  auto args = named.find("eventArgs");
  if (args == named.end() || !args->is_array() || args->size() != 2)
    return false;
  for (const json &a : *args) {
    if (!isKind(a, "identifier") || !a.contains("name") || !a["name"].is_string())
      return false;
    const std::string &n = a["name"].get<std::string>();
    if (n == target || !isBound(n))
      return false;
  }
  return true;
}

std::string RustLowering::binop(const json &node, int indent) {
  const std::string &op = stringField(node, "op");
  const json &e1 = field(node, "e1");
  const json &e2 = field(node, "e2");
  if (op == "and" || op == "or") {
    // Short-circuit; the value is an operand.
    std::string tmp = fresh("t");
    std::string left, right;
    {
      Enter e(path, "e1");
      left = expr(e1, indent);
    }
    {
      Enter e(path, "e2");
      right = expr(e2, indent);
    }
    std::string taken = op == "and" ? "{ " + right + " } else { " + tmp + " }"
                                    : "{ " + tmp + " } else { " + right + " }";
    return "{ let " + tmp + ": Value = " + left + "; if truthy(&" + tmp + ")? " + taken + " }";
  }
  const char *fn = binopFunction(op);
  if (!fn)
    error(&node, "unknown binary operator '" + op + "'");
  return binaryCall(fn, node, indent);
}

/// True when a call's arguments spread an iterable (`f(*xs)`).
static bool spreadsArguments(const json &args) {
  for (const json &a : args)
    if (isKind(a, "starred"))
      return true;
  return false;
}

/// True when a builtin or method call merges a `**mapping` into its keywords
/// (a keyword entry named "**").
static bool unpacksKeywords(const json &node) {
  auto it = node.find("keywords");
  if (it == node.end() || !it->is_array())
    return false;
  for (const json &k : *it)
    if (k.is_object() && k.value("name", "") == "**")
      return true;
  return false;
}

/// A builtin or method call with a `callback` label (a user `key=`; docs/trace-format.md,
/// Callbacks) or a `pullCallback` label (a pulling point; map and filter), or both: the
/// receiver, arguments and keywords are evaluated in order, then the runtime's
/// `callback::CallbackCall` runs the call and hands out, one at a time and in CPython's order,
/// the user-function calls it needs: a key (the `'cb` label runs with `callbackArg 0` = the
/// item) or a call of a map's or filter's function (the `'pull` label runs with `callbackFn` and
/// `callbackArg i` from the pending call, whose answer the iterator takes). A request for a
/// label the node lacks falls back.
std::string RustLowering::callbackCall(const json &node, int indent) {
  bool isMethod = kindOf(node) == "methodCall";
  const std::string &name = stringField(node, isMethod ? "method" : "event");
  const json &args = arrayField(node, isMethod ? "methodCallArgs" : "eventArgs");
  std::string in = pad(indent + 1);
  std::string recv = "None", out = "{\n";
  if (isMethod) {
    std::string r = fresh("r");
    out += in + "let " + r + ": Value = " + exprAt(node, "e", indent + 1) + ";\n";
    recv = "Some(&" + r + ")";
  }
  std::string a = fresh("a"), k = fresh("k"), call = fresh("c"), loop = "'" + fresh("l");
  if (spreadsArguments(args) || unpacksKeywords(node)) {
    // `*` / `**` items: flattened first (a `*m` of a map that calls a user function falls back).
    std::string n = fresh("n");
    out += spreadArguments(node, indent, a, n);
    out += in + "let " + k + ": Vec<(&str, Value)> = " + n + ".keywords();\n";
  } else {
    {
      Enter e(path, isMethod ? "methodCallArgs" : "eventArgs");
      out += in + "let " + a + ": Vec<Value> = vec![" + valueList(args, indent + 1) + "];\n";
    }
    std::string keywords = hasKeywords(node) ? keywordList(node, indent + 1) : "";
    out += in + "let " + k + ": Vec<(&'static str, Value)> = vec![" + keywords + "];\n";
  }
  out += in + "let mut " + call + " = callback::CallbackCall::start(" + recv + ", " +
         stringLiteral(node, name) + ", " + a + ", " + k + ")?;\n";
  out += in + loop + ": loop {\n";
  out += in + "    ctx.tick()?;\n";
  out += in + "    match " + call + ".step()? {\n";
  out += in + "        callback::Request::Done(v) => break " + loop + " v,\n";
  bool missing = false;
  if (node.contains("callback")) {
    std::string item = fresh("item");
    callbackFrames.push_back({item, false});
    std::string label = callbackLabel(node, "callback", indent + 3);
    callbackFrames.pop_back();
    out += in + "        callback::Request::Key(" + item + ") => {\n";
    out += in + "            let key: Value = " + label + ";\n";
    out += in + "            " + call + ".give_key(key)?;\n";
    out += in + "        }\n";
  } else {
    missing = true;
  }
  if (node.contains("pullCallback")) {
    std::string pending = fresh("p");
    callbackFrames.push_back({pending, true});
    std::string label = callbackLabel(node, "pullCallback", indent + 3);
    callbackFrames.pop_back();
    out += in + "        callback::Request::Pull(" + pending + ") => {\n";
    out += in + "            let result: Value = " + label + ";\n";
    out += in + "            " + pending + ".answer(result);\n";
    out += in + "        }\n";
  } else {
    missing = true;
  }
  if (missing)
    out += in + "        _ => return Err(fallback(\"a user function called where the trace has no label\")),\n";
  out += in + "    }\n";
  out += in + "}\n";
  return out + pad(indent) + "}";
}

/// The `callback` or `pullCallback` label of \p node, lowered.
std::string RustLowering::callbackLabel(const json &node, const char *name, int indent) {
  Enter e(path, name);
  const json &label = field(node, name);
  if (!isKind(label, "label"))
    error(&label, std::string("'") + name + "' must be a label");
  return expr(label, indent);
}

/// The number of arguments the activation inlined in \p n was called with: one more than the
/// largest `callbackArg` index in it, not counting the callback labels nested in it (their
/// `callbackArg`s are their own calls'); -1 without any.
static long long callbackArity(const json &n) {
  long long most = -1;
  if (n.is_object()) {
    if (isKind(n, "callbackArg")) {
      auto index = n.find("index");
      if (index != n.end() && index->is_number_integer())
        return index->get<long long>() + 1;
    }
    for (const auto &item : n.items())
      if (item.key() != "callback" && item.key() != "pullCallback")
        most = std::max(most, callbackArity(item.value()));
  } else if (n.is_array()) {
    for (const auto &item : n)
      most = std::max(most, callbackArity(item));
  }
  return most;
}

/// The condition of \p ifNode, given its lowering \p cond: for a guard `isFunction(callbackFn,
/// ID)` in a `pullCallback` label, also that the pending call passes as many arguments as the
/// activation in the guard's truePart was recorded with. The tracers bind the parameters from
/// the number of arguments (`let y = default (callbackFn) 1` for one, `let y = callbackArg 1`
/// for two), which the trace does not record otherwise, so one map of the same function with
/// another number of iterables must fall back.
std::string RustLowering::pullGuard(const json &ifNode, const std::string &cond) {
  const json &c = field(ifNode, "cond", "condition");
  if (callbackFrames.empty() || !callbackFrames.back().pull || !isKind(c, "primApp") ||
      c.value("event", "") != "isFunction")
    return cond;
  auto args = c.find("eventArgs");
  if (args == c.end() || !args->is_array() || args->empty() || !isKind((*args)[0], "callbackFn"))
    return cond;
  long long arity = callbackArity(arrayField(ifNode, "truePart"));
  if (arity < 0)
    return "&Value::Bool(false)";
  return "&Value::Bool(truthy(" + cond + ")? && " + callbackFrames.back().var + ".arity() == " +
         std::to_string(arity) + ")";
}

/// Statements (at \p indent + 1) that evaluate the arguments and keywords of the builtin or
/// method call \p node, which has `*` or `**` items, in CPython's order, through the runtime's
/// `spread::Spread` (runtime/rust/src/spread.rs), and bind the flattened positional arguments to
/// \p args (a `Vec<Value>`) and the keywords to \p names (a `spread::Names`). A lone `*it`, the
/// call's only positional item, is unpacked after the keywords, as CPython does.
std::string RustLowering::spreadArguments(const json &node, int indent, const std::string &args,
                                          const std::string &names) {
  bool isMethod = kindOf(node) == "methodCall";
  const char *argsField = isMethod ? "methodCallArgs" : "eventArgs";
  const json &items = arrayField(node, argsField);
  std::string in = pad(indent + 1), sp = fresh("sp");
  std::string out = in + "let mut " + sp + " = spread::Spread::new();\n";
  bool lone = items.size() == 1 && isKind(items[0], "starred");
  // At a pulling point a `*` may unpack a map of a user function: its calls run the node's
  // `'pull` label as the items are pulled (a copy of the label per `*`).
  bool pulling = node.contains("pullCallback");
  std::vector<std::string> nodePath = path;
  auto pullLoop = [&]() {
    std::string p = fresh("p");
    callbackFrames.push_back({p, true});
    std::swap(path, nodePath); // the label's path, for error messages
    std::string label = callbackLabel(node, "pullCallback", indent + 2);
    std::swap(path, nodePath);
    callbackFrames.pop_back();
    return in + "while let Some(" + p + ") = " + sp + ".pull()? {\n" + in + "    ctx.tick()?;\n" + in +
           "    let result: Value = " + label + ";\n" + in + "    " + p + ".answer(result);\n" + in + "}\n";
  };
  {
    Enter e(path, argsField);
    for (size_t i = 0; i < items.size(); ++i) {
      Enter ei(path, std::to_string(i));
      if (!isKind(items[i], "starred")) {
        out += in + sp + ".arg(" + expr(items[i], indent + 1) + ");\n";
        continue;
      }
      Enter es(path, "exp");
      const json &operandNode = field(items[i], "exp");
      // A `*` operand is only read while `star` copies its items: borrowed, not cloned.
      if (lone)
        out += in + sp + ".lone(" + expr(operandNode, indent + 1) + ");\n";
      else if (pulling)
        out += in + sp + ".star_pulled(" + expr(operandNode, indent + 1) + ")?;\n" + pullLoop();
      else
        out += in + sp + ".star(" + operand(operandNode, indent + 1, false) + ")?;\n";
    }
  }
  if (hasKeywords(node)) {
    const json &keywords = node["keywords"];
    Enter e(path, "keywords");
    for (size_t i = 0; i < keywords.size(); ++i) {
      Enter ei(path, std::to_string(i));
      const json &keyword = keywords[i];
      if (!keyword.is_object())
        error(&node, "a keyword argument must be an object {name, value}");
      const std::string &name = stringField(keyword, "name");
      Enter ev(path, "value");
      const json &value = field(keyword, "value");
      if (name == "**")
        out += in + sp + ".star_star(" + operand(value, indent + 1, false) + ")?;\n";
      else
        out += in + sp + ".keyword(" + stringLiteral(node, name) + ", " + expr(value, indent + 1) + ")?;\n";
    }
  }
  if (lone && pulling)
    out += in + sp + ".lone_pulled()?;\n" + pullLoop();
  return out + in + "let (" + args + ", " + names + ") = " + sp + ".finish()?;\n";
}

/// A builtin or method call with `*` or `**` items and no callback label: its receiver, then its
/// arguments flattened (spreadArguments), then the same runtime call a call written with plain
/// arguments makes (`builtins::call_flat`, `methods::call_flat`).
std::string RustLowering::spreadCall(const json &node, int indent) {
  bool isMethod = kindOf(node) == "methodCall";
  std::string in = pad(indent + 1), out = "{\n", recv;
  if (isMethod) {
    recv = fresh("r");
    out += in + "let " + recv + ": Value = " + exprAt(node, "e", indent + 1) + ";\n";
  }
  std::string a = fresh("a"), n = fresh("n");
  out += spreadArguments(node, indent, a, n);
  if (isMethod)
    out += in + "methods::call_flat(&" + recv + ", " + stringLiteral(node, stringField(node, "method")) +
           ", &" + a + ", &" + n + ".keywords())?\n";
  else
    out += in + "builtins::call_flat(ctx, " + stringLiteral(node, stringField(node, "event")) + ", &" +
           a + ", &" + n + ".keywords())?\n";
  return out + pad(indent) + "}";
}

std::string RustLowering::primApp(const json &node, int indent) {
  const std::string &event = stringField(node, "event");
  const json &args = arrayField(node, "eventArgs", "event_args");
  // `*` / `**` items: flattened by the runtime. `print` never pulls an iterator, so its
  // `pullCallback` label (a `*m` of a map that calls a user function falls back) is not needed.
  bool spread = spreadsArguments(args) || unpacksKeywords(node);
  if (spread && (event == "print" || (!node.contains("callback") && !node.contains("pullCallback"))))
    return spreadCall(node, indent);
  if (node.contains("callback") || node.contains("pullCallback"))
    return callbackCall(node, indent);
  if (isMethodDescriptorEvent(event)) {
    std::string positional;
    {
      Enter e(path, "eventArgs");
      positional = valueList(args, indent);
    }
    std::string keywords = hasKeywords(node) ? keywordList(node, indent) : "";
    return "method_descriptor::call(" + stringLiteral(node, event) + ", &[" + positional + "], &[" + keywords +
           "])?";
  }
  if (hasKeywords(node)) {
    // Positional arguments, then keywords in source order; the runtime implements the keywords
    // CPython accepts for print, sorted, min, max, round, sum and dict, and falls back otherwise.
    std::string positional;
    {
      Enter e(path, "eventArgs");
      positional = valueList(args, indent);
    }
    std::string keywords = keywordList(node, indent);
    if (event.rfind("json.", 0) == 0)
      return "json_module::call(" + stringLiteral(node, event) + ", &[" + positional + "], &[" + keywords + "])?";
    if (event.rfind("re.", 0) == 0)
      return "re_module::call(" + stringLiteral(node, event) + ", &[" + positional + "], &[" + keywords + "])?";
    if (event == "print") {
      std::string tmp = fresh("t"), kw = fresh("k");
      return "{ let " + tmp + ": [Value; " + std::to_string(args.size()) + "] = [" + positional +
             "]; let " + kw + " = [" + keywords + "]; builtins::print_kw(ctx, &" + tmp + ", &" + kw +
             ")? }";
    }
    return "builtins::call_kw(" + stringLiteral(node, event) + ", &[" + positional + "], &[" +
           keywords + "])?";
  }
  Enter e(path, "eventArgs");
  if (event == "isFunction") {
    if (args.size() == 2 && args[1].is_object() && args[1].contains("kind") &&
        args[1]["kind"] == "string") {
      Enter e0(path, "0");
      std::string callee = operand(args[0], indent, false);
      return "builtins::is_function(" + callee + ", " +
             stringLiteral(args[1], stringField(args[1], "value")) + ")?";
    }
    return "builtins::is_function_args(&[" + valueList(args, indent) + "])?";
  }
  if (event == "print") {
    // Evaluate the arguments before borrowing `ctx` for the call.
    std::string tmp = fresh("t");
    return "{ let " + tmp + ": [Value; " + std::to_string(args.size()) + "] = [" +
           valueList(args, indent) + "]; builtins::print(ctx, &" + tmp + ")? }";
  }
  if (event == "next" && args.size() == 2 && !isKind(args[0], "starred") && !isKind(args[1], "starred")) {
    // Every lowered `for` loop calls next(it, sentinel) once per item: by reference, without
    // an argument array.
    std::string it, sentinel;
    {
      Enter e0(path, "0");
      it = operand(args[0], indent, containsSet(args[1]));
    }
    {
      Enter e1(path, "1");
      sentinel = operand(args[1], indent, false);
    }
    return "builtins::next2(" + it + ", " + sentinel + ")?";
  }
  if (isSliceBuiltin(event))
    // `type` is a Rust keyword: the runtime's function is the raw identifier r#type.
    return "builtins::" + (event == "type" ? std::string("r#type") : event) + "(&[" + valueList(args, indent) + "])?";
  if (event.rfind("json.", 0) == 0)
    return "json_module::call(" + stringLiteral(node, event) + ", &[" + valueList(args, indent) + "], &[])?";
  if (event.rfind("re.", 0) == 0)
    return "re_module::call(" + stringLiteral(node, event) + ", &[" + valueList(args, indent) + "], &[])?";
  if (event.rfind("math.", 0) == 0)
    return "math::call(" + stringLiteral(node, event) + ", &[" + valueList(args, indent) + "])?";
  // Not implemented by the runtime: the compiled call falls back here (the reason names the
  // builtin and the argument count; the arguments are not evaluated).
  return "builtins::unsupported_call(" + stringLiteral(node, event) + ", " + std::to_string(args.size()) + ")?";
}

bool RustLowering::hasKeywords(const json &node) const {
  auto it = node.find("keywords");
  if (it == node.end())
    return false;
  if (!it->is_array())
    error(&node, "field 'keywords' must be an array");
  return !it->empty();
}

std::string RustLowering::keywordList(const json &node, int indent) {
  const json &keywords = node["keywords"];
  Enter e(path, "keywords");
  std::string out;
  for (size_t i = 0; i < keywords.size(); ++i) {
    Enter ei(path, std::to_string(i));
    const json &keyword = keywords[i];
    if (!keyword.is_object())
      error(&node, "a keyword argument must be an object {name, value}");
    std::string name = stringLiteral(node, stringField(keyword, "name"));
    std::string value;
    {
      Enter ev(path, "value");
      value = expr(field(keyword, "value"), indent);
    }
    out += (i ? ", (" : "(") + name + ", " + value + ")";
  }
  return out;
}

std::string RustLowering::methodCall(const json &node, int indent) {
  const std::string &method = stringField(node, "method");
  const json &receiver = field(node, "e");
  const json &args = arrayField(node, "methodCallArgs");
  // `*` / `**` items: flattened by the runtime.
  if ((spreadsArguments(args) || unpacksKeywords(node)) && !node.contains("callback") &&
      !node.contains("pullCallback"))
    return spreadCall(node, indent);
  if (node.contains("callback") || node.contains("pullCallback"))
    return callbackCall(node, indent);
  if (hasKeywords(node)) {
    // The runtime implements the keywords CPython accepts for sort, split, rsplit, str.format
    // and dict.update, and falls back otherwise.
    std::string recv, positional;
    {
      Enter e(path, "e");
      recv = operand(receiver, indent, containsSet(args) || containsSet(node["keywords"]));
    }
    {
      Enter e(path, "methodCallArgs");
      positional = valueList(args, indent);
    }
    return "methods::call_kw(" + recv + ", " + stringLiteral(node, method) + ", &[" + positional +
           "], &[" + keywordList(node, indent) + "])?";
  }
  // Not implemented by the runtime: the compiled call falls back here (whatever the receiver and
  // the arguments would do, the outcome is a fallback). The receiver is evaluated, as Python does
  // before looking the method up, only so that the reason can name its type.
  if (!isRuntimeMethod(method)) {
    Enter e(path, "e");
    return "methods::unsupported_on(" + operand(receiver, indent, false) + ", " + stringLiteral(node, method) + ")?";
  }
  // Python evaluates the receiver, then the arguments, then calls.
  std::string recv;
  {
    Enter e(path, "e");
    recv = operand(receiver, indent, containsSet(args));
  }
  Enter e(path, "methodCallArgs");
  if (method == "setdefault" && args.size() == 2 && isKind(args[1], "array") &&
      args[1].contains("exps") && args[1]["exps"].is_array() && args[1]["exps"].empty()) {
    // `d.setdefault(k, [])`: the empty list, which nothing can observe unless it is inserted, is
    // made only when the key is missing.
    Enter e0(path, "0");
    return "methods::setdefault_new_list(" + recv + ", " + expr(args[0], indent) + ")?";
  }
  // `match` is a Rust keyword: the runtime's function is the raw identifier `r#match`.
  std::string fn = method == "match" ? "r#match" : method;
  return "methods::" + fn + "(" + recv + ", &[" + valueList(args, indent) + "])?";
}

std::string RustLowering::sliceOperands(const json &slice, int indent) {
  const char *names[] = {"lower", "upper", "step"};
  const json *bounds[3];
  for (int i = 0; i < 3; ++i)
    bounds[i] = &field(slice, names[i]);
  std::string out;
  for (int i = 0; i < 3; ++i) {
    // A bound stays borrowed while the later ones run: clone it if they assign variables.
    bool later = false;
    for (int j = i + 1; j < 3; ++j)
      later = later || containsSet(*bounds[j]);
    Enter e(path, names[i]);
    out += (i ? ", " : "") + operand(*bounds[i], indent, later);
  }
  return out;
}

/// `[a, *b]`, `(a, *b)`, `{a, *b}`: the items in order, a starred one's iterable pulled where it
/// stands, collected into a Vec that `make` (`Value::list(`, ...) turns into the value. Must run
/// inside the `exps` path of the display.
std::string RustLowering::spreadDisplay(const json &items, const std::string &make, int indent) {
  std::string v = fresh("s"), out = "{\n" + pad(indent + 1) + "let mut " + v + ": Vec<Value> = Vec::new();\n";
  for (size_t i = 0; i < items.size(); ++i) {
    Enter ei(path, std::to_string(i));
    if (isKind(items[i], "starred")) {
      Enter es(path, "exp");
      out += pad(indent + 1) + v + ".extend(items(&" + expr(field(items[i], "exp"), indent + 1) + ")?);\n";
    } else {
      out += pad(indent + 1) + v + ".push(" + expr(items[i], indent + 1) + ");\n";
    }
  }
  return out + pad(indent + 1) + make + v + ")\n" + pad(indent) + "}";
}

std::string RustLowering::dictDisplay(const json &node, int indent) {
  const json &keys = arrayField(node, "keys");
  const json &values = arrayField(node, "values");
  if (keys.size() != values.size())
    error(&node, "'keys' and 'values' must have the same length");
  if (spreadsArguments(keys)) {
    // `{k: v, **m}`: built as CPython's BUILD_MAP / DICT_UPDATE do, each entry inserted (a `**m`
    // merged) before the next is evaluated, so a later entry that changes `m` does not show.
    std::string d = fresh("d"), out = "{\n" + pad(indent + 1) + "let mut " + d + " = Dict::new();\n";
    for (size_t i = 0; i < keys.size(); ++i) {
      if (isKind(keys[i], "starred")) {
        Enter e(path, "keys");
        Enter ei(path, std::to_string(i));
        Enter es(path, "exp");
        out += pad(indent + 1) + "dict_display_merge(&mut " + d + ", &" + expr(field(keys[i], "exp"), indent + 1) + ")?;\n";
        continue;
      }
      std::string key, value;
      {
        Enter e(path, "keys");
        Enter ei(path, std::to_string(i));
        key = expr(keys[i], indent + 1);
      }
      {
        Enter e(path, "values");
        Enter ei(path, std::to_string(i));
        value = expr(values[i], indent + 1);
      }
      out += pad(indent + 1) + "dict_display_insert(&mut " + d + ", " + key + ", " + value + ")?;\n";
    }
    return out + pad(indent + 1) + "Value::from_dict(" + d + ")\n" + pad(indent) + "}";
  }
  // Python evaluates key 0, value 0, key 1, value 1, ... and inserts them in that order.
  std::string pairs;
  for (size_t i = 0; i < keys.size(); ++i) {
    std::string key, value;
    {
      Enter e(path, "keys");
      Enter ei(path, std::to_string(i));
      key = expr(keys[i], indent);
    }
    {
      Enter e(path, "values");
      Enter ei(path, std::to_string(i));
      value = expr(values[i], indent);
    }
    pairs += (i ? ", (" : "(") + key + ", " + value + ")";
  }
  return "dict_display(vec![" + pairs + "])?";
}

std::string RustLowering::ifExp(const json &node, int indent) {
  std::string cond, thenPart, elsePart;
  {
    Enter e(path, "cond");
    cond = operand(field(node, "cond"), indent, false);
  }
  {
    Enter e(path, "then");
    thenPart = expr(field(node, "then"), indent);
  }
  {
    Enter e(path, "else");
    elsePart = expr(field(node, "else"), indent);
  }
  // Only the chosen operand is evaluated.
  return "{ if truthy(" + cond + ")? { " + thenPart + " } else { " + elsePart + " } }";
}

std::string RustLowering::integer(const json &node) {
  const json &value = field(node, "value");
  constexpr const char *tooBig = "fail::<Value>(\"integer constant outside 64 bits\")?";
  long long v = 0;
  if (value.is_number_integer() && !value.is_number_unsigned()) {
    v = value.get<long long>();
  } else if (value.is_number_unsigned()) {
    unsigned long long u = value.get<unsigned long long>();
    if (u > static_cast<unsigned long long>(std::numeric_limits<long long>::max()))
      return tooBig;
    v = static_cast<long long>(u);
  } else if (value.is_string()) {
    const std::string &s = value.get_ref<const std::string &>();
    size_t start = !s.empty() && (s[0] == '-' || s[0] == '+') ? 1 : 0;
    if (s.size() == start || s.find_first_not_of("0123456789", start) != std::string::npos)
      error(&node, "integer 'value' string must be a decimal integer");
    // from_chars reads a leading '-' but not '+'.
    const char *begin = s.data() + (s[0] == '+' ? 1 : 0);
    auto res = std::from_chars(begin, s.data() + s.size(), v);
    if (res.ec == std::errc::result_out_of_range)
      return tooBig;
  } else {
    error(&node, "integer 'value' must be a JSON integer or a decimal string");
  }
  if (v == std::numeric_limits<long long>::min())
    return "Value::Int(i64::MIN)";
  return "Value::Int(" + std::to_string(v) + ")";
}

std::string RustLowering::number(const json &node) {
  const json &value = field(node, "value");
  double x;
  if (value.is_number()) {
    x = value.get<double>();
  } else if (value == "inf") {
    x = std::numeric_limits<double>::infinity();
  } else if (value == "-inf") {
    x = -std::numeric_limits<double>::infinity();
  } else if (value == "nan") {
    x = std::numeric_limits<double>::quiet_NaN();
  } else {
    error(&node, "number 'value' must be a JSON number or \"inf\", \"-inf\", \"nan\"");
  }
  return "Value::Float(" + floatLiteral(x) + ")";
}

std::string RustLowering::stringLiteral(const json &node, const std::string &s) {
  std::string literal;
  if (!rustStringLiteral(s, literal))
    error(&node, "string is not valid UTF-8");
  return literal;
}

} // namespace

std::string emitRust(const json &traceFile) {
  try {
    // Deep or exponentially large inlining is cut back to fallbacks first.
    const json Pruned = pruneForCompilation(traceFile);
    return RustLowering(Pruned).run();
  } catch (const json::exception &e) {
    // Field checks above should make this unreachable; keep the promise of one error type.
    throw CodeGenError(std::string("malformed trace: ") + e.what());
  }
}

} // namespace pyctl
