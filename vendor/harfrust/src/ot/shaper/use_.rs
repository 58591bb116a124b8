use super::arabic::ArabicShapePlan;
use super::syllabic::*;
use super::*;
use crate::algs::*;
use crate::ot::layout::*;
use crate::ot::map::*;
use crate::plan::ShapePlan;
use crate::unicode::{CharExt, Codepoint};
use crate::ShaperFont;
use crate::{GlyphInfo, Mask, Script, Tag};
use alloc::boxed::Box;

pub const UNIVERSAL_SHAPER: OtShaper = OtShaper {
    collect_features: Some(collect_features),
    override_features: None,
    create_data: Some(|plan| Box::new(UniversalShapePlan::new(plan))),
    preprocess_text: Some(preprocess_text),
    postprocess_glyphs: None,
    normalization_preference: NormalizationMode::ComposedDiacriticsNoShortCircuit,
    decompose: None,
    compose: Some(compose),
    setup_masks: Some(setup_masks),
    gpos_tag: None,
    reorder_marks: None,
    zero_width_marks: ZeroWidthMarks::ByGdefEarly,
    fallback_position: false,
};

impl GlyphInfo {
    declare_buffer_var_alias!(
        OT_SHAPER_VAR_U8_CATEGORY_VAR,
        u8,
        USE_CATEGORY_VAR,
        use_category,
        set_use_category
    );

    fn is_halant_use(&self) -> bool {
        matches!(
            self.use_category(),
            category::H | category::HVM | category::IS
        ) && !self.ligated()
    }
}

pub type Category = u8;
#[allow(dead_code)]
pub mod category {
    pub const O: u8 = 0; // OTHER

    pub const B: u8 = 1; // BASE

    // pub const IND: u8     = 3;    // BASE_IND

    pub const N: u8 = 4; // BASE_NUM
    pub const GB: u8 = 5; // BASE_OTHER
    pub const CGJ: u8 = 6;

    // pub const CGJ: u8     = 6;    // CGJ
    // pub const F: u8       = 7;    // CONS_FINAL
    // pub const FM: u8 = 8;         // CONS_FINAL_MOD
    // pub const M: u8       = 9;    // CONS_MED
    // pub const CM: u8      = 10;   // CONS_MOD

    pub const SUB: u8 = 11; // CONS_SUB
    pub const H: u8 = 12; // HALANT

    pub const HN: u8 = 13; // HALANT_NUM
    pub const ZWNJ: u8 = 14; // Zero width non-joiner

    // pub const ZWJ: u8     = 15;   // Zero width joiner
    pub const WJ: u8 = 16; // Word joiner

    pub const RSV: u8 = 17; // Reserved characters
    pub const R: u8 = 18; // REPHA
    pub const S: u8 = 19; // SYM

    // pub const SM: u8      = 20;   // SYM_MOD
    // pub const VS: u8      = 21;   // VARIATION_SELECTOR
    // pub const V: u8       = 36;   // VOWEL
    // pub const VM: u8      = 40;   // VOWEL_MOD

    pub const CS: u8 = 43; // CONS_WITH_STACKER

    // https://github.com/harfbuzz/harfbuzz/issues/1102
    pub const IS: u8 = 44; // HALANT_OR_VOWEL_MODIFIER

    pub const Sk: u8 = 48; // SAKOT

    pub const FAbv: u8 = 24; // CONS_FINAL_ABOVE
    pub const FBlw: u8 = 25; // CONS_FINAL_BELOW
    pub const FPst: u8 = 26; // CONS_FINAL_POST
    pub const MAbv: u8 = 27; // CONS_MED_ABOVE
    pub const MBlw: u8 = 28; // CONS_MED_BELOW
    pub const MPst: u8 = 29; // CONS_MED_POST
    pub const MPre: u8 = 30; // CONS_MED_PRE
    pub const CMAbv: u8 = 31; // CONS_MOD_ABOVE
    pub const CMBlw: u8 = 32; // CONS_MOD_BELOW
    pub const VAbv: u8 = 33; // VOWEL_ABOVE / VOWEL_ABOVE_BELOW / VOWEL_ABOVE_BELOW_POST / VOWEL_ABOVE_POST
    pub const VBlw: u8 = 34; // VOWEL_BELOW / VOWEL_BELOW_POST
    pub const VPst: u8 = 35; // VOWEL_POST UIPC = Right
    pub const VPre: u8 = 22; // VOWEL_PRE / VOWEL_PRE_ABOVE / VOWEL_PRE_ABOVE_POST / VOWEL_PRE_POST
    pub const VMAbv: u8 = 37; // VOWEL_MOD_ABOVE
    pub const VMBlw: u8 = 38; // VOWEL_MOD_BELOW
    pub const VMPst: u8 = 39; // VOWEL_MOD_POST
    pub const VMPre: u8 = 23; // VOWEL_MOD_PRE
    pub const SMAbv: u8 = 41; // SYM_MOD_ABOVE
    pub const SMBlw: u8 = 42; // SYM_MOD_BELOW
    pub const FMAbv: u8 = 45; // CONS_FINAL_MOD UIPC = Top
    pub const FMBlw: u8 = 46; // CONS_FINAL_MOD UIPC = Bottom
    pub const FMPst: u8 = 47; // CONS_FINAL_MOD UIPC = Not_Applicable
    pub const G: u8 = 49; // HIEROGLYPH
    pub const J: u8 = 50; // HIEROGLYPH_JOINER
    pub const SB: u8 = 51; // HIEROGLYPH_SEGMENT_BEGIN
    pub const SE: u8 = 52; // HIEROGLYPH_SEGMENT_END
    pub const HVM: u8 = 53; // HIEROGLYPH_SEGMENT_END
    pub const HM: u8 = 54; // HIEROGLYPH_MOD
    pub const HR: u8 = 55; // HIEROGLYPH_MIRROR
    pub const RK: u8 = 56; // REORDERING_KILLER
}

// These features are applied all at once, before reordering,
// constrained to the syllable.
static BASIC_FEATURES: &[Tag] = &[
    Tag::new(b"rkrf"),
    Tag::new(b"abvf"),
    Tag::new(b"blwf"),
    Tag::new(b"half"),
    Tag::new(b"pstf"),
    Tag::new(b"vatu"),
    Tag::new(b"cjct"),
];

static TOPOGRAPHICAL_FEATURES: &[Tag] = &[
    Tag::new(b"isol"),
    Tag::new(b"init"),
    Tag::new(b"medi"),
    Tag::new(b"fina"),
];

// Same order as use_topographical_features.
#[derive(Clone, Copy, PartialEq)]
enum JoiningForm {
    Isolated = 0,
    Initial,
    Medial,
    Terminal,
}

// These features are applied all at once, after reordering and clearing syllables.
static OTHER_FEATURES: &[Tag] = &[
    Tag::new(b"abvs"),
    Tag::new(b"blws"),
    Tag::new(b"haln"),
    Tag::new(b"pres"),
    Tag::new(b"psts"),
];

struct UniversalShapePlan {
    rphf_mask: Mask,
    arabic_plan: Option<ArabicShapePlan>,
}

impl UniversalShapePlan {
    fn new(plan: &ShapePlan) -> UniversalShapePlan {
        let mut arabic_plan = None;

        if plan.script.is_some_and(has_arabic_joining) {
            arabic_plan = Some(arabic::data_create_arabic(plan));
        }

        UniversalShapePlan {
            rphf_mask: plan.ot_map.get_1_mask(Tag::new(b"rphf")),
            arabic_plan,
        }
    }
}

fn collect_features(planner: &mut ShapePlanner) {
    // Do this before any lookups have been applied.
    planner.ot_map.add_gsub_pause(Some(setup_syllables));

    // Default glyph pre-processing group
    planner
        .ot_map
        .enable_feature(Tag::new(b"locl"), F_PER_SYLLABLE, 1);
    planner
        .ot_map
        .enable_feature(Tag::new(b"ccmp"), F_PER_SYLLABLE, 1);
    planner
        .ot_map
        .enable_feature(Tag::new(b"nukt"), F_PER_SYLLABLE, 1);
    planner
        .ot_map
        .enable_feature(Tag::new(b"akhn"), F_MANUAL_ZWJ | F_PER_SYLLABLE, 1);

    // Reordering group
    planner
        .ot_map
        .add_gsub_pause(Some(clear_substitution_flags));
    planner
        .ot_map
        .add_feature(Tag::new(b"rphf"), F_MANUAL_ZWJ | F_PER_SYLLABLE, 1);
    planner.ot_map.add_gsub_pause(Some(record_rphf));
    planner
        .ot_map
        .add_gsub_pause(Some(clear_substitution_flags));
    planner
        .ot_map
        .enable_feature(Tag::new(b"pref"), F_MANUAL_ZWJ | F_PER_SYLLABLE, 1);
    planner.ot_map.add_gsub_pause(Some(record_pref));

    // Orthographic unit shaping group
    for feature in BASIC_FEATURES {
        planner
            .ot_map
            .enable_feature(*feature, F_MANUAL_ZWJ | F_PER_SYLLABLE, 1);
    }

    planner.ot_map.add_gsub_pause(Some(reorder_use));
    planner.ot_map.add_gsub_pause(Some(syllabic_clear_var)); // Don't need syllables anymore.

    // Topographical features
    for feature in TOPOGRAPHICAL_FEATURES {
        planner.ot_map.add_feature(*feature, F_NONE, 1);
    }
    planner.ot_map.add_gsub_pause(None);

    // Standard typographic presentation
    for feature in OTHER_FEATURES {
        planner.ot_map.enable_feature(*feature, F_MANUAL_ZWJ, 1);
    }
}

fn setup_syllables(plan: &ShapePlan, _: &ShaperFont<'_, '_>, buffer: &mut Buffer) -> Option<bool> {
    buffer.allocate_var(GlyphInfo::SYLLABLE_VAR);

    use_machine::find_syllables(buffer);

    foreach_syllable!(buffer, start, end, {
        buffer.unsafe_to_break(Some(start), Some(end));
    });

    if setup_rphf_mask(plan, buffer).is_none() {
        buffer.index_failed();
    }
    if setup_topographical_masks(plan, buffer).is_none() {
        buffer.index_failed();
    }

    Some(false)
}

fn setup_rphf_mask(plan: &ShapePlan, buffer: &mut Buffer) -> Option<()> {
    let universal_plan = plan.data::<UniversalShapePlan>();

    let mask = universal_plan.rphf_mask;
    if mask == 0 {
        return Some(());
    }

    let mut start = 0;
    let mut end = buffer.next_syllable(0);
    while start < buffer.len {
        let limit = if buffer.info.get(start)?.use_category() == category::R {
            1
        } else {
            core::cmp::min(3, end - start)
        };

        for info in buffer.info.get_mut(start..start + limit)? {
            info.mask |= mask;
        }

        start = end;
        end = buffer.next_syllable(start);
    }

    Some(())
}

fn setup_topographical_masks(plan: &ShapePlan, buffer: &mut Buffer) -> Option<()> {
    use super::use_machine::SyllableType;

    if plan.data::<UniversalShapePlan>().arabic_plan.is_some() {
        return Some(());
    }

    let mut masks = [0; 4];
    let mut all_masks = 0;
    for i in 0..4 {
        masks[i] = plan.ot_map.get_1_mask(TOPOGRAPHICAL_FEATURES[i]);
        if masks[i] == plan.ot_map.get_global_mask() {
            masks[i] = 0;
        }

        all_masks |= masks[i];
    }

    if all_masks == 0 {
        return Some(());
    }

    let other_masks = !all_masks;

    let mut last_start = 0;
    let mut last_form = None;
    let mut start = 0;
    let mut end = buffer.next_syllable(0);
    while start < buffer.len {
        let syllable = buffer.info.get(start)?.syllable() & 0x0F;
        if syllable == SyllableType::HieroglyphCluster as u8
            || syllable == SyllableType::NonCluster as u8
        {
            last_form = None;
        } else {
            let join = last_form == Some(JoiningForm::Terminal)
                || last_form == Some(JoiningForm::Isolated);

            if join {
                // Fixup previous syllable's form.
                let form = if last_form == Some(JoiningForm::Terminal) {
                    JoiningForm::Medial
                } else {
                    JoiningForm::Initial
                };

                for info in buffer.info.get_mut(last_start..start)? {
                    info.mask = (info.mask & other_masks) | masks[form as usize];
                }
            }

            // Form for this syllable.
            let form = if join {
                JoiningForm::Terminal
            } else {
                JoiningForm::Isolated
            };
            last_form = Some(form);
            for info in buffer.info.get_mut(start..end)? {
                info.mask = (info.mask & other_masks) | masks[form as usize];
            }
        }

        last_start = start;
        start = end;
        end = buffer.next_syllable(start);
    }
    Some(())
}

fn record_rphf(plan: &ShapePlan, _: &ShaperFont<'_, '_>, buffer: &mut Buffer) -> Option<bool> {
    let universal_plan = plan.data::<UniversalShapePlan>();

    let mask = universal_plan.rphf_mask;
    if mask == 0 {
        return Some(false);
    }

    let mut start = 0;
    let mut end = buffer.next_syllable(0);
    while start < buffer.len {
        // Mark a substituted repha as USE_R.
        for info in buffer.info.get_mut(start..end).unwrap_or_default() {
            if info.mask & mask == 0 {
                break;
            }

            if info.substituted() {
                info.set_use_category(category::R);
                break;
            }
        }

        start = end;
        end = buffer.next_syllable(start);
    }

    Some(false)
}

fn reorder_use(_: &ShapePlan, font: &ShaperFont<'_, '_>, buffer: &mut Buffer) -> Option<bool> {
    use super::use_machine::SyllableType;

    let mut ret = false;
    if !buffer_message!(buffer, font, "start reordering USE") {
        buffer.deallocate_var(GlyphInfo::USE_CATEGORY_VAR);
        return Some(ret);
    }

    if insert_dotted_circles(
        font,
        buffer,
        SyllableType::BrokenCluster as u8,
        category::B,
        Some(category::R),
        None,
    )? {
        ret = true;
    }

    let mut start = 0;
    let mut end = buffer.next_syllable(0);
    while start < buffer.len {
        if reorder_syllable_use(start, end, buffer).is_none() {
            buffer.index_failed();
        }
        start = end;
        end = buffer.next_syllable(start);
    }

    buffer.deallocate_var(GlyphInfo::USE_CATEGORY_VAR);

    buffer_message!(buffer, font, "end reordering USE");
    Some(ret)
}

const fn category_flag(c: Category) -> u32 {
    rb_flag(c as u32)
}

const fn category_flag64(c: Category) -> u64 {
    rb_flag64(c as u32)
}

const POST_BASE_FLAGS: u64 = category_flag64(category::FAbv)
    | category_flag64(category::FBlw)
    | category_flag64(category::FPst)
    | category_flag64(category::FMAbv)
    | category_flag64(category::FMBlw)
    | category_flag64(category::FMPst)
    | category_flag64(category::MAbv)
    | category_flag64(category::MBlw)
    | category_flag64(category::MPst)
    | category_flag64(category::MPre)
    | category_flag64(category::VAbv)
    | category_flag64(category::VBlw)
    | category_flag64(category::VPst)
    | category_flag64(category::VPre)
    | category_flag64(category::VMAbv)
    | category_flag64(category::VMBlw)
    | category_flag64(category::VMPst)
    | category_flag64(category::VMPre);

fn reorder_syllable_use(start: usize, end: usize, buffer: &mut Buffer) -> Option<()> {
    use super::use_machine::SyllableType;

    let syllable_type = (buffer.info.get(start)?.syllable() & 0x0F) as u32;
    // Only a few syllable types need reordering.
    if (rb_flag_unsafe(syllable_type)
        & (rb_flag(SyllableType::ViramaTerminatedCluster as u32)
            | rb_flag(SyllableType::SakotTerminatedCluster as u32)
            | rb_flag(SyllableType::StandardCluster as u32)
            | rb_flag(SyllableType::SymbolCluster as u32)
            | rb_flag(SyllableType::BrokenCluster as u32)
            | 0))
        == 0
    {
        return Some(());
    }

    // Move things forward.
    if buffer.info.get(start)?.use_category() == category::R && end - start > 1 {
        // Got a repha.  Reorder it towards the end, but before the first post-base glyph.
        for i in start + 1..end {
            let info = buffer.info.get(i)?;
            let is_post_base_glyph =
                (rb_flag64_unsafe(info.use_category() as u32) & POST_BASE_FLAGS) != 0
                    || info.is_halant_use();

            if is_post_base_glyph || i == end - 1 {
                // If we hit a post-base glyph, move before it; otherwise move to the
                // end. Shift things in between backward.

                let mut i = i;
                if is_post_base_glyph {
                    i -= 1;
                }

                buffer.merge_clusters(start, i + 1);
                buffer.info.get_mut(start..=i)?.rotate_left(1);

                break;
            }
        }
    }

    // Move things back.
    let mut j = start;
    for i in start..end {
        let info = buffer.info.get(i)?;
        let flag = rb_flag_unsafe(info.use_category() as u32);
        if info.is_halant_use() {
            // If we hit a halant, move after it; otherwise move to the beginning, and
            // shift things in between forward.
            j = i + 1;
        } else if (flag & (category_flag(category::VPre) | category_flag(category::VMPre))) != 0
            && info.lig_comp() == 0
            && j < i
        {
            // Only move the first component of a MultipleSubst.
            buffer.merge_clusters(j, i + 1);
            buffer.info.get_mut(j..=i)?.rotate_right(1);
        }
    }
    Some(())
}

fn record_pref(_: &ShapePlan, _: &ShaperFont<'_, '_>, buffer: &mut Buffer) -> Option<bool> {
    let mut start = 0;
    let mut end = buffer.next_syllable(0);
    while start < buffer.len {
        // Mark a substituted pref as VPre, as they behave the same way.
        for info in buffer.info.get_mut(start..end).unwrap_or_default() {
            if info.substituted() {
                info.set_use_category(category::VPre);
                break;
            }
        }

        start = end;
        end = buffer.next_syllable(start);
    }

    Some(false)
}

fn has_arabic_joining(script: Script) -> bool {
    // List of scripts that have data in arabic-table.
    matches!(
        script,
        Script::ADLAM
            | Script::ARABIC
            | Script::CHORASMIAN
            | Script::HANIFI_ROHINGYA
            | Script::MANDAIC
            | Script::MANICHAEAN
            | Script::MONGOLIAN
            | Script::NKO
            | Script::OLD_UYGHUR
            | Script::PHAGS_PA
            | Script::PSALTER_PAHLAVI
            | Script::SOGDIAN
            | Script::SYRIAC
    )
}

fn preprocess_text(_: &ShapePlan, _: &ShaperFont<'_, '_>, buffer: &mut Buffer) -> Option<()> {
    vowel_constraints::preprocess_text_vowel_constraints(buffer);
    Some(())
}

fn compose(_: &NormalizeContext, a: Codepoint, b: Codepoint) -> Option<Codepoint> {
    // Avoid recomposing split matras.
    if a.general_category().is_mark() {
        return None;
    }
    unicode::compose(a, b)
}

fn setup_masks(plan: &ShapePlan, _: &ShaperFont<'_, '_>, buffer: &mut Buffer) {
    let universal_plan = plan.data::<UniversalShapePlan>();

    // Do this before allocating use_category().
    if let Some(ref arabic_plan) = universal_plan.arabic_plan {
        arabic::setup_masks_inner(arabic_plan, plan.script, buffer);
    }

    buffer.allocate_var(GlyphInfo::USE_CATEGORY_VAR);

    // We cannot setup masks here. We save information about characters
    // and setup masks later on in a pause-callback.
    for info in buffer.info_slice_mut() {
        info.set_use_category(use_table::use_get_category(info.glyph_id as usize));
    }
}

#[cfg(test)]
mod tests {
    use super::super::use_machine::{find_syllables, SyllableType};
    use super::*;

    #[test]
    fn symbol_clusters_reorder_prebase_marks() {
        for base in [category::O, category::GB, category::SB] {
            for mark in [category::VPre, category::VMPre] {
                let mut buffer = Buffer::new();
                buffer.push(0x111CD, 0);
                buffer.push(0x111CE, 4);
                buffer.info[0].set_use_category(base);
                buffer.info[1].set_use_category(mark);
                find_syllables(&mut buffer);
                assert_eq!(
                    buffer.info[0].syllable() & 0x0F,
                    if base == category::GB {
                        SyllableType::StandardCluster
                    } else {
                        SyllableType::SymbolCluster
                    } as u8
                );
                reorder_syllable_use(0, 2, &mut buffer);
                assert_eq!(buffer.info[0].glyph_id, 0x111CE);
                assert_eq!(buffer.info[1].glyph_id, 0x111CD);
                assert_eq!(buffer.info[0].cluster, 0);
                assert_eq!(buffer.info[1].cluster, 0);
            }
        }
    }
}
