//! Smaller content streams, same rendering: adjacent glyph strings in a `TJ` array are
//! joined (printpdf writes one string per glyph) and positions are rounded to a hundredth
//! of a point, kerning to a thousandth of an em. Nastaliq pages place every glyph with its
//! own offsets, so this is most of a page's weight.

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, StringFormat};

/// Rewrites every page's content stream of `doc`.
pub fn compact(doc: &mut Document) -> Result<(), lopdf::Error> {
    let pages: Vec<_> = doc.get_pages().into_values().collect();
    for page in pages {
        let data = doc.get_page_content(page);
        let content = Content::decode(&data)?;
        let operations: Vec<Operation> = content.operations.into_iter().map(compact_op).collect();
        let encoded = Content { operations }.encode()?;
        doc.change_page_content(page, encoded)?;
    }
    Ok(())
}

fn round(v: f32, scale: f32) -> f32 {
    (v * scale).round() / scale
}

fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Real(r) => Some(*r),
        Object::Integer(i) => Some(*i as f32),
        _ => None,
    }
}

/// A number as the shortest PDF token: an integer when it is one.
fn num(v: f32) -> Object {
    if v.fract() == 0.0 && v.abs() < 1e9 {
        Object::Integer(v as i64)
    } else {
        Object::Real(v)
    }
}

fn compact_op(mut op: Operation) -> Operation {
    match op.operator.as_str() {
        "TJ" => {
            if let Some(Object::Array(items)) = op.operands.first_mut() {
                let mut out: Vec<Object> = Vec::with_capacity(items.len());
                for item in items.drain(..) {
                    match (out.last_mut(), item) {
                        (
                            Some(Object::String(prev, StringFormat::Hexadecimal)),
                            Object::String(next, StringFormat::Hexadecimal),
                        ) => prev.extend_from_slice(&next),
                        (_, item) => match number(&item) {
                            Some(0.0) => {}
                            Some(v) => out.push(num(round(v, 1.0))),
                            None => out.push(item),
                        },
                    }
                }
                *items = out;
            }
        }
        "Tm" | "Td" | "Ts" | "Tz" | "Tf" | "m" | "l" | "w" => {
            for o in &mut op.operands {
                if let Some(v) = number(o) {
                    *o = num(round(v, 100.0));
                }
            }
        }
        _ => {}
    }
    op
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_glyph_strings_and_rounds() {
        let op = Operation::new(
            "TJ",
            vec![Object::Array(vec![
                Object::Real(0.0),
                Object::String(vec![0, 1], StringFormat::Hexadecimal),
                Object::String(vec![0, 2], StringFormat::Hexadecimal),
                Object::Real(-12.4),
                Object::String(vec![0, 3], StringFormat::Hexadecimal),
            ])],
        );
        let out = compact_op(op);
        assert_eq!(
            out.operands[0],
            Object::Array(vec![
                Object::String(vec![0, 1, 0, 2], StringFormat::Hexadecimal),
                Object::Integer(-12),
                Object::String(vec![0, 3], StringFormat::Hexadecimal),
            ])
        );
        let out = compact_op(Operation::new("Tz", vec![Object::Real(61.194_94)]));
        assert_eq!(out.operands[0], Object::Real(61.19));
    }
}
