//! `keep_freed_memory`: stop the C allocator from handing freed heap back to the kernel after
//! every large free.
//!
//! glibc's `free` shrinks the heap (`brk`) whenever more than its trim threshold (128 KiB by
//! default) is free at the top, and shrinking flushes the TLB. Freeing many large lists (the
//! teardown of a dict of lists) then costs one shrink per list, and growing lists fault the same
//! pages back in. glibc raises the threshold by itself once a block it served with `mmap` is
//! freed (to twice that block's size; `malloc.c`, "dynamic mmap threshold"), so one such block,
//! made and freed at start-up, raises it for the rest of the process. This changes only when
//! memory goes back to the kernel, never a value; on other allocators it is one big allocation
//! and free.

/// The size of the block made and freed: above glibc's initial `mmap` threshold (128 KiB), below
/// its largest dynamic threshold (32 MiB on 64-bit); the trim threshold becomes twice this.
const WARM_BLOCK: usize = 4 << 20;

/// Make and free one `WARM_BLOCK`-byte block (see the module documentation).
pub fn keep_freed_memory() {
    let block: Vec<u8> = Vec::with_capacity(WARM_BLOCK);
    // Keep the allocation: without it the optimiser may drop the pair of calls.
    drop(std::hint::black_box(block));
}
