// Signals: SIGINT handling. In the REPL a Ctrl-C only bumps a counter that the thread waiting
// for a query polls (to cancel it); outside the REPL it ends the process with status 130.
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

private let interruptCount = Atomic<Int>(0)

enum Signals {
    /// SIGINT is counted, to be taken by `takeInterrupt()`.
    static func countInterrupts() {
        _ = interruptCount.load(ordering: .relaxed)
        install { _ in interruptCount.add(1, ordering: .relaxed) }
    }

    /// SIGINT ends the process at once with status 130 (128 + SIGINT).
    static func exitOnInterrupt() {
        install { _ in _exit(130) }
    }

    /// True (once per Ctrl-C) when SIGINT arrived since the last call.
    static func takeInterrupt() -> Bool {
        interruptCount.exchange(0, ordering: .relaxed) > 0
    }

    private static func install(_ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
        // A parent may hand down SIGINT blocked; threads started later inherit this mask.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}
