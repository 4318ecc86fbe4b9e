//===- PercentFormatFoldingTest.cpp - '%' formats CPython compiles as f-strings -===//
//
// Expected answers are CPython 3.11's: whether `dis` of `FMT % (a, ...)`
// still shows the `%` operator, and the f-string it builds otherwise.
//
//===----------------------------------------------------------------------===//

#include "pyctl/AST/PercentFormatFolding.h"

#include <gtest/gtest.h>

using namespace pyctl;

namespace {

/// The pieces as text: literals quoted, items as `{!conv:spec}`; "kept"
/// when CPython keeps the '%'.
std::string folded(std::string_view Format, size_t Items) {
  auto Pieces = foldPercentFormat(Format, Items);
  if (!Pieces)
    return "kept";
  std::string Out;
  for (const auto &P : *Pieces)
    Out += P.IsItem ? "{!" + std::string(1, P.Conversion) + ":" + P.Spec + "}" : "'" + P.Literal + "'";
  return Out;
}

} // namespace

TEST(PercentFormatFolding, PlainConversionsBecomeFields) {
  EXPECT_EQ(folded("%s %s", 2), "{!s:}' '{!s:}");
  EXPECT_EQ(folded("%r|%a", 2), "{!r:}'|'{!a:}");
  EXPECT_EQ(folded("a%%b%s", 1), "'a%b'{!s:}");
  EXPECT_EQ(folded("é%s", 1), "'é'{!s:}");
}

TEST(PercentFormatFolding, WidthsAndPrecisionsBecomeSpecs) {
  EXPECT_EQ(folded("%5s", 1), "{!s:>5}");
  EXPECT_EQ(folded("%-5s", 1), "{!s:5}");
  EXPECT_EQ(folded("%.2s", 1), "{!s:.2}");
  EXPECT_EQ(folded("%5.2r", 1), "{!r:>5.2}");
  EXPECT_EQ(folded("%.s", 1), "{!s:.0}");
  EXPECT_EQ(folded("%00005s", 1), "{!s:>5}");   // zeros are flags
  EXPECT_EQ(folded("%-0+ #10a", 1), "{!a:10}"); // flags other than '-' dropped
  EXPECT_EQ(folded("%99s", 1), "{!s:>99}");
  EXPECT_EQ(folded("%.99s", 1), "{!s:.99}");
}

TEST(PercentFormatFolding, OtherFormatsKeepTheOperator) {
  EXPECT_EQ(folded("%100s", 1), "kept");
  EXPECT_EQ(folded("%0100s", 1), "kept");
  EXPECT_EQ(folded("%.100s", 1), "kept");
  EXPECT_EQ(folded("%d", 1), "kept");
  EXPECT_EQ(folded("%s %d", 2), "kept");
  EXPECT_EQ(folded("%(a)s", 1), "kept");
  EXPECT_EQ(folded("%*s", 2), "kept");
  EXPECT_EQ(folded("%ls", 1), "kept");
  EXPECT_EQ(folded("%s%", 1), "kept");
  EXPECT_EQ(folded("%5", 1), "kept");
  EXPECT_EQ(folded("%.", 1), "kept");
  EXPECT_EQ(folded("%s", 2), "kept");    // more items than conversions
  EXPECT_EQ(folded("%s %s", 1), "kept"); // more conversions than items
}
