//===- StrRepr.cpp - repr() of a Python str -------------------------------===//

#include "pyctl/Runtime/StrRepr.h"

#include "pyctl/Runtime/Unicode.h"

namespace pyctl {

static void appendHex(std::string &Out, char32_t C, int Digits) {
  static constexpr char Hex[] = "0123456789abcdef";
  for (int Shift = (Digits - 1) * 4; Shift >= 0; Shift -= 4)
    Out.push_back(Hex[(C >> Shift) & 0xF]);
}

std::string strRepr(std::string_view S) {
  bool HasSingle = S.find('\'') != std::string_view::npos;
  bool HasDouble = S.find('"') != std::string_view::npos;
  char Quote = HasSingle && !HasDouble ? '"' : '\'';
  std::string Out;
  Out.reserve(S.size() + 2);
  Out.push_back(Quote);
  for (size_t Pos = 0; Pos < S.size();) {
    char32_t C = unicode::decodeNext(S, Pos);
    if (C == char32_t(Quote) || C == '\\') {
      Out.push_back('\\');
      Out.push_back(char(C));
    } else if (C == '\t') {
      Out += "\\t";
    } else if (C == '\n') {
      Out += "\\n";
    } else if (C == '\r') {
      Out += "\\r";
    } else if (C < ' ' || C == 0x7F) {
      Out += "\\x";
      appendHex(Out, C, 2);
    } else if (C < 0x7F) {
      Out.push_back(char(C));
    } else if (unicode::isPrintable(C)) {
      unicode::appendUTF8(Out, C);
    } else if (C <= 0xFF) {
      Out += "\\x";
      appendHex(Out, C, 2);
    } else if (C <= 0xFFFF) {
      Out += "\\u";
      appendHex(Out, C, 4);
    } else {
      Out += "\\U";
      appendHex(Out, C, 8);
    }
  }
  Out.push_back(Quote);
  return Out;
}

} // namespace pyctl
