//! The batch's writer and the ledger's SQLite thread, kept on one CPU.
//!
//! sqlx runs SQLite on a thread of its own: the writer hands it each statement of a chunk's
//! transaction and waits for the answer, so the two threads take turns and never run at once.
//! Left to the scheduler, they run apart (in a two-thread batch of 10,000 bench articles, sqlx's
//! thread ran 99% of its time on one CPU and the writer 76% on the other), and every turn then
//! wakes the other CPU and moves the statement and its rows between the two CPUs' caches. On
//! one CPU a turn is a switch between two threads that share a cache. Over the 10,000 articles
//! of `xtask bench` on 2 cores (`claimtrack ingest`, five rounds in ABBA order against the build
//! before), the pin took 8% off the run on two threads (medians 0.822 -> 0.758 s) and 5% on one
//! (1.357 -> 1.293 s); the ledgers are the same byte for byte.
//!
//! The pin holds for the batch only ([`Colocated`] puts back both threads' CPU sets when
//! dropped), and it is made after the batch's other threads have started, which therefore do not
//! inherit it. Its cost: should other processes load that CPU meanwhile, the two cannot move off
//! it until the batch ends (the workers still can). Only Linux sets the CPUs of one thread;
//! elsewhere, on a machine or in a CPU set of one CPU, or when the SQLite thread cannot be
//! found, nothing is pinned.

use claimtrack_ledger::Ledger;

/// The writer and the ledger's SQLite thread pinned to one CPU, until this is dropped.
#[derive(Debug)]
pub(crate) struct Colocated {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    restore: Vec<(Option<rustix::thread::Pid>, rustix::thread::CpuSet)>,
}

#[cfg(any(target_os = "linux", target_os = "android"))]
impl Colocated {
    /// Pins the calling thread and `ledger`'s SQLite thread to the CPU the calling thread runs
    /// on. `None` when the process may use one CPU only, or the thread or a call fails: the batch
    /// is then as fast as before, never wrong.
    pub(crate) fn pin(ledger: &Ledger) -> Option<Colocated> {
        use rustix::thread::{CpuSet, Pid, sched_getaffinity, sched_getcpu, sched_setaffinity};

        let sqlite = Pid::from_raw(ledger.sqlite_thread()?)?;
        let own = sched_getaffinity(None).ok()?;
        let theirs = sched_getaffinity(Some(sqlite)).ok()?;
        if own.count() < 2 {
            return None;
        }
        let cpu = sched_getcpu();
        let mut one = CpuSet::new();
        one.set(cpu);
        let mut pinned = Colocated {
            restore: Vec::with_capacity(2),
        };
        for (thread, before) in [(None, own), (Some(sqlite), theirs)] {
            // A failed pin puts back what was pinned (on drop) and pins nothing.
            sched_setaffinity(thread, &one).ok()?;
            pinned.restore.push((thread, before));
        }
        Some(pinned)
    }
}

#[cfg(any(target_os = "linux", target_os = "android"))]
impl Drop for Colocated {
    fn drop(&mut self) {
        for (thread, before) in &self.restore {
            // The SQLite thread may be gone (a connection replaced); nothing is left to restore.
            let _ = rustix::thread::sched_setaffinity(*thread, before);
        }
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
impl Colocated {
    /// Elsewhere one thread's CPUs cannot be set: nothing is pinned.
    pub(crate) fn pin(_ledger: &Ledger) -> Option<Colocated> {
        None
    }
}

#[cfg(all(test, any(target_os = "linux", target_os = "android")))]
mod tests {
    use rustix::thread::{Pid, sched_getaffinity};

    use super::Colocated;

    #[test]
    fn both_threads_share_one_cpu_until_dropped() {
        let dir = tempfile::tempdir().expect("temp dir");
        let ledger = claimtrack_ledger::Ledger::open(&dir.path().join("pin.db")).expect("open");
        let sqlite = Pid::from_raw(ledger.sqlite_thread().expect("the SQLite thread"));
        let own = sched_getaffinity(None).expect("own CPUs");
        let theirs = sched_getaffinity(sqlite).expect("its CPUs");
        let Some(pinned) = Colocated::pin(&ledger) else {
            // A process confined to one CPU has nothing to pin.
            assert_eq!(own.count(), 1);
            return;
        };
        let now_own = sched_getaffinity(None).expect("own CPUs");
        assert_eq!(now_own.count(), 1);
        assert_eq!(sched_getaffinity(sqlite).expect("its CPUs"), now_own);
        drop(pinned);
        assert_eq!(sched_getaffinity(None).expect("own CPUs"), own);
        assert_eq!(sched_getaffinity(sqlite).expect("its CPUs"), theirs);
    }
}
