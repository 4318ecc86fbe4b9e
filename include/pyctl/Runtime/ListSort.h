//===- ListSort.h - CPython 3.11's list.sort algorithm ----------*- C++ -*-===//
//
// The sort CPython 3.11 runs for list.sort() and sorted() (Objects/listobject.c,
// described in Objects/listsort.txt): an adaptive, stable, natural merge sort
// (timsort) whose merge order is the "powersort" policy. pyctl runs the same
// algorithm so that it makes the same `<` comparisons in the same order:
// results agree with CPython also where `<` is no total order (float NaNs,
// sets ordered by inclusion), and the first comparison that raises (a
// TypeError between a str and an int) is the one CPython raises.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_LISTSORT_H
#define PYCTL_RUNTIME_LISTSORT_H

#include <cstddef>
#include <functional>
#include <vector>

namespace pyctl {

/// `Less(X, Y)`: whether the item numbered X sorts before the item numbered
/// Y (Python's `X < Y` on their keys). May throw (a Python exception).
using SortLess = std::function<bool(size_t X, size_t Y)>;

/// Sorts \p Slots (item numbers) as CPython 3.11's listsort sorts a list of
/// that many objects, ascending and stable, calling \p Less exactly where and
/// in the order CPython calls its key comparison: natural runs found by
/// count_run (a strictly descending run is reversed), runs shorter than
/// minrun (32..64, or the whole list below 64 items) extended by binary
/// insertion, runs merged by the powersort policy (found_new_run, then
/// merge_force_collapse), each merge trimmed by gallop_right / gallop_left and
/// done by merge_lo or merge_hi with galloping mode (MIN_GALLOP 7, min_gallop
/// adapted as CPython adapts it).
///
/// When \p Less throws, the exception propagates and \p Slots holds the
/// permutation CPython leaves in the list when a comparison fails (items
/// already merged, then what remains of the two runs in their order); no
/// item is lost or duplicated.
void listSort(std::vector<size_t> &Slots, const SortLess &Less);

/// CPython's merge_compute_minrun: \p N itself below 64, else a length
/// between 32 and 64 such that N / minrun is a power of two or a little less.
size_t listSortMinrun(size_t N);

/// CPython's powerloop: the power (depth in the ideal merge tree) of the
/// boundary between a run [S1, S1 + N1) and the next run of length N2 in a
/// list of \p N items.
int listSortPower(size_t S1, size_t N1, size_t N2, size_t N);

} // namespace pyctl

#endif // PYCTL_RUNTIME_LISTSORT_H
