//! Formatting against CPython: every case of `format_cases.json` (written by
//! `utils/gen_format_cases.py` from CPython 3.11) must give CPython's text, or fall back where
//! CPython raises. A fallback where CPython returns is an error.

use pyctl_runtime::{dict_display, Value};
use serde_json::Value as Json;

fn decode(j: &Json) -> Value {
    let obj = j.as_object().expect("a value object");
    let (tag, v) = obj.iter().next().expect("one tag");
    let items = |v: &Json| v.as_array().expect("array").iter().map(decode).collect::<Vec<_>>();
    match tag.as_str() {
        "int" => Value::Int(v.as_i64().expect("i64")),
        "float" => Value::Float(v.as_str().expect("repr").parse().expect("float repr")),
        "str" => Value::str(v.as_str().expect("str")),
        "bool" => Value::Bool(v.as_bool().expect("bool")),
        "none" => Value::None,
        "list" => Value::list(items(v)),
        "tuple" => Value::tuple(items(v)),
        "dict" => {
            let pairs = v.as_array().expect("pairs").iter().map(|p| (decode(&p[0]), decode(&p[1]))).collect();
            dict_display(pairs).expect("dict")
        }
        _ => panic!("unknown tag {}", tag),
    }
}

/// The runtime's outcome of one case: the text, or the fallback's reason.
fn run(case: &Json) -> Result<String, std::borrow::Cow<'static, str>> {
    let text = |r: Result<Value, pyctl_runtime::Fallback>| match r {
        Ok(Value::Str(s)) => Ok(s.to_string()),
        Ok(other) => panic!("not a str: {:?}", other),
        Err(f) => Err(std::borrow::Cow::Owned(f.reason().to_string())),
    };
    match case["op"].as_str() {
        Some("%") => text(pyctl_runtime::op_mod(&Value::str(case["fmt"].as_str().unwrap()), &decode(&case["args"]))),
        Some("format") => {
            let args: Vec<Value> = case["args"].as_array().unwrap().iter().map(decode).collect();
            let kwargs: Vec<(&str, Value)> =
                case["kwargs"].as_array().unwrap().iter().map(|p| (p[0].as_str().unwrap(), decode(&p[1]))).collect();
            let fmt = Value::str(case["fmt"].as_str().unwrap());
            text(pyctl_runtime::methods::call_kw(&fmt, "format", &args, &kwargs))
        }
        Some("builtin") => text(pyctl_runtime::builtins::format(&[decode(&case["value"]), Value::str(case["spec"].as_str().unwrap())])),
        Some(op) => panic!("unknown op {}", op),
        None => panic!("no op"),
    }
}

#[test]
fn formatting_matches_cpython() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/format_cases.json");
    let table: Json = serde_json::from_str(&std::fs::read_to_string(path).expect("read the table")).expect("JSON");
    let cases = table["cases"].as_array().expect("cases");
    let (mut wrong, mut fell_back, mut results) = (Vec::new(), Vec::new(), 0);
    for case in cases {
        let got = run(case);
        match (case.get("result"), got) {
            (Some(want), Ok(text)) => {
                results += 1;
                if want.as_str() != Some(text.as_str()) {
                    wrong.push(format!("{}: got {:?}", case, text));
                }
            }
            (Some(_), Err(reason)) => {
                results += 1;
                fell_back.push(format!("{}: fell back ({})", case, reason));
            }
            (None, Ok(text)) => wrong.push(format!("{}: CPython raises, got {:?}", case, text)),
            (None, Err(_)) => {}
        }
    }
    assert!(wrong.is_empty(), "{} wrong answers:\n{}", wrong.len(), wrong.join("\n"));
    assert!(fell_back.is_empty(), "{} unexpected fallbacks:\n{}", fell_back.len(), fell_back.join("\n"));
    assert!(results > cases.len() / 2, "too few cases with a result");
}
