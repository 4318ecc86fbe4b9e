//===- Diagnostics.cpp ----------------------------------------------------===//
#include "pyctl/Basic/Diagnostics.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Unicode.h"

#include <algorithm>

using namespace pyctl;

DiagnosticEngine::DiagnosticEngine(std::string P, std::string Text)
    : Path(std::move(P)), Out(&llvm::errs()) {
  BufferID = Mgr.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(Text, Path), llvm::SMLoc());
}

llvm::StringRef DiagnosticEngine::text() const {
  return Mgr.getMemoryBuffer(BufferID)->getBuffer();
}

void DiagnosticEngine::emit(SourceRange Range, llvm::SourceMgr::DiagKind Kind,
                            const llvm::Twine &Message) {
  if (!Range.isValid()) {
    Mgr.PrintMessage(*Out, llvm::SMDiagnostic(Path, Kind, Message.str()));
    return;
  }
  const char *Start = text().data();
  size_t Size = text().size();
  size_t B = std::min<size_t>(Range.Begin, Size);
  size_t E = std::min<size_t>(std::max(Range.End, Range.Begin), Size);
  // Underline only up to the end of the first line, as clang does.
  llvm::StringRef Rest(Start + B, E - B);
  size_t NL = Rest.find('\n');
  if (NL != llvm::StringRef::npos)
    E = B + NL;
  llvm::SMLoc Loc = llvm::SMLoc::getFromPointer(Start + B);
  // SourceMgr drops the caret line under a line with non-ASCII text; draw it here, indented by
  // the display width of the text before the range (code points, East Asian wide ones as two).
  size_t LineBegin = llvm::StringRef(Start, B).rfind('\n');
  LineBegin = LineBegin == llvm::StringRef::npos ? 0 : LineBegin + 1;
  size_t LineEnd = llvm::StringRef(Start, Size).find('\n', B);
  LineEnd = LineEnd == llvm::StringRef::npos ? Size : LineEnd;
  llvm::StringRef Line(Start + LineBegin, LineEnd - LineBegin);
  if (!std::all_of(Line.begin(), Line.end(), [](unsigned char C) { return C < 0x80; })) {
    auto Width = [](llvm::StringRef S) {
      int W = llvm::sys::unicode::columnWidthUTF8(S);
      return W < 0 ? static_cast<int>(S.size()) : W; // invalid UTF-8 or control characters
    };
    auto LineCol = Mgr.getLineAndColumn(Loc, BufferID);
    *Out << Path << ":" << LineCol.first << ":" << LineCol.second << ": "
         << (Kind == llvm::SourceMgr::DK_Error ? "error: " : "note: ") << Message << "\n"
         << Line << "\n"
         << std::string(Width(llvm::StringRef(Start + LineBegin, B - LineBegin)), ' ') << "^"
         << std::string(std::max(Width(llvm::StringRef(Start + B, E - B)) - 1, 0), '~') << "\n";
    return;
  }
  llvm::SmallVector<llvm::SMRange, 1> Ranges;
  if (E > B + 1)
    Ranges.push_back(llvm::SMRange(Loc, llvm::SMLoc::getFromPointer(Start + E)));
  Mgr.PrintMessage(*Out, Loc, Kind, Message, Ranges, {}, /*ShowColors=*/false);
}

void DiagnosticEngine::error(SourceRange Range, const llvm::Twine &Message) {
  ++Errors;
  emit(Range, llvm::SourceMgr::DK_Error, Message);
}

void DiagnosticEngine::note(SourceRange Range, const llvm::Twine &Message) {
  emit(Range, llvm::SourceMgr::DK_Note, Message);
}
