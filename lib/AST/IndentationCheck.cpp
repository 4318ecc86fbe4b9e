//===- IndentationCheck.cpp - CPython's tab/space indentation rules -------===//
#include "pyctl/AST/IndentationCheck.h"

#include "pyctl/Basic/Diagnostics.h"

#include <vector>

using namespace pyctl;

namespace {

/// A scanner that knows just enough of Python's lexical structure (strings,
/// comments, brackets, backslash continuations) to find logical line starts.
class IndentScanner {
public:
  explicit IndentScanner(const std::string &Text) : Text(Text) {}

  void run() {
    while (Pos < Text.size()) {
      if (AtLineStart) {
        AtLineStart = false;
        measureLineStart();
        continue;
      }
      char C = Text[Pos];
      if (C == '#') {
        while (Pos < Text.size() && Text[Pos] != '\n' && Text[Pos] != '\r')
          ++Pos;
      } else if (C == '\n' || C == '\r') {
        skipNewline();
        AtLineStart = true; // inside brackets too; measureLineStart skips those
      } else if (C == '\\') {
        ++Pos;
        if (Pos < Text.size() && (Text[Pos] == '\n' || Text[Pos] == '\r'))
          skipNewline(); // a continuation line is not a line start
      } else if (C == '(' || C == '[' || C == '{') {
        if (Level >= MaxLevel)
          fail("too many nested parentheses", Pos);
        ++Level;
        ++Pos;
        LastToken = C;
      } else if (C == ')' || C == ']' || C == '}') {
        if (Level > 0)
          --Level;
        ++Pos;
        LastToken = C;
      } else if (C == '\'' || C == '"') {
        skipString(C);
        LastToken = C;
      } else {
        if (C != ' ' && C != '\t' && C != '\f')
          LastToken = C;
        ++Pos;
      }
    }
  }

private:
  const std::string &Text;
  size_t Pos = 0;
  uint32_t Line = 1;
  size_t LineBegin = 0;
  bool AtLineStart = true;
  unsigned Level = 0;
  /// The last character of the last token so far (0 before the first): an
  /// indented line must follow a logical line that ends with ':'.
  char LastToken = 0;
  std::vector<unsigned> Cols{0}, AltCols{0};
  /// CPython's tokenizer limits (Parser/tokenizer.h MAXLEVEL, MAXINDENT):
  /// at most 200 open brackets, and 99 indentation levels.
  static constexpr unsigned MaxLevel = 200;
  static constexpr size_t MaxIndent = 100;

  void skipNewline() {
    if (Text[Pos] == '\r' && Pos + 1 < Text.size() && Text[Pos + 1] == '\n')
      ++Pos;
    ++Pos;
    ++Line;
    LineBegin = Pos;
  }

  /// Skips a string literal opened by \p Q at Pos (a prefix was skipped as
  /// ordinary text). A backslash always escapes the next character, raw or not,
  /// as in CPython's tokenizer. An unterminated one-line string ends at the line
  /// end (the parser reports it).
  void skipString(char Q) {
    bool Triple = Pos + 2 < Text.size() && Text[Pos + 1] == Q && Text[Pos + 2] == Q;
    Pos += Triple ? 3 : 1;
    while (Pos < Text.size()) {
      char C = Text[Pos];
      if (C == '\\') {
        ++Pos;
        if (Pos < Text.size()) {
          if (Text[Pos] == '\n' || Text[Pos] == '\r')
            skipNewline();
          else
            ++Pos;
        }
      } else if (C == '\n' || C == '\r') {
        if (!Triple)
          return;
        skipNewline();
      } else if (C == Q && (!Triple || (Pos + 2 < Text.size() && Text[Pos + 1] == Q &&
                                        Text[Pos + 2] == Q))) {
        Pos += Triple ? 3 : 1;
        return;
      } else {
        ++Pos;
      }
    }
  }

  /// Reports \p Message at byte \p At of the current line (its start by
  /// default).
  [[noreturn]] void fail(const std::string &Message, size_t At = std::string::npos) const {
    if (At == std::string::npos)
      At = LineBegin;
    SourceRange R;
    R.Begin = uint32_t(At);
    R.End = uint32_t(At + 1);
    R.Line = Line;
    R.Column = uint32_t(At - LineBegin) + 1;
    throw CompileError(R, Message);
  }

  /// CPython's tok_get at a line start (atbol): measure, then compare with the
  /// indentation stack unless the line is blank or inside brackets.
  void measureLineStart() {
    unsigned Col = 0, AltCol = 0;
    for (; Pos < Text.size(); ++Pos) {
      char C = Text[Pos];
      if (C == ' ') {
        ++Col;
        ++AltCol;
      } else if (C == '\t') {
        Col = (Col / 8 + 1) * 8;
        AltCol = AltCol + 1;
      } else if (C == '\f') {
        Col = AltCol = 0;
      } else {
        break;
      }
    }
    // CPython ends a last line without a newline with one, so EOF is blank.
    if (Pos >= Text.size() || Text[Pos] == '#' || Text[Pos] == '\n' || Text[Pos] == '\r')
      return;
    if (Level != 0)
      return;
    if (Col == Cols.back()) {
      if (AltCol != AltCols.back())
        fail("inconsistent use of tabs and spaces in indentation");
    } else if (Col > Cols.back()) {
      if (AltCol <= AltCols.back())
        fail("inconsistent use of tabs and spaces in indentation");
      // CPython's parser accepts an INDENT token only after a compound
      // statement's header (IndentationError: unexpected indent).
      if (LastToken != ':')
        fail("unexpected indent");
      if (Cols.size() >= MaxIndent)
        fail("too many levels of indentation");
      Cols.push_back(Col);
      AltCols.push_back(AltCol);
    } else {
      while (Cols.size() > 1 && Col < Cols.back()) {
        Cols.pop_back();
        AltCols.pop_back();
      }
      if (Col != Cols.back())
        fail("unindent does not match any outer indentation level");
      if (AltCol != AltCols.back())
        fail("inconsistent use of tabs and spaces in indentation");
    }
  }
};

} // namespace

void pyctl::checkIndentation(const std::string &Text) { IndentScanner(Text).run(); }
