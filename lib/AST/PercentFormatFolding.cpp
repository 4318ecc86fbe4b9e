//===- PercentFormatFolding.cpp - '%' formatting CPython compiles as an f-string -===//
#include "pyctl/AST/PercentFormatFolding.h"

namespace pyctl {

namespace {

/// CPython accepts a width or precision of at most two digits' value here.
constexpr int MaxFieldValue = 99;

bool isDigit(char C) { return C >= '0' && C <= '9'; }

/// Reads digits at \p Pos into \p Value; false when the value passes
/// MaxFieldValue or the format ends while reading them.
bool readNumber(std::string_view Format, size_t &Pos, char &C, int &Value) {
  Value = 0;
  while (isDigit(C)) {
    Value = Value * 10 + (C - '0');
    if (Value > MaxFieldValue || Pos >= Format.size())
      return false;
    C = Format[Pos++];
  }
  return true;
}

} // namespace

std::optional<std::vector<PercentFormatPiece>> foldPercentFormat(std::string_view Format, size_t NumItems) {
  std::vector<PercentFormatPiece> Pieces;
  size_t Pos = 0, Items = 0;
  while (true) {
    std::string Literal;
    while (Pos < Format.size()) {
      if (Format[Pos] != '%') {
        Literal += Format[Pos++];
      } else if (Pos + 1 < Format.size() && Format[Pos + 1] == '%') {
        Literal += '%';
        Pos += 2;
      } else {
        break;
      }
    }
    if (!Literal.empty()) {
      PercentFormatPiece P;
      P.Literal = std::move(Literal);
      Pieces.push_back(std::move(P));
    }
    if (Pos >= Format.size())
      break;
    if (Items == NumItems)
      return std::nullopt; // more conversions than items
    ++Pos;                 // the '%'
    if (Pos >= Format.size())
      return std::nullopt;
    char C = Format[Pos++];
    bool LeftJustify = false;
    while (C == '-' || C == '+' || C == ' ' || C == '#' || C == '0') {
      LeftJustify |= C == '-';
      if (Pos >= Format.size())
        return std::nullopt;
      C = Format[Pos++];
    }
    int Width = -1, Precision = -1;
    if (isDigit(C) && !readNumber(Format, Pos, C, Width))
      return std::nullopt;
    if (C == '.') {
      if (Pos >= Format.size())
        return std::nullopt;
      C = Format[Pos++];
      if (!readNumber(Format, Pos, C, Precision))
        return std::nullopt;
      if (Precision < 0)
        Precision = 0;
    }
    if (C != 's' && C != 'r' && C != 'a')
      return std::nullopt;
    PercentFormatPiece P;
    P.IsItem = true;
    P.Conversion = C;
    if (!LeftJustify && Width > 0)
      P.Spec += '>';
    if (Width >= 0)
      P.Spec += std::to_string(Width);
    if (Precision >= 0)
      P.Spec += "." + std::to_string(Precision);
    Pieces.push_back(std::move(P));
    ++Items;
  }
  if (Items != NumItems)
    return std::nullopt; // more items than conversions
  return Pieces;
}

} // namespace pyctl
