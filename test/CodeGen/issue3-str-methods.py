# Issue 3's str methods (split join strip lower upper replace startswith endswith find count format
# isdigit) compiled to Rust: CPython's answers (python3 3.11) on empty, whitespace-only and
# non-ASCII text (accents, CJK, emoji, Unicode spaces and digits), negative starts and maxsplit;
# each is lowered to the runtime's methods module.
# RUN: pyctl --trace %s --inputs %S/Inputs/issue3-str-methods.jsonl --entry methods -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-str-methods.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "{{\[\[}}], None, [], None, ['', '', '', ''], ['', '', '', ''], ['', '', True], ['-', '', '', ''], [True, True, True, True, True], [0, 0, 0, -1, 0], [1, 1, 1, 1], ['|      |0|', '0', '         '], [False, False, True, False]]", "stdout": "", "json": {{\[\[}}], null, [], null, ["", "", "", ""], ["", "", "", ""], ["", "", true], ["-", "", "", ""], [true, true, true, true, true], [0, 0, 0, -1, 0], [1, 1, 1, 1], ["|      |0|", "0", "         "], [false, false, true, false]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}'a,b,,c,'], ['a', 'b', '', 'c', ''], ['a', 'b,,c,'], ['a', 'b', '', 'c', ''], ['a,,,b,,,,,c,,', 'a,b,,c,,a,b,,c,', '', 'a,b,,c,'], ['a,b,,c,', 'a,b,,c', 'a,b,,c,', 'a,b,,c,'], ['a,b,,c,', 'A,B,,C,', True], ['a<>b<><>c<>', 'a,b,,c,', 'a,b,,c,', ''], [False, True, False, True, False], [1, 3, -1, -1, 6], [4, 3, 8, 1], ['a,b,,c,|     ,|2|a,', ',2,', '   a,b   '], [False, False, True, False]]", "stdout": "", "json": {{\[\[}}"a,b,,c,"], ["a", "b", "", "c", ""], ["a", "b,,c,"], ["a", "b", "", "c", ""], ["a,,,b,,,,,c,,", "a,b,,c,,a,b,,c,", "", "a,b,,c,"], ["a,b,,c,", "a,b,,c", "a,b,,c,", "a,b,,c,"], ["a,b,,c,", "A,B,,C,", true], ["a<>b<><>c<>", "a,b,,c,", "a,b,,c,", ""], [false, true, false, true, false], [1, 3, -1, -1, 6], [4, 3, 8, 1], ["a,b,,c,|     ,|2|a,", ",2,", "   a,b   "], [false, false, true, false]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}'héllo', 'wörld'], ['héllo w', 'rld'], ['héllo w', 'rld'], ['héllo w', 'rld'], ['höéölölöoö öwööörölöd', 'héllo wörldöhéllo wörld', '', 'héllowörld'], ['héllo wörld', 'héllo wörld', 'héllo wörld', 'héllo wörld'], ['héllo wörld', 'HÉLLO WÖRLD', True], ['héllo w<>rld', 'héLlo wörld', 'hllo wörld', ''], [False, False, False, False, False], [7, -1, 7, -1, 7], [1, 0, 12, 1], ['héllo wörld|     ö|-2|héllo wör', 'ö-2ö', '   hél   '], [False, False, False, False]]", "stdout": "", "json": {{\[\[}}"héllo", "wörld"], ["héllo w", "rld"], ["héllo w", "rld"], ["héllo w", "rld"], ["höéölölöoö öwööörölöd", "héllo wörldöhéllo wörld", "", "héllowörld"], ["héllo wörld", "héllo wörld", "héllo wörld", "héllo wörld"], ["héllo wörld", "HÉLLO WÖRLD", true], ["héllo w<>rld", "héLlo wörld", "hllo wörld", ""], [false, false, false, false, false], [7, -1, 7, -1, 7], [1, 0, 12, 1], ["héllo wörld|     ö|-2|héllo wör", "ö-2ö", "   hél   "], [false, false, false, false]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}'日本語', 'テキスト', '日本'], ['', '語 テキスト ', ''], ['', '語 テキスト 日本'], ['', '語 テキスト ', ''], ['日日本本日本語日本 日本テ日本キ日本ス日本ト日本 日本日日本本', '日本語 テキスト 日本日本日本語 テキスト 日本', '', '日本語テキスト日本'], ['日本語 テキスト 日本', '語 テキスト ', '日本語 テキスト 日本', '日本語 テキスト 日本'], ['日本語 テキスト 日本', '日本語 テキスト 日本', True], ['<>語 テキスト <>', '日本語 テキスト 日本', '日本語 テキスト 日本', ''], [True, True, True, False, False], [0, 9, -1, -1, 9], [2, 1, 12, 0], ['日本語 テキスト 日本|    日本|1|日', '日本1日本', '   日本語   '], [False, False, True, False]]", "stdout": "", "json": {{\[\[}}"日本語", "テキスト", "日本"], ["", "語 テキスト ", ""], ["", "語 テキスト 日本"], ["", "語 テキスト ", ""], ["日日本本日本語日本 日本テ日本キ日本ス日本ト日本 日本日日本本", "日本語 テキスト 日本日本日本語 テキスト 日本", "", "日本語テキスト日本"], ["日本語 テキスト 日本", "語 テキスト ", "日本語 テキスト 日本", "日本語 テキスト 日本"], ["日本語 テキスト 日本", "日本語 テキスト 日本", true], ["<>語 テキスト <>", "日本語 テキスト 日本", "日本語 テキスト 日本", ""], [true, true, true, false, false], [0, 9, -1, -1, 9], [2, 1, 12, 0], ["日本語 テキスト 日本|    日本|1|日", "日本1日本", "   日本語   "], [false, false, true, false]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}'tab', 'ideographic', 'nbsp'], ['\\t tab', 'ideographic\\xa0nbsp \\n'], ['\\t tab', 'ideographic\\xa0nbsp \\n'], ['\\t tab', 'ideographic\\xa0nbsp \\n'], ['\\t\\u3000 \\u3000t\\u3000a\\u3000b\\u3000\\u3000\\u3000i\\u3000d\\u3000e\\u3000o\\u3000g\\u3000r\\u3000a\\u3000p\\u3000h\\u3000i\\u3000c\\u3000\\xa0\\u3000n\\u3000b\\u3000s\\u3000p\\u3000 \\u3000\\n', '\\t tab\\u3000ideographic\\xa0nbsp \\n\\u3000\\t tab\\u3000ideographic\\xa0nbsp \\n', '', 'tabideographicnbsp'], ['tab\\u3000ideographic\\xa0nbsp', '\\t tab\\u3000ideographic\\xa0nbsp \\n', 'tab\\u3000ideographic\\xa0nbsp \\n', '\\t tab\\u3000ideographic\\xa0nbsp \\n'], ['\\t tab\\u3000ideographic\\xa0nbsp \\n', '\\t TAB\\u3000IDEOGRAPHIC\\xa0NBSP \\n', True], ['\\t tab<>ideographic\\xa0nbsp \\n', '\\t tab\\u3000ideographic\\xa0nbsp \\n', '\\t tab\\u3000ideographic\\xa0nbsp \\n', ''], [False, False, False, False, False], [5, 5, 5, -1, 5], [1, 1, 25, 1], ['\\t tab\\u3000ideographic\\xa0nbsp \\n|     \\u3000|0|', '\\u30000\\u3000', '   \\t t   '], [False, False, True, False]]", "stdout": "", "json": {{\[\[}}"tab", "ideographic", "nbsp"], ["\t tab", "ideographic nbsp \n"], ["\t tab", "ideographic nbsp \n"], ["\t tab", "ideographic nbsp \n"], ["\t　 　t　a　b　　　i　d　e　o　g　r　a　p　h　i　c　 　n　b　s　p　 　\n", "\t tab　ideographic nbsp \n　\t tab　ideographic nbsp \n", "", "tabideographicnbsp"], ["tab　ideographic nbsp", "\t tab　ideographic nbsp \n", "tab　ideographic nbsp \n", "\t tab　ideographic nbsp \n"], ["\t tab　ideographic nbsp \n", "\t TAB　IDEOGRAPHIC NBSP \n", true], ["\t tab<>ideographic nbsp \n", "\t tab　ideographic nbsp \n", "\t tab　ideographic nbsp \n", ""], [false, false, false, false, false], [5, 5, 5, -1, 5], [1, 1, 25, 1], ["\t tab　ideographic nbsp \n|     　|0|", "　0　", "   \t t   "], [false, false, true, false]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}'١٢٣'], ['١', '٣'], ['١', '٣'], ['١', '٣'], ['١٢٢٢٣', '١٢٣٢١٢٣', '', '١٢٣'], ['١٢٣', '١٢٣', '١٢٣', '١٢٣'], ['١٢٣', '١٢٣', True], ['١<>٣', '١٢٣', '١٢٣', ''], [False, False, False, False, False], [1, 1, -1, -1, 1], [1, 1, 4, 0], ['١٢٣|     ٢|1|١', '٢1٢', '   ١٢٣   '], [True, True, True, False]]", "stdout": "", "json": {{\[\[}}"١٢٣"], ["١", "٣"], ["١", "٣"], ["١", "٣"], ["١٢٢٢٣", "١٢٣٢١٢٣", "", "١٢٣"], ["١٢٣", "١٢٣", "١٢٣", "١٢٣"], ["١٢٣", "١٢٣", true], ["١<>٣", "١٢٣", "١٢٣", ""], [false, false, false, false, false], [1, 1, -1, -1, 1], [1, 1, 4, 0], ["١٢٣|     ٢|1|١", "٢1٢", "   ١٢٣   "], [true, true, true, false]]}{{$}}
# RUST-DAG: methods::split(
# RUST-DAG: methods::join(
# RUST-DAG: methods::strip(
# RUST-DAG: methods::lower(
# RUST-DAG: methods::upper(
# RUST-DAG: methods::replace(
# RUST-DAG: methods::startswith(
# RUST-DAG: methods::endswith(
# RUST-DAG: methods::find(
# RUST-DAG: methods::count(
# RUST-DAG: methods::format(
# RUST-DAG: methods::isdigit(

# The str methods issue 3 names (split join strip lower upper replace startswith endswith find
# count format isdigit) on empty, whitespace-only, non-ASCII (accents, CJK, emoji, Unicode
# digits and spaces) and long inputs, with their optional arguments (negative start/end, maxsplit,
# count, tuple prefixes, empty separators that raise).
def methods(s, sep, n):
    out = [s.split(), s.split(sep) if sep else None, s.split(sep, 1) if sep else s.split(None, 1), s.split(sep, -1) if sep else None]
    out.append([sep.join(s), sep.join([s, s]), sep.join([]), "".join(s.split())])
    out.append([s.strip(), s.strip(sep) if sep else s.strip(None), s.lstrip(), s.rstrip(" \t")])
    out.append([s.lower(), s.upper(), s.lower() == s.upper().lower()])
    out.append([s.replace(sep, "<>") if sep else s.replace("", "-"), s.replace("l", "L", 1), s.replace("é", ""), s.replace(s, "")])
    out.append([s.startswith(sep), s.endswith(sep), s.startswith(("x", sep)), s.endswith(sep, 0, n), s.startswith(sep, -n)])
    out.append([s.find(sep), s.find(sep, n), s.find(sep, -n, -1), s.find("zzz"), s.rfind(sep)])
    out.append([s.count(sep), s.count(sep, n), s.count(""), s.count(sep, -n)])
    out.append(["{}|{:>6}|{!r}|{k}".format(s, sep, n, k=s[:n]), "{0}{1}{0}".format(sep, n), "{:^9}".format(s[:3])])
    out.append([s.isdigit(), sep.isdigit(), str(n).isdigit(), "".isdigit()])
    return out
