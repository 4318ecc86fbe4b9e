//===- ASTBuilderTest.cpp - tree-sitter to typed AST ----------------------===//
#include "pyctl/AST/ASTBuilder.h"
#include "pyctl/AST/ASTPrinter.h"
#include "pyctl/Basic/Diagnostics.h"

#include "llvm/Support/Casting.h"

#include <gtest/gtest.h>

using namespace pyctl;
using llvm::cast;
using llvm::isa;

namespace {

std::string roundTrip(const std::string &Src) {
  auto M = parsePython("t.py", Src);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  printModule(*M, OS);
  return OS.str();
}

/// The message and position of the CompileError parsing \p Src throws.
std::string errorOf(const std::string &Src) {
  try {
    parsePython("t.py", Src);
  } catch (const CompileError &E) {
    return std::to_string(E.Range.Line) + ":" + std::to_string(E.Range.Column) + ": " + E.what();
  }
  return "no error";
}

TEST(ASTBuilder, FunctionWithRanges) {
  auto M = parsePython("t.py", "x = 1\n\ndef f(a, b):\n    return a + b\n");
  ASSERT_EQ(M->Body.size(), 2u);
  const auto &F = cast<FunctionDefStmt>(*M->Body[1]);
  EXPECT_EQ(F.Name, "f");
  EXPECT_EQ(F.Params, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(F.Range.Line, 3u);
  EXPECT_EQ(F.Range.Column, 1u);
  EXPECT_EQ(F.identity(), "f@3:1");
  const auto &R = cast<ReturnStmt>(*F.Body[0]);
  const auto &B = cast<BinaryExpr>(*R.Value);
  EXPECT_EQ(B.Op, "+");
  EXPECT_EQ(B.Range.Line, 4u);
  EXPECT_EQ(B.Range.Column, 12u);
  EXPECT_EQ(M->SourceSha256.size(), 64u);
}

TEST(ASTBuilder, Literals) {
  auto M = parsePython("t.py", "a = 0x_ff\nb = 1_000_000_000_000_000_000_000\nc = 1.5e3\nd = 'x\\n\\u00e9' \"y\"\n"
                               "e = r'\\d'\nf = None\n");
  auto value = [&](size_t I) -> const Expr & { return *cast<AssignStmt>(*M->Body[I]).Value; };
  EXPECT_EQ(errorOf("a = 0x_ff\n"), "no error");
  EXPECT_EQ(cast<IntLitExpr>(value(0)).Value, "255");
  EXPECT_EQ(cast<IntLitExpr>(value(1)).Value, "1000000000000000000000");
  EXPECT_EQ(cast<FloatLitExpr>(value(2)).Value, 1500.0);
  EXPECT_EQ(cast<StrLitExpr>(value(3)).Value, "x\n\xc3\xa9y");
  EXPECT_EQ(cast<StrLitExpr>(value(4)).Value, "\\d");
  EXPECT_TRUE(isa<NoneLitExpr>(value(5)));
}

TEST(ASTBuilder, ElifChainsNest) {
  auto M = parsePython("t.py", "if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3\n");
  const auto &If = cast<IfStmt>(*M->Body[0]);
  ASSERT_EQ(If.Else.size(), 1u);
  const auto &Elif = cast<IfStmt>(*If.Else[0]);
  EXPECT_EQ(Elif.Then.size(), 1u);
  EXPECT_EQ(Elif.Else.size(), 1u);
}

TEST(ASTBuilder, ComparisonChainsAndNotIn) {
  auto M = parsePython("t.py", "r = a < b <= c not in d is not e\n");
  const auto &C = cast<CompareExpr>(*cast<AssignStmt>(*M->Body[0]).Value);
  EXPECT_EQ(C.Ops, (std::vector<std::string>{"<", "<=", "not in", "is not"}));
  EXPECT_EQ(C.Operands.size(), 5u);
}

TEST(ASTBuilder, PrinterKeepsPrecedence) {
  EXPECT_EQ(roundTrip("x = (-a) ** 2\ny = -a ** 2\nz = (a + b) * c\nw = a - (b - c)\nv = not (a and b)\n"),
            "x = (-a) ** 2\ny = -a ** 2\nz = (a + b) * c\nw = a - (b - c)\nv = not (a and b)\n");
  EXPECT_EQ(roundTrip("t = 1,\nu = ()\nv = [1, (2, 3)]\n"), "t = (1,)\nu = ()\nv = [1, (2, 3)]\n");
  EXPECT_EQ(roundTrip("s = 'it\\'s'\nf = 1e16\ng = 2.0\n"), "s = 'it\\'s'\nf = 1e+16\ng = 2.0\n");
}

TEST(ASTBuilder, FStringsDesugarToFormatCalls) {
  EXPECT_EQ(roundTrip("s = f'{a}|{b!r:>5}{{x}}' 'tail'\n"),
            "s = format(a, '') + '|' + format(repr(b), '>5') + '{x}tail'\n");
  EXPECT_EQ(roundTrip("s = f'plain'\n"), "s = 'plain'\n");
}

TEST(ASTBuilder, ChainedAssignmentStoresOneValueLeftToRight) {
  EXPECT_EQ(roundTrip("a = xs[a] = f()\n"), "_chain0 = f()\na = _chain0\nxs[a] = _chain0\n");
  // A fresh name is never one the program spells, even later on.
  EXPECT_EQ(roundTrip("a = b = 1\n_chain0 = 2\n"), "_chain1 = 1\na = _chain1\nb = _chain1\n_chain0 = 2\n");
}

TEST(ASTBuilder, FStringAsciiAndNestedSpecs) {
  EXPECT_EQ(roundTrip("s = f'{a!a:>{w}.{p!r}}'\n"),
            "def _fconv0(_fvalue0, _fspec0):\n    return format(ascii(_fvalue0), _fspec0)\n\n"
            "s = _fconv0(a, '>' + format(w, '') + '.' + format(repr(p), ''))\n");
  EXPECT_EQ(roundTrip("s = f'{a:{w}}'\n"), "s = format(a, format(w, ''))\n");
  // A spec starting with '=' is no walrus in 3.11, nested fields or not.
  EXPECT_EQ(roundTrip("s = f'{a:=+{w}}'\n"), "s = format(a, '=+' + format(w, ''))\n");
  EXPECT_EQ(roundTrip("s = f'{a:={w}.{p}f}|{a:=,}'\n"),
            "s = format(a, '=' + format(w, '') + '.' + format(p, '') + 'f') + '|' + format(a, '=,')\n");
  EXPECT_EQ(roundTrip("s = f'{a:{w:>3}}'\n"), "s = format(a, format(w, '>3'))\n");
}

TEST(ASTBuilder, ParametersAndImportsRoundTrip) {
  EXPECT_EQ(roundTrip("def f(a, b=1, *args, c, d=2, **kw):\n    return g(a, d=b)\n"),
            "def f(a, b=1, *args, c, d=2, **kw):\n    return g(a, d=b)\n");
  EXPECT_EQ(roundTrip("def f(*, c=3):\n    pass\n"), "def f(*, c=3):\n    pass\n");
  EXPECT_EQ(roundTrip("from math import sqrt, pi\nx = sqrt(pi)\n"), "import math\nx = math.sqrt(3.141592653589793)\n");
  EXPECT_EQ(roundTrip("import json\ns = json.dumps(1)\n"), "import json\ns = json.dumps(1)\n");
}

TEST(ASTBuilder, SyntaxErrorsAreLocated) {
  EXPECT_EQ(errorOf("def f(:\n    pass\n").substr(0, 4), "1:7:");
  EXPECT_NE(errorOf("x = (1\n").find("syntax error"), std::string::npos);
}

TEST(ASTBuilder, UnsupportedConstructsAreNamed) {
  EXPECT_EQ(errorOf("class A:\n    pass\n"), "1:1: unsupported construct: class definition");
  EXPECT_EQ(errorOf("f = lambda a, /: a\n"), "1:15: unsupported construct: positional-only parameter marker");
  EXPECT_EQ(errorOf("import os\n"), "1:8: unsupported construct: import of module 'os'");
  EXPECT_EQ(errorOf("x = 1\nimport math\n"),
            "2:1: unsupported construct: import after other statements (pyctl takes imports only at the top "
            "of the module)");
  EXPECT_EQ(errorOf("import math\nx = math.nan\n"), "2:5: unsupported construct: 'math.nan'");
  EXPECT_EQ(errorOf("from math import sqrt\nsqrt = 1\n"),
            "2:1: unsupported construct: binding the imported name 'sqrt'");
  EXPECT_EQ(errorOf("s = f'{x=}'\n"), "1:7: unsupported construct: f-string '=' specifier");
  EXPECT_EQ(errorOf("s = f'{x!z}'\n"), "1:9: f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_EQ(errorOf("s = f'{x:{y:{z}}}'\n"), "1:19: f-string: expressions nested too deeply");
  EXPECT_EQ(errorOf("len = 3\n"), "1:1: assignment to builtin name 'len' is not supported");
  EXPECT_EQ(errorOf("break\n"), "1:1: 'break' outside loop");
  EXPECT_EQ(errorOf("return 1\n"), "1:1: 'return' outside function");
}

} // namespace
