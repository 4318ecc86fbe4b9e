//! `casefold`, `istitle` and `isidentifier` of `str` against CPython on every code point but the
//! surrogates: the table `utils/gen_str_codepoint_cases.py` writes from CPython 3.11 (ctest passes
//! the build's copy in PYCTL_STR_CODEPOINT_CASES; without it the test runs the script itself).
//! The C++ evaluator's StrCodePointTest reads the same table.

use pyctl_runtime::Value;
use serde_json::Value as Json;
use std::collections::HashMap;

fn load_table() -> Json {
    let path = match std::env::var_os("PYCTL_STR_CODEPOINT_CASES") {
        Some(p) => std::path::PathBuf::from(p),
        None => {
            let out = std::env::temp_dir().join(format!("pyctl-str-codepoint-cases-{}.json", std::process::id()));
            let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../utils/gen_str_codepoint_cases.py");
            let ok = std::process::Command::new("python3").arg(script).arg(&out).status();
            assert!(ok.map(|s| s.success()).unwrap_or(false), "python3 {script} failed");
            out
        }
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if std::env::var_os("PYCTL_STR_CODEPOINT_CASES").is_none() {
        let _ = std::fs::remove_file(&path); // the copy generated above
    }
    serde_json::from_str(&text).unwrap()
}

#[test]
fn every_code_point_matches_cpython() {
    let table = load_table();
    let folded: HashMap<u32, &str> = table["casefold"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e[0].as_u64().unwrap() as u32, e[1].as_str().unwrap()))
        .collect();
    let flags = table["flags"].as_str().unwrap().as_bytes();
    assert_eq!(flags.len(), 2 * 0x110000);
    let contexts: Vec<(String, String)> = table["contexts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c[0].as_str().unwrap().to_string(), c[1].as_str().unwrap().to_string()))
        .collect();
    let mut wrong = Vec::new();
    for cp in 0u32..0x110000 {
        let Some(c) = char::from_u32(cp) else { continue };
        let s = c.to_string();
        let want = folded.get(&cp).copied().unwrap_or(&s);
        match pyctl_runtime::methods::casefold(&Value::str(&s), &[]) {
            Ok(Value::Str(got)) if &*got == want => {}
            other => wrong.push(format!("U+{cp:04X}.casefold(): want {want:?}, got {other:?}")),
        }
        let bits = u8::from_str_radix(std::str::from_utf8(&flags[2 * cp as usize..2 * cp as usize + 2]).unwrap(), 16).unwrap();
        for (i, (method, context)) in contexts.iter().enumerate() {
            let text = Value::str(&context.replacen("{}", &s, 1));
            let got = match method.as_str() {
                "istitle" => pyctl_runtime::methods::istitle(&text, &[]),
                "isidentifier" => pyctl_runtime::methods::isidentifier(&text, &[]),
                _ => panic!("unknown method {method}"),
            };
            let want = bits & (1 << i) != 0;
            if !matches!(got, Ok(Value::Bool(b)) if b == want) {
                wrong.push(format!("U+{cp:04X} in {context}.{method}(): want {want}, got {got:?}"));
            }
        }
        if wrong.len() > 20 {
            break;
        }
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}
