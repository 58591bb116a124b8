use super::layout::DELETED_GLYPH;
use crate::aat::common::{
    get_class, set_digest, AatApplyContext, ClassCache, SafeToBreakAccel, SafeToBreakSubtable,
    TypedCollectGlyphs, START_OF_TEXT,
};
use crate::aat::kern::apply_pair_kerning;
use crate::set_digest::SetDigest;
use crate::U32Set;
use crate::{
    buffer::*,
    ot::apply::{ApplyContext, SkippingIterator},
    ot::gpos::attach_type,
    ot::layout::LayoutTableKind,
    ot::lookup_flags,
};
use alloc::boxed::Box;
use core::convert::TryFrom;
use read_fonts::{
    tables::{
        aat,
        ankr::Ankr,
        kerx::{
            Subtable, Subtable0, Subtable1, Subtable2, Subtable4, Subtable4Actions, Subtable6,
            SubtableKind,
        },
    },
    types::{BigEndian, FixedSize, GlyphId},
    FontData,
};

// Only tracing messages read the subtable index.
#[cfg_attr(not(feature = "tracing"), allow(clippy::unused_enumerate_index))]
pub(crate) fn apply(c: &mut AatApplyContext) -> Option<()> {
    c.buffer.unsafe_to_concat(None, None);

    c.setup_buffer_glyph_set();

    let cache = c.layout.aat.kerx_cache()?;
    let subtable_caches = &cache.subtables;
    c.setup_buffer_digest(subtable_caches.len());
    let safe_to_break = &cache.safe_to_break;

    let mut seen_cross_stream = false;
    for (_index, subtable_cache) in subtable_caches.iter().enumerate() {
        let subtable = &subtable_cache.subtable;
        #[cfg(feature = "tracing")]
        let message_index = _index;

        if c.buffer.direction.is_horizontal() != subtable.is_horizontal() {
            continue;
        }

        c.first_set = Some(&subtable_cache.first_set);
        c.first_digest = subtable_cache.first_digest.clone();
        c.second_set = Some(&subtable_cache.second_set);
        c.machine_class_cache = Some(&subtable_cache.class_cache);
        c.start_end_safe_to_break = subtable_cache.start_end_safe_to_break;
        c.safe_to_break = safe_to_break.subtable(subtable_cache.safe_to_break)?;

        if !c.buffer_intersects_machine() {
            message!(
                c,
                "skipped subtable {} because no glyph matches",
                message_index
            );
            continue;
        }

        let reverse = c.buffer.direction.is_backward();

        message_continue!(c, "start subtable {}", message_index);

        if !seen_cross_stream && subtable.is_cross_stream() {
            seen_cross_stream = true;

            // Attach all glyphs into a chain.
            for pos in &mut c.buffer.pos {
                pos.set_attach_type(attach_type::CURSIVE);
                pos.set_attach_chain(if c.buffer.direction.is_forward() {
                    -1
                } else {
                    1
                });
                // We intentionally don't set BufferScratchFlags::HAS_GPOS_ATTACHMENT,
                // since there needs to be a non-zero attachment for post-positioning to
                // be needed.
            }
        }

        let Some(kind) = &subtable_cache.kind else {
            continue;
        };

        if reverse != c.buffer_is_reversed {
            c.reverse_buffer();
        }

        match kind {
            SubtableKind::Format0(format0) => {
                if c.plan.requested_kerning {
                    apply_simple_kerning(c, subtable, format0);
                }
            }
            SubtableKind::Format1(format1) => {
                let mut driver = Driver1 {
                    stack: [0; 8],
                    depth: 0,
                };
                if apply_state_machine_kerning(
                    c,
                    subtable,
                    format1,
                    &format1.state_table,
                    &mut driver,
                )
                .is_none()
                {
                    c.buffer.index_failed();
                }
            }
            SubtableKind::Format2(format2) => {
                if c.plan.requested_kerning {
                    apply_simple_kerning(c, subtable, format2);
                }
            }
            SubtableKind::Format4(format4) => {
                let mut driver = Driver4 {
                    mark_set: false,
                    mark: 0,
                    ankr_table: c.layout.aat.ankr.clone(),
                };
                if apply_state_machine_kerning(
                    c,
                    subtable,
                    format4,
                    &format4.state_table,
                    &mut driver,
                )
                .is_none()
                {
                    c.buffer.index_failed();
                }
            }
            SubtableKind::Format6(format6) => {
                if c.plan.requested_kerning {
                    apply_simple_kerning(c, subtable, format6);
                }
            }
        }
        message!(c, "end subtable {}", message_index);
    }

    if c.buffer_is_reversed {
        c.reverse_buffer();
    }

    Some(())
}

pub trait SimpleKerning {
    fn simple_kerning(&self, left: GlyphId, right: GlyphId) -> Option<i32>;
    fn resolve_tuple_kerning(&self, value: i32, _tuple_count: u32) -> Option<i32> {
        Some(value)
    }
    fn collect_glyphs(&self, _first_set: &mut U32Set, _second_set: &mut U32Set, _num_glyphs: u32);
}

// HarfBuzz supports kerx tuple kerning "without the variation part": values
// are offsets to an array of tupleCount FWORDs, of which it applies the first.
fn resolve_tuple_kerning(value: i32, tuple_count: u32, data: FontData<'_>) -> Option<i32> {
    if tuple_count == 0 {
        return Some(value);
    }

    let offset = usize::try_from(value).ok()?;
    data.read_at::<i16>(offset).ok().map(i32::from)
}

impl SimpleKerning for Subtable0<'_> {
    fn simple_kerning(&self, left: GlyphId, right: GlyphId) -> Option<i32> {
        self.kerning(left, right)
    }
    fn resolve_tuple_kerning(&self, value: i32, tuple_count: u32) -> Option<i32> {
        resolve_tuple_kerning(value, tuple_count, self.offset_data())
    }
    fn collect_glyphs(&self, first_set: &mut U32Set, second_set: &mut U32Set, _num_glyphs: u32) {
        for &pair in self.pairs() {
            first_set.insert(pair.left.get().to_u32());
            second_set.insert(pair.right.get().to_u32());
        }
    }
}

impl SimpleKerning for Subtable2<'_> {
    fn simple_kerning(&self, left: GlyphId, right: GlyphId) -> Option<i32> {
        self.kerning(left, right)
    }
    fn resolve_tuple_kerning(&self, value: i32, tuple_count: u32) -> Option<i32> {
        resolve_tuple_kerning(value, tuple_count, self.data)
    }
    fn collect_glyphs(&self, first_set: &mut U32Set, second_set: &mut U32Set, num_glyphs: u32) {
        let left_classes = &self.left_offset_table;
        let right_classes = &self.right_offset_table;

        left_classes.collect_glyphs(first_set, num_glyphs);
        right_classes.collect_glyphs(second_set, num_glyphs);
    }
}

impl SimpleKerning for Subtable6<'_> {
    fn simple_kerning(&self, left: GlyphId, right: GlyphId) -> Option<i32> {
        self.kerning(left, right)
    }
    fn collect_glyphs(&self, first_set: &mut U32Set, second_set: &mut U32Set, num_glyphs: u32) {
        match &self {
            Self::ShortValues(rows, columns, ..) => {
                rows.collect_glyphs(first_set, num_glyphs);
                columns.collect_glyphs(second_set, num_glyphs);
            }
            Self::LongValues(rows, columns, ..) => {
                rows.collect_glyphs(first_set, num_glyphs);
                columns.collect_glyphs(second_set, num_glyphs);
            }
        }
    }
}

fn apply_simple_kerning<T: SimpleKerning>(c: &mut AatApplyContext, subtable: &Subtable, kind: &T) {
    message_return!(c, "start kern");
    let scale = c.scale;
    let mut ctx = ApplyContext::new(
        LayoutTableKind::Gpos,
        c.layout,
        c.scale,
        c.buffer,
        #[cfg(feature = "tracing")]
        c.font,
    );
    ctx.set_lookup_mask(c.plan.kern_mask);
    ctx.lookup_props = u32::from(lookup_flags::IGNORE_MARKS);
    ctx.update_matchers();

    let horizontal = ctx.buffer.direction.is_horizontal();
    let cross_stream = subtable.is_cross_stream();
    let use_x_scale = horizontal ^ cross_stream;

    let first_set = c.first_set.as_ref().unwrap();
    let second_set = c.second_set.as_ref().unwrap();

    let mut i = 0;
    let mut iter = SkippingIterator::new(&mut ctx, false);
    while i < iter.buffer.len {
        if iter
            .buffer
            .info
            .get(i)
            .is_none_or(|info| info.mask & c.plan.kern_mask == 0)
        {
            i += 1;
            continue;
        }

        iter.reset_fast(i);

        let mut unsafe_to = 0;
        if !iter.next(Some(&mut unsafe_to)) {
            iter.buffer.unsafe_to_concat(Some(i), Some(unsafe_to));
            i += 1;
            continue;
        }

        let j = iter.index();

        let info = &iter.buffer.info;
        let (Some(first), Some(second)) = (info.get(i), info.get(j)) else {
            i = j;
            continue;
        };
        let a = first.as_glyph();
        let b = second.as_glyph();
        let kern = if !first_set.contains(a.to_u32()) || !second_set.contains(b.to_u32()) {
            0
        } else {
            kind.simple_kerning(a, b)
                .and_then(|value| kind.resolve_tuple_kerning(value, subtable.tuple_count()))
                .unwrap_or(0)
        };
        let kern = if use_x_scale {
            scale.scale_x(kern)
        } else {
            scale.scale_y(kern)
        };

        let pos = &mut iter.buffer.pos;
        if kern != 0 {
            apply_pair_kerning(pos, i, j, kern, horizontal, cross_stream);
            if cross_stream {
                iter.buffer.scratch_flags |= HB_BUFFER_SCRATCH_FLAG_HAS_GPOS_ATTACHMENT;
            }

            iter.buffer.unsafe_to_break(Some(i), Some(j + 1));
        }

        i = j;
    }
    message!(ctx, "end kern");
}

pub(crate) trait KerxStateEntryExt {
    fn flags(&self) -> u16;
    fn action_index(&self) -> u16;

    fn is_action_initiable(&self) -> bool {
        self.flags() & 0x8000 != 0
    }

    fn is_actionable(&self) -> bool {
        self.action_index() != 0xFFFF
    }

    fn has_advance(&self) -> bool {
        self.flags() & 0x4000 == 0
    }

    fn has_reset(&self) -> bool {
        self.flags() & 0x2000 != 0
    }

    fn has_push(&self) -> bool {
        self.flags() & 0x8000 != 0
    }

    fn has_mark(&self) -> bool {
        self.flags() & 0x8000 != 0
    }
}

impl KerxStateEntryExt for aat::StateEntry<BigEndian<u16>> {
    fn flags(&self) -> u16 {
        self.flags
    }

    fn action_index(&self) -> u16 {
        self.payload.get()
    }
}

fn collect_initial_glyphs<T>(
    machine: &aat::ExtendedStateTable<T>,
    glyphs: &mut U32Set,
    num_glyphs: u32,
) where
    T: FixedSize + bytemuck::AnyBitPattern,
    aat::StateEntry<T>: KerxStateEntryExt,
{
    let mut classes = U32Set::default();

    let class_table = &machine.class_table;
    for i in 0..machine.n_classes {
        if let Ok(entry) = machine.entry(START_OF_TEXT, i as u16) {
            if entry.new_state == START_OF_TEXT
                && !entry.is_action_initiable()
                && !entry.is_actionable()
            {
                continue;
            }
            classes.insert(i as u32);
        }
    }

    // And glyphs in those classes.

    let filter = crate::aat::common::class_set_filter(&classes);

    if filter(aat::class::DELETED_GLYPH as u16) {
        glyphs.insert(DELETED_GLYPH);
    }

    class_table.collect_glyphs_filtered(glyphs, num_glyphs, filter);
}

fn collect_start_end_safe_to_break<T>(machine: &aat::ExtendedStateTable<T>) -> u64
where
    T: FixedSize + bytemuck::AnyBitPattern,
    aat::StateEntry<T>: KerxStateEntryExt,
{
    let mut result = 0u64;
    for state in 0..64 {
        let bit = if let Ok(entry) = machine.entry(state, aat::class::END_OF_TEXT as u16) {
            !entry.is_actionable()
        } else {
            true
        };
        if bit {
            result |= 1 << state;
        }
    }
    result
}

fn apply_state_machine_kerning<T, E, Driver: StateTableDriver<T, E>>(
    c: &mut AatApplyContext,
    subtable: &Subtable,
    kind: &T,
    state_table: &aat::ExtendedStateTable<E>,
    driver: &mut Driver,
) -> Option<()>
where
    E: FixedSize + bytemuck::AnyBitPattern,
    aat::StateEntry<E>: KerxStateEntryExt,
{
    let mut state = START_OF_TEXT;
    // Condition 3 below, precomputed for the start-of-text state: no
    // end-of-text action can fire if we stop while in the start state.
    let start_state_safe_to_break_eot = (c.start_end_safe_to_break & (1 << START_OF_TEXT)) != 0;
    c.buffer.idx = 0;
    'drive: loop {
        let class = if c.buffer.idx < c.buffer.len {
            get_class(
                state_table,
                c.buffer.cur(0)?.as_glyph(),
                c.machine_class_cache.unwrap(),
            )
        } else {
            u16::from(aat::class::END_OF_TEXT)
        };

        let Ok(entry) = state_table.entry(state, class) else {
            break;
        };

        let next_state = entry.new_state;

        // Fast path for when transitioning from start-state to start-state with
        // no action and advancing. Do so as long as the class remains the same.
        // This is common with runs of non-actionable glyphs.
        if state == START_OF_TEXT
            && next_state == START_OF_TEXT
            && start_state_safe_to_break_eot
            && !entry.is_actionable()
            && entry.has_advance()
        {
            let old_class = class;
            loop {
                let _ = driver.transition(
                    kind,
                    &entry,
                    subtable.is_cross_stream(),
                    subtable.tuple_count(),
                    c,
                );
                if c.buffer.idx >= c.buffer.len {
                    break 'drive;
                }
                c.buffer.next_glyph();
                c.buffer.max_ops -= 1;

                let new_class = if c.buffer.idx < c.buffer.len {
                    get_class(
                        state_table,
                        c.buffer.cur(0)?.as_glyph(),
                        c.machine_class_cache.unwrap(),
                    )
                } else {
                    u16::from(aat::class::END_OF_TEXT)
                };
                if new_class != old_class {
                    break;
                }
            }
            if c.buffer.idx >= c.buffer.len {
                break 'drive;
            }
            continue 'drive;
        }

        // Conditions under which it's guaranteed safe-to-break before current glyph:
        //
        // 1. There was no action in this transition; and
        //
        // 2. If we break before current glyph, the results will be the same. That
        //    is guaranteed if:
        //
        //    2a. We were already in start-of-text state; or
        //
        //    2b. We are epsilon-transitioning to start-of-text state; or
        //
        //    2c. Starting from start-of-text state seeing current glyph:
        //
        //        2c'. There won't be any actions; and
        //
        //        2c". We would end up in the same state that we were going to end up
        //             in now, including whether epsilon-transitioning.
        //
        //    and
        //
        // 3. If we break before current glyph, there won't be any end-of-text action
        //    after previous glyph.
        //
        // This triples the transitions we need to look up, but is worth returning
        // granular unsafe-to-break results. See eg.:
        //
        //   https://github.com/harfbuzz/harfbuzz/issues/2860

        let is_safe_to_break =
            // 1
            !entry.is_actionable() &&

            // 2
            (
                state == START_OF_TEXT
                || (!entry.has_advance() && next_state == START_OF_TEXT)
                // 2c, 2c', 2c"
                || c.safe_to_break.wouldbe_matches(class, next_state, entry.has_advance())
            ) &&

            // 3
            (
                if state < 64 {
                    (c.start_end_safe_to_break & (1 << state)) != 0
                } else {
                    c.safe_to_break.eot_safe_high(state)
                }
            )
        ;

        if !is_safe_to_break && c.buffer.backtrack_len() > 0 && c.buffer.idx < c.buffer.len {
            c.buffer.unsafe_to_break_from_outbuffer(
                Some(c.buffer.backtrack_len() - 1),
                Some(c.buffer.idx + 1),
            );
        }

        let _ = driver.transition(
            kind,
            &entry,
            subtable.is_cross_stream(),
            subtable.tuple_count(),
            c,
        );

        state = next_state;

        if c.buffer.idx >= c.buffer.len {
            break;
        }

        if entry.has_advance() || c.buffer.max_ops <= 0 {
            c.buffer.next_glyph();
        }
        c.buffer.max_ops -= 1;
    }
    Some(())
}

trait StateTableDriver<T, E> {
    fn transition(
        &mut self,
        aat: &T,
        entry: &aat::StateEntry<E>,
        has_cross_stream: bool,
        tuple_count: u32,
        c: &mut AatApplyContext,
    ) -> Option<()>;
}

struct Driver1 {
    stack: [usize; 8],
    depth: usize,
}

impl StateTableDriver<Subtable1<'_>, BigEndian<u16>> for Driver1 {
    #[inline(always)]
    fn transition(
        &mut self,
        aat: &Subtable1,
        entry: &aat::StateEntry<BigEndian<u16>>,
        has_cross_stream: bool,
        tuple_count: u32,
        c: &mut AatApplyContext,
    ) -> Option<()> {
        if entry.has_reset() {
            self.depth = 0;
        }

        if entry.has_push() {
            if self.depth < self.stack.len() {
                self.stack[self.depth] = c.buffer.idx;
                self.depth += 1;
            } else {
                self.depth = 0; // Probably not what CoreText does, but better?
            }
        }

        if entry.is_actionable() && self.depth != 0 {
            let tuple_count = u16::try_from(tuple_count.max(1)).ok()?;

            let mut action_index = entry.action_index();

            // From Apple 'kern' spec:
            // "Each pops one glyph from the kerning stack and applies the kerning value to it.
            // The end of the list is marked by an odd value...
            let mut last = false;
            let use_x_scale = c.buffer.direction.is_horizontal() ^ has_cross_stream;
            while !last && self.depth != 0 {
                self.depth -= 1;
                let idx = self.stack[self.depth];
                let mut v = aat.values.get(action_index as usize)?.get() as i32;
                action_index = action_index.checked_add(tuple_count)?;
                if idx >= c.buffer.len {
                    continue;
                }

                // "The end of the list is marked by an odd value..."
                last = v & 1 != 0;
                v &= !1;
                let scaled_v = if use_x_scale {
                    c.scale_x(v)
                } else {
                    c.scale_y(v)
                };
                // Testing shows that CoreText only applies kern (cross-stream or not)
                // if none has been applied by previous subtables. That is, it does
                // NOT seem to accumulate as otherwise implied by specs.

                let mut has_gpos_attachment = false;
                let (Some(info), Some(pos)) = (c.buffer.info.get(idx), c.buffer.pos.get_mut(idx))
                else {
                    continue;
                };
                let glyph_mask = info.mask;

                if c.buffer.direction.is_horizontal() {
                    if has_cross_stream {
                        // The following flag is undocumented in the spec, but described
                        // in the 'kern' table example.
                        if v == -0x8000 {
                            pos.set_attach_type(0);
                            pos.set_attach_chain(0);
                            pos.y_offset = 0;
                        } else if pos.attach_type() != 0 {
                            pos.y_offset = pos.y_offset.saturating_add(scaled_v);
                            has_gpos_attachment = true;
                        }
                    } else if glyph_mask & c.plan.kern_mask != 0 {
                        pos.x_advance = pos.x_advance.saturating_add(scaled_v);
                        pos.x_offset = pos.x_offset.saturating_add(scaled_v);
                    }
                } else {
                    if has_cross_stream {
                        // CoreText doesn't do crossStream kerning in vertical. We do.
                        if v == -0x8000 {
                            pos.set_attach_type(0);
                            pos.set_attach_chain(0);
                            pos.x_offset = 0;
                        } else if pos.attach_type() != 0 {
                            pos.x_offset = pos.x_offset.saturating_add(scaled_v);
                            has_gpos_attachment = true;
                        }
                    } else if glyph_mask & c.plan.kern_mask != 0 {
                        if pos.y_offset == 0 {
                            pos.y_advance = pos.y_advance.saturating_add(scaled_v);
                            pos.y_offset = pos.y_offset.saturating_add(scaled_v);
                        }
                    }
                }

                if has_gpos_attachment {
                    c.buffer.scratch_flags |= HB_BUFFER_SCRATCH_FLAG_HAS_GPOS_ATTACHMENT;
                }
            }
        }

        Some(())
    }
}
struct Driver4<'a> {
    mark_set: bool,
    mark: usize,
    ankr_table: Option<Ankr<'a>>,
}

impl StateTableDriver<Subtable4<'_>, BigEndian<u16>> for Driver4<'_> {
    #[inline(always)]
    fn transition(
        &mut self,
        aat: &Subtable4,
        entry: &aat::StateEntry<BigEndian<u16>>,
        _has_cross_stream: bool,
        _tuple_count: u32,
        c: &mut AatApplyContext,
    ) -> Option<()> {
        if self.mark_set && entry.is_actionable() && c.buffer.idx < c.buffer.len {
            match (self.ankr_table.as_ref(), &aat.actions) {
                (Some(ankr_table), Subtable4Actions::AnchorPoints(ankr_data)) => {
                    let action_idx = entry.action_index() as usize * 2;
                    let mark_action_idx = ankr_data.get(action_idx)?.get() as usize;
                    let curr_action_idx = ankr_data.get(action_idx + 1)?.get() as usize;
                    let mark_anchor = c
                        .buffer
                        .info
                        .get(self.mark)
                        .and_then(|info| ankr_table.anchor_points(info.as_glyph()).ok())
                        .and_then(|list| list.get(mark_action_idx))
                        .map(|point| (point.x(), point.y()))
                        .unwrap_or_default();

                    let curr_idx = c.buffer.cur(0)?.as_glyph();
                    let curr_anchor = ankr_table
                        .anchor_points(curr_idx)
                        .ok()
                        .and_then(|list| list.get(curr_action_idx))
                        .map(|point| (point.x(), point.y()))
                        .unwrap_or_default();

                    let x_offset = c
                        .scale_x(i32::from(mark_anchor.0))
                        .saturating_sub(c.scale_x(i32::from(curr_anchor.0)));
                    let y_offset = c
                        .scale_y(i32::from(mark_anchor.1))
                        .saturating_sub(c.scale_y(i32::from(curr_anchor.1)));
                    let pos = c.buffer.cur_pos_mut()?;
                    pos.x_offset = x_offset;
                    pos.y_offset = y_offset;
                }
                (_, Subtable4Actions::ControlPointCoords(coords)) => {
                    let action_idx = entry.action_index() as usize * 4;
                    let mark_x = coords.get(action_idx)?.get() as i32;
                    let mark_y = coords.get(action_idx + 1)?.get() as i32;
                    let curr_x = coords.get(action_idx + 2)?.get() as i32;
                    let curr_y = coords.get(action_idx + 3)?.get() as i32;
                    let x_offset = c.scale_x(mark_x).saturating_sub(c.scale_x(curr_x));
                    let y_offset = c.scale_y(mark_y).saturating_sub(c.scale_y(curr_y));
                    let pos = c.buffer.cur_pos_mut()?;
                    pos.x_offset = x_offset;
                    pos.y_offset = y_offset;
                }
                _ => {}
            }

            c.buffer.cur_pos_mut()?.set_attach_type(attach_type::MARK);
            let idx = c.buffer.idx;
            let mut attach_chain = self.mark as i16 - idx as i16;
            if c.buffer_is_reversed {
                attach_chain = -attach_chain;
            }
            c.buffer.cur_pos_mut()?.set_attach_chain(attach_chain);
            c.buffer.scratch_flags |= HB_BUFFER_SCRATCH_FLAG_HAS_GPOS_ATTACHMENT;
        }

        if entry.has_mark() {
            self.mark_set = true;
            self.mark = c.buffer.idx;
        }

        Some(())
    }
}

pub(crate) struct KerxSubtableCache<'a> {
    start_end_safe_to_break: u64,
    safe_to_break: SafeToBreakSubtable,
    first_set: U32Set,
    first_digest: SetDigest,
    second_set: U32Set,
    class_cache: Box<ClassCache>,
    subtable: Subtable<'a>,
    /// The parsed subtable, or `None` if it is unreadable.
    kind: Option<SubtableKind<'a>>,
}

impl<'a> KerxSubtableCache<'a> {
    pub(crate) fn new(
        subtable: &Subtable<'a>,
        num_glyphs: u32,
        safe_to_break: &mut SafeToBreakAccel,
    ) -> Self {
        let mut start_end_safe_to_break = 0u64;
        let mut safe_to_break_subtable = safe_to_break.empty_subtable();
        let mut first_set = U32Set::default();
        let mut second_set = U32Set::default();
        let kind = subtable.kind().ok();
        if let Some(kind) = &kind {
            match kind {
                SubtableKind::Format0(format0) => {
                    format0.collect_glyphs(&mut first_set, &mut second_set, num_glyphs);
                }
                SubtableKind::Format1(format1) => {
                    start_end_safe_to_break = collect_start_end_safe_to_break(&format1.state_table);
                    safe_to_break_subtable = safe_to_break.build_extended(
                        &format1.state_table,
                        subtable.data(),
                        &KerxStateEntryExt::is_actionable,
                        &KerxStateEntryExt::has_advance,
                    );
                    collect_initial_glyphs(&format1.state_table, &mut first_set, num_glyphs);
                }
                SubtableKind::Format2(format2) => {
                    format2.collect_glyphs(&mut first_set, &mut second_set, num_glyphs);
                }
                SubtableKind::Format4(format4) => {
                    start_end_safe_to_break = collect_start_end_safe_to_break(&format4.state_table);
                    safe_to_break_subtable = safe_to_break.build_extended(
                        &format4.state_table,
                        subtable.data(),
                        &KerxStateEntryExt::is_actionable,
                        &KerxStateEntryExt::has_advance,
                    );
                    collect_initial_glyphs(&format4.state_table, &mut first_set, num_glyphs);
                }
                SubtableKind::Format6(format6) => {
                    format6.collect_glyphs(&mut first_set, &mut second_set, num_glyphs);
                }
            }
        }
        KerxSubtableCache {
            start_end_safe_to_break,
            safe_to_break: safe_to_break_subtable,
            first_digest: set_digest(&first_set),
            first_set,
            second_set,
            class_cache: Box::new(ClassCache::new()),
            subtable: subtable.clone(),
            kind,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use read_fonts::FontRead;

    #[test]
    fn format0_resolves_first_tuple_kerning_value() {
        #[rustfmt::skip]
        let data = [
            0, 0, 0, 1, // nPairs
            0, 0, 0, 0, // searchRange
            0, 0, 0, 0, // entrySelector
            0, 0, 0, 0, // rangeShift
            0, 1, 0, 2, 0, 22, // pair: glyphs 1, 2; value is tuple offset 22
            0xFF, 0x9C, 0x01, 0x2C, // tuple values: -100, 300
        ];
        let subtable = Subtable0::read(FontData::new(&data)).unwrap();
        let value = subtable.simple_kerning(1u32.into(), 2u32.into()).unwrap();

        assert_eq!(value, 22);
        assert_eq!(subtable.resolve_tuple_kerning(value, 2), Some(-100));
        assert_eq!(subtable.resolve_tuple_kerning(value, 3), Some(-100));
    }
}
