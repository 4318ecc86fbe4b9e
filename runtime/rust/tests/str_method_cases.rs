//! The case methods and `splitlines` of `str` against CPython: every receiver of
//! `str_method_cases.json` (written by `utils/gen_str_method_cases.py` from CPython 3.11) must
//! give CPython's result for each method.

use pyctl_runtime::{repr, Value};
use serde_json::Value as Json;

#[test]
fn case_methods_match_cpython() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/str_method_cases.json");
    let table: Json = serde_json::from_str(&std::fs::read_to_string(path).expect("read the table")).expect("JSON");
    let cases = table["cases"].as_array().expect("cases");
    let mut wrong = Vec::new();
    for case in cases {
        let recv = Value::str(case["recv"].as_str().expect("recv"));
        for (method, want) in case.as_object().expect("object") {
            if method == "recv" {
                continue;
            }
            let got = match method.as_str() {
                "lower" => pyctl_runtime::methods::lower(&recv, &[]),
                "upper" => pyctl_runtime::methods::upper(&recv, &[]),
                "capitalize" => pyctl_runtime::methods::capitalize(&recv, &[]),
                "title" => pyctl_runtime::methods::title(&recv, &[]),
                "swapcase" => pyctl_runtime::methods::swapcase(&recv, &[]),
                "splitlines" => pyctl_runtime::methods::splitlines(&recv, &[]),
                _ => panic!("unknown method {}", method),
            };
            let want = match want {
                Json::String(s) => Value::str(s),
                Json::Array(items) => Value::list(items.iter().map(|s| Value::str(s.as_str().unwrap())).collect()),
                _ => panic!("bad result"),
            };
            let (got, want) = (got.map(|v| repr(&v).unwrap()), repr(&want).unwrap());
            if got.as_ref() != Ok(&want) {
                wrong.push(format!("{:?}.{}(): want {}, got {:?}", case["recv"], method, want, got));
            }
        }
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}
