use read_fonts::types::GlyphId;

use super::plan::ShapePlan;
use crate::buffer::{Buffer, GlyphPosition};
use crate::unicode::*;
use crate::Direction;
use crate::{GlyphExtents, Scale, ShaperFont};

struct FallbackShapeContext<'a, 'x, 'c, 'd> {
    plan: &'a ShapePlan,
    units_per_em: u16,
    scale: Scale,
    buffer: &'x mut Buffer,
    adjust_offsets_when_zeroing: bool,
    font: &'x ShaperFont<'c, 'd>,
}

fn recategorize_combining_class(u: u32, mut class: u8) -> u8 {
    use modified_combining_class as mcc;

    if class >= 200 {
        return class;
    }

    // Thai / Lao need some per-character work.
    if u & !0xFF == 0x0E00 {
        if class == 0 {
            match u {
                0x0E31 | 0x0E34 | 0x0E35 | 0x0E36 | 0x0E37 | 0x0E47 | 0x0E4C | 0x0E4D | 0x0E4E => {
                    class = combining_class::AboveRight;
                }

                0x0EB1 | 0x0EB4 | 0x0EB5 | 0x0EB6 | 0x0EB7 | 0x0EBB | 0x0ECC | 0x0ECD => {
                    class = combining_class::Above;
                }

                0x0EBC => class = combining_class::Below,

                _ => {}
            }
        } else {
            // Thai virama is below-right
            if u == 0x0E3A {
                class = combining_class::BelowRight;
            }
        }
    }

    match class {
        // Hebrew
        mcc::CCC10 => combining_class::Below,         // sheva
        mcc::CCC11 => combining_class::Below,         // hataf segol
        mcc::CCC12 => combining_class::Below,         // hataf patah
        mcc::CCC13 => combining_class::Below,         // hataf qamats
        mcc::CCC14 => combining_class::Below,         // hiriq
        mcc::CCC15 => combining_class::Below,         // tsere
        mcc::CCC16 => combining_class::Below,         // segol
        mcc::CCC17 => combining_class::Below,         // patah
        mcc::CCC18 => combining_class::Below,         // qamats & qamats qatan
        mcc::CCC20 => combining_class::Below,         // qubuts
        mcc::CCC22 => combining_class::Below,         // meteg
        mcc::CCC23 => combining_class::AttachedAbove, // rafe
        mcc::CCC24 => combining_class::AboveRight,    // shin dot
        mcc::CCC25 => combining_class::AboveLeft,     // sin dot
        mcc::CCC19 => combining_class::AboveLeft,     // holam & holam haser for vav
        mcc::CCC26 => combining_class::Above,         // point varika
        mcc::CCC21 => class,                          // dagesh

        // Arabic and Syriac
        mcc::CCC27 => combining_class::Above, // fathatan
        mcc::CCC28 => combining_class::Above, // dammatan
        mcc::CCC30 => combining_class::Above, // fatha
        mcc::CCC31 => combining_class::Above, // damma
        mcc::CCC33 => combining_class::Above, // shadda
        mcc::CCC34 => combining_class::Above, // sukun
        mcc::CCC35 => combining_class::Above, // superscript alef
        mcc::CCC36 => combining_class::Above, // superscript alaph
        mcc::CCC29 => combining_class::Below, // kasratan
        mcc::CCC32 => combining_class::Below, // kasra

        // Thai
        mcc::CCC103 => combining_class::BelowRight, // sara u / sara uu
        mcc::CCC107 => combining_class::AboveRight, // mai

        // Lao
        mcc::CCC118 => combining_class::Below, // sign u / sign uu
        mcc::CCC122 => combining_class::Above, // mai

        // Tibetian
        mcc::CCC129 => combining_class::Below, // sign aa
        mcc::CCC130 => combining_class::Above, // sign i
        mcc::CCC132 => combining_class::Below, // sign u

        _ => class,
    }
}

pub fn recategorize_marks(buffer: &mut Buffer) {
    for info in buffer.info_slice_mut() {
        if info.general_category() == GeneralCategory::NON_SPACING_MARK {
            let mut class = info.modified_combining_class();
            class = recategorize_combining_class(info.glyph_id, class);
            info.set_modified_combining_class(class);
        }
    }
}

fn zero_mark_advances(
    buffer: &mut Buffer,
    start: usize,
    end: usize,
    adjust_offsets_when_zeroing: bool,
) -> Option<()> {
    let infos = buffer.info.get(start..end)?;
    let positions = buffer.pos.get_mut(start..end)?;
    for (info, pos) in infos.iter().zip(positions) {
        if info.general_category() == GeneralCategory::NON_SPACING_MARK {
            if adjust_offsets_when_zeroing {
                pos.x_offset = pos.x_offset.saturating_sub(pos.x_advance);
                pos.y_offset = pos.y_offset.saturating_sub(pos.y_advance);
            }
            pos.x_advance = 0;
            pos.y_advance = 0;
        }
    }
    Some(())
}

fn position_mark(
    units_per_em: u16,
    scale: Scale,
    direction: Direction,
    font: &ShaperFont,
    glyph: GlyphId,
    pos: &mut GlyphPosition,
    base_extents: &mut GlyphExtents,
    combining_class: u8,
) {
    let Some(mark_extents) = font.glyph_extents(glyph) else {
        return;
    };

    let y_gap = scale.scale_y(units_per_em as i32 / 16);
    pos.x_offset = 0;
    pos.y_offset = 0;

    // We don't position LEFT and RIGHT marks.

    // X positioning
    match combining_class {
        combining_class::DoubleBelow | combining_class::DoubleAbove
            if direction.is_horizontal() =>
        {
            pos.x_offset = pos
                .x_offset
                .saturating_add(base_extents.x_bearing)
                .saturating_add(if direction.is_forward() {
                    base_extents.width
                } else {
                    0
                })
                .saturating_sub(mark_extents.width / 2)
                .saturating_sub(mark_extents.x_bearing);
        }

        combining_class::AttachedBelowLeft
        | combining_class::BelowLeft
        | combining_class::AboveLeft => {
            // Left align.
            pos.x_offset = pos
                .x_offset
                .saturating_add(base_extents.x_bearing)
                .saturating_sub(mark_extents.x_bearing);
        }

        combining_class::AttachedAboveRight
        | combining_class::BelowRight
        | combining_class::AboveRight => {
            // Right align.
            pos.x_offset = pos
                .x_offset
                .saturating_add(base_extents.x_bearing)
                .saturating_add(base_extents.width)
                .saturating_sub(mark_extents.width)
                .saturating_sub(mark_extents.x_bearing);
        }

        combining_class::AttachedBelow
        | combining_class::AttachedAbove
        | combining_class::Below
        | combining_class::Above
        | _ => {
            // Center align.
            pos.x_offset = pos
                .x_offset
                .saturating_add(base_extents.x_bearing)
                .saturating_add((base_extents.width.saturating_sub(mark_extents.width)) / 2)
                .saturating_sub(mark_extents.x_bearing);
        }
    }

    let is_attached = matches!(
        combining_class,
        combining_class::AttachedBelowLeft
            | combining_class::AttachedBelow
            | combining_class::AttachedAbove
            | combining_class::AttachedAboveRight
    );

    // Y positioning.
    match combining_class {
        combining_class::DoubleBelow
        | combining_class::BelowLeft
        | combining_class::Below
        | combining_class::BelowRight
        | combining_class::AttachedBelowLeft
        | combining_class::AttachedBelow => {
            if !is_attached {
                // Add gap.
                base_extents.height = base_extents.height.saturating_sub(y_gap);
            }

            pos.y_offset = base_extents
                .y_bearing
                .saturating_add(base_extents.height)
                .saturating_sub(mark_extents.y_bearing);

            // Never shift up "below" marks.
            if (y_gap > 0) == (pos.y_offset > 0) {
                base_extents.height = base_extents.height.saturating_sub(pos.y_offset);
                pos.y_offset = 0;
            }

            base_extents.height = base_extents.height.saturating_add(mark_extents.height);
        }

        combining_class::DoubleAbove
        | combining_class::AboveLeft
        | combining_class::Above
        | combining_class::AboveRight
        | combining_class::AttachedAbove
        | combining_class::AttachedAboveRight => {
            if !is_attached {
                // Add gap.
                base_extents.y_bearing = base_extents.y_bearing.saturating_add(y_gap);
                base_extents.height = base_extents.height.saturating_sub(y_gap);
            }

            pos.y_offset = base_extents
                .y_bearing
                .saturating_sub(mark_extents.y_bearing.saturating_add(mark_extents.height));

            // Don't shift down "above" marks too much.
            if (y_gap > 0) != (pos.y_offset > 0) {
                let correction = -(pos.y_offset / 2);
                base_extents.y_bearing = base_extents.y_bearing.saturating_add(correction);
                base_extents.height = base_extents.height.saturating_sub(correction);
                pos.y_offset = pos.y_offset.saturating_add(correction);
            }

            base_extents.y_bearing = base_extents.y_bearing.saturating_sub(mark_extents.height);
            base_extents.height = base_extents.height.saturating_add(mark_extents.height);
        }

        _ => {}
    }
}

fn position_around_base(ctx: &mut FallbackShapeContext, base: usize, end: usize) -> Option<()> {
    let mut horizontal_dir = Direction::Invalid;
    let units_per_em = ctx.units_per_em;
    ctx.buffer.unsafe_to_break(Some(base), Some(end));

    let base_info = *ctx.buffer.info.get(base)?;
    let base_pos = *ctx.buffer.pos.get(base)?;
    let base_glyph = base_info.as_glyph();

    let Some(mut base_extents) = ctx.font.glyph_extents(base_glyph) else {
        return zero_mark_advances(ctx.buffer, base + 1, end, ctx.adjust_offsets_when_zeroing);
    };

    base_extents.y_bearing = base_extents.y_bearing.saturating_add(base_pos.y_offset);
    base_extents.x_bearing = 0;

    // Use horizontal advance for horizontal positioning.
    // Generally a better idea. Also works for zero-ink glyphs. See:
    // https://github.com/harfbuzz/harfbuzz/issues/1532
    base_extents.width = ctx.font.glyph_h_advance(base_glyph);

    let lig_id = base_info.lig_id() as u32;
    let num_lig_components = base_info.lig_num_comps() as i32;

    let mut x_offset = 0;
    let mut y_offset = 0;
    if ctx.buffer.direction.is_forward() {
        x_offset = base_pos.x_advance.saturating_neg();
        y_offset = base_pos.y_advance.saturating_neg();
    }

    let mut last_lig_component: i32 = -1;
    let mut last_combining_class: u8 = 255;
    let mut component_extents = base_extents;
    let mut cluster_extents = base_extents;
    let direction = ctx.buffer.direction;
    let font = ctx.font;

    let infos = ctx.buffer.info.get(base + 1..end)?;
    let positions = ctx.buffer.pos.get_mut(base + 1..end)?;
    for (info, pos) in infos.iter().zip(positions) {
        if info.modified_combining_class() != 0 {
            if num_lig_components > 1 {
                let this_lig_id = info.lig_id() as u32;
                let mut this_lig_component = info.lig_comp() as i32 - 1;

                // Conditions for attaching to the last component.
                if lig_id == 0 || lig_id != this_lig_id || this_lig_component >= num_lig_components
                {
                    this_lig_component = num_lig_components - 1;
                }

                if last_lig_component != this_lig_component {
                    last_lig_component = this_lig_component;
                    last_combining_class = 255;
                    component_extents = base_extents;

                    if horizontal_dir == Direction::Invalid {
                        horizontal_dir = if ctx.plan.direction.is_horizontal() {
                            ctx.plan.direction
                        } else {
                            ctx.plan
                                .script
                                .and_then(Direction::from_script)
                                .unwrap_or(Direction::LeftToRight)
                        };
                    }

                    let component = if horizontal_dir == Direction::LeftToRight {
                        this_lig_component
                    } else {
                        num_lig_components - 1 - this_lig_component
                    };
                    component_extents.x_bearing = crate::clamp_i64_to_i32(
                        i64::from(component_extents.x_bearing)
                            + i64::from(component) * i64::from(component_extents.width)
                                / i64::from(num_lig_components),
                    );

                    component_extents.width /= num_lig_components;
                }
            }

            let this_combining_class = info.modified_combining_class();
            if last_combining_class != this_combining_class {
                last_combining_class = this_combining_class;
                cluster_extents = component_extents;
            }

            position_mark(
                units_per_em,
                ctx.scale,
                direction,
                font,
                info.as_glyph(),
                pos,
                &mut cluster_extents,
                this_combining_class,
            );

            pos.x_advance = 0;
            pos.y_advance = 0;
            pos.x_offset = pos.x_offset.saturating_add(x_offset);
            pos.y_offset = pos.y_offset.saturating_add(y_offset);
        } else {
            if direction.is_forward() {
                x_offset = x_offset.saturating_sub(pos.x_advance);
                y_offset = y_offset.saturating_sub(pos.y_advance);
            } else {
                x_offset = x_offset.saturating_add(pos.x_advance);
                y_offset = y_offset.saturating_add(pos.y_advance);
            }
        }
    }
    Some(())
}

fn position_cluster_impl(ctx: &mut FallbackShapeContext, start: usize, end: usize) -> Option<()> {
    // Find the base glyph
    let mut i = start;
    while i < end {
        if !ctx.buffer.info.get(i)?.is_unicode_mark() {
            // Find mark glyphs
            let marks = ctx
                .buffer
                .info
                .get(i + 1..end)?
                .iter()
                .take_while(|info| {
                    info.is_hidden() || info.is_default_ignorable() || info.is_unicode_mark()
                })
                .count();
            let j = i + 1 + marks;

            position_around_base(ctx, i, j)?;
            i = j - 1;
        }
        i += 1;
    }
    Some(())
}

#[inline(always)]
fn position_cluster(ctx: &mut FallbackShapeContext, start: usize, end: usize) -> Option<()> {
    if end - start < 2 {
        return Some(());
    }

    position_cluster_impl(ctx, start, end)
}

pub fn position_marks<'x>(
    plan: &ShapePlan,
    font: &'x ShaperFont<'_, '_>,
    buffer: &'x mut Buffer,
    adjust_offsets_when_zeroing: bool,
) -> Option<()> {
    if !buffer_message!(buffer, font, "start fallback mark") {
        return Some(());
    }
    let mut ctx = FallbackShapeContext {
        plan,
        units_per_em: font.layout().units_per_em,
        scale: font.scale,
        buffer,
        adjust_offsets_when_zeroing,
        font,
    };

    ctx.buffer.assert_gsubgpos_vars();

    let mut start = 0;
    let len = ctx.buffer.len;
    for i in 1..len {
        let info = ctx.buffer.info.get(i)?;
        if !info.is_unicode_mark() && !info.is_hidden() && !info.is_default_ignorable() {
            position_cluster(&mut ctx, start, i)?;
            start = i;
        }
    }

    position_cluster(&mut ctx, start, len)?;
    message!(ctx, "end fallback mark");
    Some(())
}

pub fn fallback_kern(_: &ShapePlan, _: &mut Buffer) {
    // STUB: this is deprecated in HarfBuzz
}

pub fn fallback_spaces(shaping_font: &ShaperFont<'_, '_>, buffer: &mut Buffer) {
    use crate::unicode::space_fallback as t;

    let layout = shaping_font.layout();
    let scale = shaping_font.scale;
    let font = shaping_font;
    let horizontal = buffer.direction.is_horizontal();
    let (infos, positions) = buffer.infos_and_positions_mut();
    for (info, pos) in infos.iter().zip(positions) {
        if info.is_unicode_space() && !info.ligated() {
            let space_type = info.unicode_space_fallback_type();
            match space_type {
                t::SPACE_EM
                | t::SPACE_EM_2
                | t::SPACE_EM_3
                | t::SPACE_EM_4
                | t::SPACE_EM_5
                | t::SPACE_EM_6
                | t::SPACE_EM_16 => {
                    let length =
                        (layout.units_per_em as i32 + (space_type as i32) / 2) / space_type as i32;
                    if horizontal {
                        pos.x_advance = scale.scale_x(length);
                    } else {
                        pos.y_advance = scale.scale_y(length).saturating_neg();
                    }
                }

                t::SPACE_4_EM_18 => {
                    let length = ((layout.units_per_em as i64) * 4 / 18) as i32;
                    if horizontal {
                        pos.x_advance = scale.scale_x(length);
                    } else {
                        pos.y_advance = scale.scale_y(length).saturating_neg();
                    }
                }

                t::SPACE_FIGURE => {
                    for u in '0'..='9' {
                        if let Some(glyph) = font.nominal_glyph(u as u32) {
                            if horizontal {
                                pos.x_advance = font.glyph_h_advance(glyph);
                            } else {
                                pos.y_advance = font.glyph_v_advance(glyph);
                            }
                            break;
                        }
                    }
                }

                t::SPACE_PUNCTUATION => {
                    let punct = font
                        .nominal_glyph('.' as u32)
                        .or_else(|| font.nominal_glyph(',' as u32));

                    if let Some(glyph) = punct {
                        if horizontal {
                            pos.x_advance = font.glyph_h_advance(glyph);
                        } else {
                            pos.y_advance = font.glyph_v_advance(glyph);
                        }
                    }
                }

                t::SPACE_NARROW => {
                    // Half-space?
                    // Unicode doc https://unicode.org/charts/PDF/U2000.pdf says ~1/4 or 1/5 of EM.
                    // However, in my testing, many fonts have their regular space being about that
                    // size. To me, a percentage of the space width makes more sense. Half is as
                    // good as any.
                    if horizontal {
                        pos.x_advance /= 2;
                    } else {
                        pos.y_advance /= 2;
                    }
                }

                _ => {}
            }
        }
    }
}
