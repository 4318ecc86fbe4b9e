//===- ListSort.cpp - CPython 3.11's list.sort algorithm ------------------===//
//
// Written from the description of CPython's listsort (Objects/listsort.txt)
// and the behaviour of Objects/listobject.c in 3.11; every comparison is made
// where CPython makes it, so a comparison that is not a total order or that
// raises gives CPython's result.
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/ListSort.h"

#include <algorithm>
#include <cassert>
#include <cstddef>

namespace pyctl {

namespace {

/// Galloping mode is entered after this many wins in a row by one run.
constexpr ptrdiff_t MinGallopStart = 7;

/// One sort: the slots, the comparison, the run stack and the merge state.
class ListSorter {
public:
  ListSorter(std::vector<size_t> &Slots, const SortLess &Less) : A(Slots), Less(Less) {}

  void sort();

private:
  struct Run {
    ptrdiff_t Base, Len;
    int Power; ///< Of the boundary after this run; set once the next run is found.
  };

  bool lt(size_t X, size_t Y) const { return Less(X, Y); }

  ptrdiff_t countRun(ptrdiff_t Lo, ptrdiff_t Hi, bool &Descending);
  void binaryInsertion(ptrdiff_t Lo, ptrdiff_t Hi, ptrdiff_t Start);
  ptrdiff_t gallopLeft(size_t Key, const size_t *Base, ptrdiff_t N, ptrdiff_t Hint);
  ptrdiff_t gallopRight(size_t Key, const size_t *Base, ptrdiff_t N, ptrdiff_t Hint);
  void mergeAt(size_t I);
  void mergeLow(ptrdiff_t Pa, ptrdiff_t Na, ptrdiff_t Pb, ptrdiff_t Nb);
  void mergeHigh(ptrdiff_t Pa, ptrdiff_t Na, ptrdiff_t Pb, ptrdiff_t Nb);
  void foundNewRun(ptrdiff_t N2);
  void forceCollapse();

  std::vector<size_t> &A;
  const SortLess &Less;
  std::vector<size_t> Tmp;
  std::vector<Run> Pending;
  ptrdiff_t MinGallop = MinGallopStart;
};

/// The length of the run starting at Lo (Lo < Hi): the longest
/// non-descending prefix, or the longest strictly descending one
/// (Descending set). A strict descent can be reversed keeping stability.
ptrdiff_t ListSorter::countRun(ptrdiff_t Lo, ptrdiff_t Hi, bool &Descending) {
  Descending = false;
  if (Lo + 1 == Hi)
    return 1;
  ptrdiff_t N = 2;
  if (lt(A[Lo + 1], A[Lo])) {
    Descending = true;
    for (ptrdiff_t P = Lo + 2; P < Hi && lt(A[P], A[P - 1]); ++P)
      ++N;
  } else {
    for (ptrdiff_t P = Lo + 2; P < Hi && !lt(A[P], A[P - 1]); ++P)
      ++N;
  }
  return N;
}

/// Sorts [Lo, Hi), whose prefix [Lo, Start) is sorted, by inserting each
/// later item after the items not greater than it (binary search, `pivot <
/// a[mid]`). A failed comparison leaves the slots untouched for that item.
void ListSorter::binaryInsertion(ptrdiff_t Lo, ptrdiff_t Hi, ptrdiff_t Start) {
  if (Start == Lo)
    ++Start;
  for (; Start < Hi; ++Start) {
    size_t Pivot = A[Start];
    ptrdiff_t L = Lo, R = Start;
    do {
      ptrdiff_t P = L + ((R - L) >> 1);
      if (lt(Pivot, A[P]))
        R = P;
      else
        L = P + 1;
    } while (L < R);
    for (ptrdiff_t P = Start; P > L; --P)
      A[P] = A[P - 1];
    A[L] = Pivot;
  }
}

/// The position K in [0, N] with Base[K-1] < Key <= Base[K]: exponential
/// search outward from Hint (by offsets 1, 3, 7, ...), then a binary search
/// of the bracket found.
ptrdiff_t ListSorter::gallopLeft(size_t Key, const size_t *Base, ptrdiff_t N, ptrdiff_t Hint) {
  assert(N > 0 && Hint >= 0 && Hint < N);
  ptrdiff_t Last = 0, Ofs = 1;
  if (lt(Base[Hint], Key)) {
    // Gallop right until Base[Hint + Last] < Key <= Base[Hint + Ofs].
    const ptrdiff_t MaxOfs = N - Hint;
    while (Ofs < MaxOfs && lt(Base[Hint + Ofs], Key)) {
      Last = Ofs;
      Ofs = (Ofs << 1) + 1;
    }
    Ofs = std::min(Ofs, MaxOfs);
    Last += Hint;
    Ofs += Hint;
  } else {
    // Gallop left until Base[Hint - Ofs] < Key <= Base[Hint - Last].
    const ptrdiff_t MaxOfs = Hint + 1;
    while (Ofs < MaxOfs && !lt(Base[Hint - Ofs], Key)) {
      Last = Ofs;
      Ofs = (Ofs << 1) + 1;
    }
    Ofs = std::min(Ofs, MaxOfs);
    ptrdiff_t K = Last;
    Last = Hint - Ofs;
    Ofs = Hint - K;
  }
  // Base[Last] < Key <= Base[Ofs]; binary search in between.
  ++Last;
  while (Last < Ofs) {
    ptrdiff_t M = Last + ((Ofs - Last) >> 1);
    if (lt(Base[M], Key))
      Last = M + 1;
    else
      Ofs = M;
  }
  return Ofs;
}

/// The position K in [0, N] with Base[K-1] <= Key < Base[K] (after every
/// item equal to Key), searched as gallopLeft searches.
ptrdiff_t ListSorter::gallopRight(size_t Key, const size_t *Base, ptrdiff_t N, ptrdiff_t Hint) {
  assert(N > 0 && Hint >= 0 && Hint < N);
  ptrdiff_t Last = 0, Ofs = 1;
  if (lt(Key, Base[Hint])) {
    // Gallop left until Base[Hint - Ofs] <= Key < Base[Hint - Last].
    const ptrdiff_t MaxOfs = Hint + 1;
    while (Ofs < MaxOfs && lt(Key, Base[Hint - Ofs])) {
      Last = Ofs;
      Ofs = (Ofs << 1) + 1;
    }
    Ofs = std::min(Ofs, MaxOfs);
    ptrdiff_t K = Last;
    Last = Hint - Ofs;
    Ofs = Hint - K;
  } else {
    // Gallop right until Base[Hint + Last] <= Key < Base[Hint + Ofs].
    const ptrdiff_t MaxOfs = N - Hint;
    while (Ofs < MaxOfs && !lt(Key, Base[Hint + Ofs])) {
      Last = Ofs;
      Ofs = (Ofs << 1) + 1;
    }
    Ofs = std::min(Ofs, MaxOfs);
    Last += Hint;
    Ofs += Hint;
  }
  ++Last;
  while (Last < Ofs) {
    ptrdiff_t M = Last + ((Ofs - Last) >> 1);
    if (lt(Key, Base[M]))
      Ofs = M;
    else
      Last = M + 1;
  }
  return Ofs;
}

/// Merges run A = [Pa, Pa + Na) with the run B = [Pb, Pb + Nb) that follows
/// it, Na <= Nb, trimmed by mergeAt so that B's first item goes first and A's
/// last item last. A is copied out and the merge fills the slots from the
/// left.
void ListSorter::mergeLow(ptrdiff_t Pa, ptrdiff_t Na, ptrdiff_t Pb, ptrdiff_t Nb) {
  Tmp.assign(A.begin() + Pa, A.begin() + Pa + Na);
  ptrdiff_t Dest = Pa, Ia = 0, Ib = Pb;
  // What ends the merge: B ran out (or a comparison failed), so A's rest
  // goes to Dest; or A has one item left, which goes after B's rest.
  enum class Finish { RestOfA, LastOfA };
  auto Merge = [&]() -> Finish {
    A[Dest++] = A[Ib++];
    if (--Nb == 0)
      return Finish::RestOfA;
    if (Na == 1)
      return Finish::LastOfA;
    ptrdiff_t Gallop = MinGallop;
    for (;;) {
      ptrdiff_t ACount = 0, BCount = 0; // wins in a row
      // One item at a time until one run wins Gallop times in a row.
      for (;;) {
        if (lt(A[Ib], Tmp[Ia])) {
          A[Dest++] = A[Ib++];
          ++BCount;
          ACount = 0;
          if (--Nb == 0)
            return Finish::RestOfA;
          if (BCount >= Gallop)
            break;
        } else {
          A[Dest++] = Tmp[Ia++];
          ++ACount;
          BCount = 0;
          if (--Na == 1)
            return Finish::LastOfA;
          if (ACount >= Gallop)
            break;
        }
      }
      // Galloping mode, until neither run wins MinGallopStart in a row.
      ++Gallop;
      do {
        Gallop -= Gallop > 1;
        MinGallop = Gallop;
        ptrdiff_t K = gallopRight(A[Ib], Tmp.data() + Ia, Na, 0);
        ACount = K;
        if (K) {
          std::copy(Tmp.begin() + Ia, Tmp.begin() + Ia + K, A.begin() + Dest);
          Dest += K;
          Ia += K;
          Na -= K;
          if (Na == 1)
            return Finish::LastOfA;
          if (Na == 0) // only when `<` is inconsistent
            return Finish::RestOfA;
        }
        A[Dest++] = A[Ib++];
        if (--Nb == 0)
          return Finish::RestOfA;
        K = gallopLeft(Tmp[Ia], A.data() + Ib, Nb, 0);
        BCount = K;
        if (K) {
          std::copy(A.begin() + Ib, A.begin() + Ib + K, A.begin() + Dest);
          Dest += K;
          Ib += K;
          Nb -= K;
          if (Nb == 0)
            return Finish::RestOfA;
        }
        A[Dest++] = Tmp[Ia++];
        if (--Na == 1)
          return Finish::LastOfA;
      } while (ACount >= MinGallopStart || BCount >= MinGallopStart);
      ++Gallop; // leaving galloping mode costs
      MinGallop = Gallop;
    }
  };
  Finish F;
  try {
    F = Merge();
  } catch (...) {
    std::copy(Tmp.begin() + Ia, Tmp.begin() + Ia + Na, A.begin() + Dest);
    throw;
  }
  if (F == Finish::RestOfA) {
    std::copy(Tmp.begin() + Ia, Tmp.begin() + Ia + Na, A.begin() + Dest);
    return;
  }
  std::copy(A.begin() + Ib, A.begin() + Ib + Nb, A.begin() + Dest);
  A[Dest + Nb] = Tmp[Ia];
}

/// The mirror image of mergeLow for Na > Nb: B is copied out and the merge
/// fills the slots from the right, comparing the last items of the runs.
void ListSorter::mergeHigh(ptrdiff_t Pa, ptrdiff_t Na, ptrdiff_t Pb, ptrdiff_t Nb) {
  Tmp.assign(A.begin() + Pb, A.begin() + Pb + Nb);
  const ptrdiff_t BaseA = Pa;
  ptrdiff_t Dest = Pb + Nb - 1, Ia = Pa + Na - 1, Ib = Nb - 1;
  // What ends the merge: A ran out (or a comparison failed), so B's rest
  // (Tmp[0, Nb)) ends at Dest; or B has one item left, which goes before
  // A's rest.
  enum class Finish { RestOfB, FirstOfB };
  auto Merge = [&]() -> Finish {
    A[Dest--] = A[Ia--];
    if (--Na == 0)
      return Finish::RestOfB;
    if (Nb == 1)
      return Finish::FirstOfB;
    ptrdiff_t Gallop = MinGallop;
    for (;;) {
      ptrdiff_t ACount = 0, BCount = 0;
      for (;;) {
        if (lt(Tmp[Ib], A[Ia])) {
          A[Dest--] = A[Ia--];
          ++ACount;
          BCount = 0;
          if (--Na == 0)
            return Finish::RestOfB;
          if (ACount >= Gallop)
            break;
        } else {
          A[Dest--] = Tmp[Ib--];
          ++BCount;
          ACount = 0;
          if (--Nb == 1)
            return Finish::FirstOfB;
          if (BCount >= Gallop)
            break;
        }
      }
      ++Gallop;
      do {
        Gallop -= Gallop > 1;
        MinGallop = Gallop;
        ptrdiff_t K = Na - gallopRight(Tmp[Ib], A.data() + BaseA, Na, Na - 1);
        ACount = K;
        if (K) {
          Dest -= K;
          Ia -= K;
          std::copy_backward(A.begin() + Ia + 1, A.begin() + Ia + 1 + K, A.begin() + Dest + 1 + K);
          Na -= K;
          if (Na == 0)
            return Finish::RestOfB;
        }
        A[Dest--] = Tmp[Ib--];
        if (--Nb == 1)
          return Finish::FirstOfB;
        K = Nb - gallopLeft(A[Ia], Tmp.data(), Nb, Nb - 1);
        BCount = K;
        if (K) {
          Dest -= K;
          Ib -= K;
          std::copy(Tmp.begin() + Ib + 1, Tmp.begin() + Ib + 1 + K, A.begin() + Dest + 1);
          Nb -= K;
          if (Nb == 1)
            return Finish::FirstOfB;
          if (Nb == 0) // only when `<` is inconsistent
            return Finish::RestOfB;
        }
        A[Dest--] = A[Ia--];
        if (--Na == 0)
          return Finish::RestOfB;
      } while (ACount >= MinGallopStart || BCount >= MinGallopStart);
      ++Gallop;
      MinGallop = Gallop;
    }
  };
  Finish F;
  try {
    F = Merge();
  } catch (...) {
    std::copy(Tmp.begin(), Tmp.begin() + Nb, A.begin() + Dest - (Nb - 1));
    throw;
  }
  if (F == Finish::RestOfB) {
    std::copy(Tmp.begin(), Tmp.begin() + Nb, A.begin() + Dest - (Nb - 1));
    return;
  }
  // A's Na remaining items move right by one; B's first item goes before them.
  std::copy_backward(A.begin() + Ia + 1 - Na, A.begin() + Ia + 1, A.begin() + Dest + 1);
  A[Dest - Na] = Tmp[Ib];
}

/// Merges the runs at stack positions I and I + 1 (I is the second or third
/// from the top). Items of A not greater than B's first, and items of B not
/// less than A's last, are already in place and left out of the merge.
void ListSorter::mergeAt(size_t I) {
  assert(Pending.size() >= 2 && (I + 2 == Pending.size() || I + 3 == Pending.size()));
  ptrdiff_t Pa = Pending[I].Base, Na = Pending[I].Len;
  ptrdiff_t Pb = Pending[I + 1].Base, Nb = Pending[I + 1].Len;
  Pending[I].Len = Na + Nb;
  if (I + 3 == Pending.size())
    Pending[I + 1] = Pending[I + 2];
  Pending.pop_back();

  ptrdiff_t K = gallopRight(A[Pb], A.data() + Pa, Na, 0);
  Pa += K;
  Na -= K;
  if (Na == 0)
    return;
  Nb = gallopLeft(A[Pa + Na - 1], A.data() + Pb, Nb, Nb - 1);
  if (Nb == 0)
    return;
  if (Na <= Nb)
    mergeLow(Pa, Na, Pb, Nb);
  else
    mergeHigh(Pa, Na, Pb, Nb);
}

/// Powersort: a run of length N2 follows the top run; merge the runs below
/// whose boundary is deeper than the top run's new boundary.
void ListSorter::foundNewRun(ptrdiff_t N2) {
  if (Pending.empty())
    return;
  int Power = listSortPower(size_t(Pending.back().Base), size_t(Pending.back().Len), size_t(N2),
                            A.size());
  while (Pending.size() > 1 && Pending[Pending.size() - 2].Power > Power)
    mergeAt(Pending.size() - 2);
  Pending.back().Power = Power;
}

/// At the end: merge everything, the top two runs unless the third is
/// shorter than the top one (then the second and third).
void ListSorter::forceCollapse() {
  while (Pending.size() > 1) {
    size_t N = Pending.size() - 2;
    if (N > 0 && Pending[N - 1].Len < Pending[N + 1].Len)
      --N;
    mergeAt(N);
  }
}

void ListSorter::sort() {
  ptrdiff_t Remaining = ptrdiff_t(A.size());
  if (Remaining < 2)
    return;
  const ptrdiff_t MinRun = ptrdiff_t(listSortMinrun(A.size()));
  ptrdiff_t Lo = 0;
  do {
    bool Descending;
    ptrdiff_t N = countRun(Lo, Lo + Remaining, Descending);
    if (Descending)
      std::reverse(A.begin() + Lo, A.begin() + Lo + N);
    if (N < MinRun) {
      ptrdiff_t Force = std::min(Remaining, MinRun);
      binaryInsertion(Lo, Lo + Force, Lo + N);
      N = Force;
    }
    foundNewRun(N);
    Pending.push_back({Lo, N, 0});
    Lo += N;
    Remaining -= N;
  } while (Remaining);
  forceCollapse();
}

} // namespace

size_t listSortMinrun(size_t N) {
  size_t R = 0; // 1 once a 1 bit is shifted out
  while (N >= 64) {
    R |= N & 1;
    N >>= 1;
  }
  return N + R;
}

int listSortPower(size_t S1, size_t N1, size_t N2, size_t N) {
  // Twice the midpoints of the two runs; their binary fractions of N are
  // produced one bit at a time until they differ.
  size_t A = 2 * S1 + N1, B = A + N1 + N2;
  int Power = 0;
  for (;;) {
    ++Power;
    if (A >= N) {
      A -= N;
      B -= N;
    } else if (B >= N) {
      break;
    }
    A <<= 1;
    B <<= 1;
  }
  return Power;
}

void listSort(std::vector<size_t> &Slots, const SortLess &Less) {
  ListSorter(Slots, Less).sort();
}

} // namespace pyctl
