//===- ArgumentBindingTest.cpp - CPython's binding of call arguments ------===//
#include "pyctl/AST/ArgumentBinding.h"
#include "pyctl/AST/ASTBuilder.h"
#include "pyctl/Runtime/PythonError.h"

#include "llvm/Support/Casting.h"

#include <gtest/gtest.h>

using namespace pyctl;

namespace {

using K = ParamSource::Kind;

/// "P0 K1 D0 V[2] W[0]" for a binding: kind letter and index (items for *args/**kwargs).
std::string show(const std::vector<ParamSource> &B) {
  std::string Out;
  for (const auto &S : B) {
    if (!Out.empty())
      Out += ' ';
    const char *L = S.K == K::Positional ? "P" : S.K == K::Keyword ? "K" : S.K == K::Default ? "D"
                    : S.K == K::VarArgs  ? "V" : "W";
    Out += L;
    if (S.K == K::VarArgs || S.K == K::KwArgs) {
      Out += '[';
      for (size_t I = 0; I < S.Items.size(); ++I)
        Out += (I ? "," : "") + std::to_string(S.Items[I]);
      Out += ']';
    } else {
      Out += std::to_string(S.Index);
    }
  }
  return Out;
}

/// The TypeError message binding raises, or "" when it binds.
std::string error(const FunctionDefStmt &F, size_t N, std::vector<std::string> Kw) {
  try {
    bindArguments(F, N, Kw);
  } catch (const PythonError &E) {
    return E.type() + ": " + E.message();
  }
  return "";
}

struct Def {
  std::unique_ptr<Module> M;
  const FunctionDefStmt &F;
  explicit Def(const std::string &Src)
      : M(parsePython("t.py", Src)), F(llvm::cast<FunctionDefStmt>(*M->Body[0])) {}
};

// Messages from python3.11.
TEST(ArgumentBinding, PositionalKeywordsAndDefaults) {
  Def D("def f(a, b=2, *rest, c, d=4, **kw):\n    pass\n");
  EXPECT_EQ(show(bindArguments(D.F, 1, {"c"})), "P0 D0 K0 D1 V[] W[]");
  EXPECT_EQ(show(bindArguments(D.F, 4, {"z", "c", "y"})), "P0 P1 K1 D1 V[2,3] W[0,2]");
  EXPECT_EQ(error(D.F, 1, {}), "TypeError: f() missing 1 required keyword-only argument: 'c'");
  EXPECT_EQ(error(D.F, 0, {"b", "c"}), "TypeError: f() missing 1 required positional argument: 'a'");
  EXPECT_EQ(error(D.F, 2, {"b", "c"}), "TypeError: f() got multiple values for argument 'b'");
}

TEST(ArgumentBinding, CPythonsOrderOfErrors) {
  Def D("def g(x, y, *, z):\n    pass\n");
  EXPECT_EQ(error(D.F, 3, {"z"}),
            "TypeError: g() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only "
            "argument) were given");
  EXPECT_EQ(error(D.F, 5, {"q"}), "TypeError: g() got an unexpected keyword argument 'q'");
  EXPECT_EQ(error(D.F, 0, {}), "TypeError: g() missing 2 required positional arguments: 'x' and 'y'");
  Def E("def h(a=1):\n    pass\n");
  EXPECT_EQ(error(E.F, 2, {}), "TypeError: h() takes from 0 to 1 positional arguments but 2 were given");
}

} // namespace
