//===- ListSortTest.cpp - Tests of CPython's list.sort algorithm ----------===//
//
// The expected comparison sequences were recorded from python3 (CPython
// 3.11): a list of objects whose __lt__ logs (self, other) and answers by a
// given relation, sorted by list.sort(); the logged pairs and the result are
// summarised by FNV-1a-style checksums (see fnv below), computed alike there:
//   h = 1469598103934665603; for x in seq: h = ((h ^ x) * 1099511628211) % 2**64
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/ListSort.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <numeric>
#include <stdexcept>
#include <vector>

using namespace pyctl;

namespace {

uint64_t fnv(const std::vector<uint64_t> &Seq) {
  uint64_t H = 1469598103934665603ULL;
  for (uint64_t X : Seq)
    H = (H ^ X) * 1099511628211ULL;
  return H;
}

/// x = x * 6364136223846793005 + 1442695040888963407 (mod 2**64), item x >> 44.
std::vector<uint64_t> lcg(size_t N, uint64_t Seed) {
  std::vector<uint64_t> Out;
  uint64_t X = Seed;
  for (size_t I = 0; I < N; ++I) {
    X = X * 6364136223846793005ULL + 1442695040888963407ULL;
    Out.push_back(X >> 44);
  }
  return Out;
}

struct Outcome {
  size_t Comparisons;
  uint64_t ComparisonSum, ResultSum;
};

Outcome sortBy(const std::vector<uint64_t> &Values,
               const std::function<bool(uint64_t, uint64_t)> &Rel) {
  std::vector<size_t> Slots(Values.size());
  std::iota(Slots.begin(), Slots.end(), size_t(0));
  std::vector<uint64_t> Log;
  listSort(Slots, [&](size_t A, size_t B) {
    Log.push_back(Values[A]);
    Log.push_back(Values[B]);
    return Rel(Values[A], Values[B]);
  });
  std::vector<uint64_t> Result;
  for (size_t S : Slots)
    Result.push_back(Values[S]);
  return {Log.size() / 2, fnv(Log), fnv(Result)};
}

TEST(ListSortTest, Minrun) {
  // merge_compute_minrun
  EXPECT_EQ(listSortMinrun(0), 0u);
  EXPECT_EQ(listSortMinrun(63), 63u);
  EXPECT_EQ(listSortMinrun(64), 32u);
  EXPECT_EQ(listSortMinrun(65), 33u);
  EXPECT_EQ(listSortMinrun(2000), 63u);
  EXPECT_EQ(listSortMinrun(2048), 32u);
  EXPECT_EQ(listSortMinrun(2049), 33u);
}

TEST(ListSortTest, Power) {
  // powerloop(s1, n1, n2, n)
  EXPECT_EQ(listSortPower(0, 32, 32, 64), 1);
  EXPECT_EQ(listSortPower(0, 33, 33, 100), 2);
  EXPECT_EQ(listSortPower(33, 33, 34, 100), 1);
  EXPECT_EQ(listSortPower(0, 40, 40, 1000), 5);
}

TEST(ListSortTest, SameComparisonsAsCPython) {
  auto Less = [](uint64_t A, uint64_t B) { return A < B; };
  Outcome R = sortBy(lcg(1000, 1), Less);
  EXPECT_EQ(R.Comparisons, 8620u);
  EXPECT_EQ(R.ComparisonSum, 10683956363765845000ULL);
  EXPECT_EQ(R.ResultSum, 14663980654067542791ULL);

  // Ascending and descending runs (galloping), then random items.
  std::vector<uint64_t> Runs;
  for (uint64_t I = 0; I < 300; ++I)
    Runs.push_back(I);
  for (uint64_t I = 500; I > 200; --I)
    Runs.push_back(I);
  for (uint64_t V : lcg(150, 2))
    Runs.push_back(V % 600);
  for (uint64_t I = 100; I < 900; I += 2)
    Runs.push_back(I);
  R = sortBy(Runs, Less);
  EXPECT_EQ(R.Comparisons, 3587u);
  EXPECT_EQ(R.ComparisonSum, 15806942171310457688ULL);
  EXPECT_EQ(R.ResultSum, 15975524056996409887ULL);

  // Many equal keys: stability.
  R = sortBy(lcg(777, 3), [](uint64_t A, uint64_t B) { return A % 7 < B % 7; });
  EXPECT_EQ(R.Comparisons, 4808u);
  EXPECT_EQ(R.ComparisonSum, 10059911243140748525ULL);
  EXPECT_EQ(R.ResultSum, 15392619006847449538ULL);

  // No order at all (rock-paper-scissors): every step as CPython takes it.
  R = sortBy(lcg(500, 4), [](uint64_t A, uint64_t B) { return (B + 3 - A % 3) % 3 == 1; });
  EXPECT_EQ(R.Comparisons, 2567u);
  EXPECT_EQ(R.ComparisonSum, 4902427767974206099ULL);
  EXPECT_EQ(R.ResultSum, 12132692875188444661ULL);
}

TEST(ListSortTest, FailedComparisonLeavesCPythonsPermutation) {
  // python3: the items of lcg(300, 5) whose 2000th comparison raises; the
  // list is then partly sorted, merge_lo / merge_hi having put back the rest
  // of both runs: fnv of its items is 13906691524865228409.
  std::vector<uint64_t> Values = lcg(300, 5);
  std::vector<size_t> Slots(Values.size());
  std::iota(Slots.begin(), Slots.end(), size_t(0));
  size_t Count = 0;
  EXPECT_THROW(listSort(Slots,
                        [&](size_t A, size_t B) {
                          if (++Count == 2000)
                            throw std::runtime_error("stop");
                          return Values[A] < Values[B];
                        }),
               std::runtime_error);
  std::vector<uint64_t> Result;
  for (size_t S : Slots)
    Result.push_back(Values[S]);
  EXPECT_EQ(fnv(Result), 13906691524865228409ULL);
}

} // namespace
