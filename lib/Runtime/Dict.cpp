//===- Dict.cpp - Insertion-ordered Python dict ---------------------------===//

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/PatternObject.h"

#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/Operators.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Subscript.h"
#include "pyctl/Runtime/RecursionDepth.h"

#include <optional>
#include <cmath>
#include <functional>

namespace pyctl {

/// CPython's _Py_HashDouble for finite and infinite values.
static int64_t hashDouble(double D) {
  constexpr int Bits = 61;
  constexpr uint64_t Modulus = (uint64_t(1) << Bits) - 1;
  if (std::isnan(D))
    throw UnsupportedError("hash of a float NaN depends on object identity");
  if (std::isinf(D))
    return D > 0 ? 314159 : -314159;
  int Exp;
  double M = std::frexp(D, &Exp);
  int Sign = 1;
  if (M < 0) {
    Sign = -1;
    M = -M;
  }
  uint64_t X = 0;
  while (M != 0) {
    X = ((X << 28) & Modulus) | X >> (Bits - 28);
    M *= 268435456.0; // 2**28
    Exp -= 28;
    uint64_t Y = static_cast<uint64_t>(M);
    M -= static_cast<double>(Y);
    X += Y;
    if (X >= Modulus)
      X -= Modulus;
  }
  Exp = Exp >= 0 ? Exp % Bits : Bits - 1 - ((-1 - Exp) % Bits);
  X = ((X << Exp) & Modulus) | X >> (Bits - Exp);
  int64_t H = static_cast<int64_t>(X) * Sign;
  return H == -1 ? -2 : H;
}

static int64_t mix(int64_t Acc, int64_t H) {
  uint64_t X = static_cast<uint64_t>(Acc) ^ (static_cast<uint64_t>(H) + 0x9E3779B97F4A7C15ULL +
                                             (static_cast<uint64_t>(Acc) << 6) +
                                             (static_cast<uint64_t>(Acc) >> 2));
  return static_cast<int64_t>(X);
}

int64_t hashValue(const Value &V) {
  switch (V.kind()) {
  case Value::Kind::None:
    return 0x5A17;
  case Value::Kind::Bool:
    return V.asBool() ? 1 : 0;
  case Value::Kind::Int:
    return V.asInt().pythonHash();
  case Value::Kind::Float:
    return hashDouble(V.asFloat());
  case Value::Kind::Str:
    return static_cast<int64_t>(std::hash<std::string>()(V.asStr()));
  case Value::Kind::Tuple: {
    RecursionScope Level("hash");
    // CPython 3.11's tuplehash (xxHash lanes), so that a tuple of numbers
    // hashes as in CPython (set iteration order depends on it).
    constexpr uint64_t Prime1 = 11400714785074694791ULL, Prime2 = 14029467366897019727ULL,
                       Prime5 = 2870177450012600261ULL;
    uint64_t Acc = Prime5;
    for (const Value &Item : V.asTuple()) {
      Acc += static_cast<uint64_t>(hashValue(Item)) * Prime2;
      Acc = (Acc << 31) | (Acc >> 33);
      Acc *= Prime1;
    }
    Acc += V.asTuple().size() ^ (Prime5 ^ 3527539ULL);
    return Acc == ~uint64_t(0) ? 1546275796 : static_cast<int64_t>(Acc);
  }
  case Value::Kind::Range: {
    // Equal ranges (same items) hash equally, like CPython's range_hash.
    const RangeObject &R = V.asRange();
    Int Len = R.length();
    int64_t Acc = mix(0x7261, Len.pythonHash());
    if (!Len.isZero()) {
      Acc = mix(Acc, R.Start.pythonHash());
      if (!(Len == Int(1)))
        Acc = mix(Acc, R.Step.pythonHash());
    }
    return Acc;
  }
  case Value::Kind::Pattern: // equal patterns have equal text
    return mix(0x7265, static_cast<int64_t>(std::hash<std::string>()(V.asPattern()->Source)));
  case Value::Kind::BoundMethod:
    throw UnsupportedError("hash of a bound method");
  case Value::Kind::Function:
  case Value::Kind::Builtin:
  case Value::Kind::Exception:
  case Value::Kind::Match:
    if (V.isBuiltin())
      return static_cast<int64_t>(std::hash<std::string>()(V.builtinName()));
    return static_cast<int64_t>(reinterpret_cast<uintptr_t>(V.objectIdentity()) >> 4);
  case Value::Kind::Iterator:
    throw UnsupportedError("hashing an iterator depends on its object identity");
  case Value::Kind::DictView:
    // dict_values has object's identity hash (keys and items views are
    // set-like and unhashable): where it lands depends on its address.
    if (V.asDictView().Which == DictViewKind::Values)
      throw UnsupportedError("hashing a dict_values view (CPython hashes it by its address)");
    break;
  case Value::Kind::List:
  case Value::Kind::Dict:
  case Value::Kind::Set:
    break;
  }
  throwTypeError("unhashable type: '" + std::string(typeName(V)) + "'");
}

bool hashIsCPythons(const Value &V) {
  switch (V.kind()) {
  case Value::Kind::Bool:
  case Value::Kind::Int:
  case Value::Kind::Float:
    return true;
  case Value::Kind::Tuple:
    for (const Value &Item : V.asTuple())
      if (!hashIsCPythons(Item))
        return false;
    return true;
  default:
    return false;
  }
}

std::optional<size_t> Dict::lookup(const Value &Key, int64_t Hash) const {
  auto [First, Last] = Index.equal_range(Hash);
  for (auto It = First; It != Last; ++It) {
    const Entry &E = *Entries[It->second];
    const void *Id = E.Key.objectIdentity();
    if ((Id && Id == Key.objectIdentity()) || containerItemEquals(E.Key, Key))
      return It->second;
  }
  return std::nullopt;
}

const Value *Dict::find(const Value &Key) const {
  auto Pos = lookup(Key, hashValue(Key));
  return Pos ? &Entries[*Pos]->Val : nullptr;
}

Value *Dict::find(const Value &Key) {
  auto Pos = lookup(Key, hashValue(Key));
  return Pos ? &Entries[*Pos]->Val : nullptr;
}

void Dict::set(const Value &Key, Value Val) {
  int64_t Hash = hashValue(Key);
  if (auto Pos = lookup(Key, Hash)) {
    Entries[*Pos]->Val = std::move(Val);
    return;
  }
  Index.emplace(Hash, Entries.size());
  Entries.push_back(Entry{Key, std::move(Val)});
  ++Live;
  ++Layout;
}

std::optional<Value> Dict::erase(const Value &Key) {
  int64_t Hash = hashValue(Key);
  auto [First, Last] = Index.equal_range(Hash);
  for (auto It = First; It != Last; ++It) {
    const Entry &E = *Entries[It->second];
    const void *Id = E.Key.objectIdentity();
    if ((Id && Id == Key.objectIdentity()) || containerItemEquals(E.Key, Key)) {
      size_t Pos = It->second;
      Value Result = std::move(Entries[Pos]->Val);
      Entries[Pos].reset();
      Index.erase(It);
      --Live;
      ++Layout;
      compact();
      return Result;
    }
  }
  return std::nullopt;
}

std::optional<Dict::Entry> Dict::popLast() {
  while (!Entries.empty() && !Entries.back())
    Entries.pop_back();
  if (Entries.empty())
    return std::nullopt;
  Entry Last = std::move(*Entries.back());
  size_t Pos = Entries.size() - 1;
  auto [First, End] = Index.equal_range(hashValue(Last.Key));
  for (auto It = First; It != End; ++It)
    if (It->second == Pos) {
      Index.erase(It);
      break;
    }
  Entries.pop_back();
  --Live;
  ++Layout;
  return Last;
}

void Dict::clear() {
  Entries.clear();
  Index.clear();
  Live = 0;
  ++Layout;
}

void Dict::compact() {
  size_t Dead = Entries.size() - Live;
  if (Dead < 16 || Dead < Live)
    return;
  std::vector<std::optional<Entry>> Old = std::move(Entries);
  Entries.clear();
  Index.clear();
  for (auto &E : Old)
    if (E) {
      Index.emplace(hashValue(E->Key), Entries.size());
      Entries.push_back(std::move(E));
    }
}

std::vector<Dict::Entry> Dict::entries() const {
  std::vector<Entry> Out;
  Out.reserve(Live);
  forEach([&](const Entry &E) { Out.push_back(E); });
  return Out;
}

std::vector<Value> Dict::keys() const {
  std::vector<Value> Out;
  Out.reserve(Live);
  forEach([&](const Entry &E) { Out.push_back(E.Key); });
  return Out;
}

std::vector<Value> Dict::values() const {
  std::vector<Value> Out;
  Out.reserve(Live);
  forEach([&](const Entry &E) { Out.push_back(E.Val); });
  return Out;
}

void updateDict(Dict &Target, const Value &Source) {
  if (Source.isDict()) {
    for (const auto &E : Source.asDict()->entries())
      Target.set(E.Key, E.Val);
    return;
  }
  // As CPython (PyDict_MergeFromSeq2): each pair is stored as it is pulled,
  // so what an exception in an iterator interrupts stays.
  size_t I = 0;
  forEachItem(Source, [&](const Value &P) {
    if (!(P.isList() || P.isTuple() || P.isStr() || P.isDict() || P.isDictView() || P.isRange() ||
          P.isSet() || P.isIterator()))
      throwTypeError("cannot convert dictionary update sequence element #" + std::to_string(I) +
                     " to a sequence");
    std::vector<Value> KV = iterate(P);
    if (KV.size() != 2)
      throwValueError("dictionary update sequence element #" + std::to_string(I) +
                      " has length " + std::to_string(KV.size()) + "; 2 is required");
    Target.set(KV[0], KV[1]);
    ++I;
    return true;
  });
}

} // namespace pyctl
