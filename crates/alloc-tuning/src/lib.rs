//! The one place where clustercord calls its allocator's C interface. It is a
//! crate of its own because the call is `unsafe` FFI and the application crate
//! forbids `unsafe` code.
//!
//! Why: mimalloc keeps freed pages for a while (`purge_delay`, 1 s in v3) before
//! it hands them back to the OS, and it checks that delay only when the thread
//! that freed them allocates again. A server whose threads go quiet after a burst
//! of sign-ups keeps that memory resident: measured after the `register` and
//! `event-page` runs, 71 MiB on SQLite and 95 MiB on PostgreSQL, against 53 and
//! 65 MiB with a delay of 0, at the same speed (BENCHMARKS.md, issue 17).

/// `mi_option_purge_delay` in mimalloc's `mi_option_e` (`mimalloc.h`, v2 and
/// v3; once named `reset_delay`). libmimalloc-sys exports no constant for it.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Makes mimalloc return freed memory to the OS at once, unless the operator set
/// `MIMALLOC_PURGE_DELAY`, which mimalloc reads itself and which wins. Call it
/// first thing in `main`, before other threads start.
pub fn purge_freed_memory_at_once() {
    // SAFETY: `mi_option_set_default` takes an option number and a value and
    // only stores the value (when the environment did not set one); the number is
    // a valid option (see `PURGE_DELAY`). mimalloc's option setters are not
    // thread safe: this runs before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set_default(PURGE_DELAY, 0) }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_delay_is_zero_unless_the_environment_says_otherwise() {
        super::purge_freed_memory_at_once();
        // SAFETY: reads an option; the number is valid (see `PURGE_DELAY`).
        let delay = unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY) };
        let expected = std::env::var("MIMALLOC_PURGE_DELAY")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        assert_eq!(delay, expected);
    }
}
