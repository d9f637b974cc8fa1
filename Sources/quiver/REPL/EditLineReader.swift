// EditLineReader: line editing through libedit: Emacs keys, Ctrl-R search, Tab completion,
// Ctrl-C as "clear the input", and a history file (mode 0600, bounded, no adjacent repeats).
import CEditLine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class EditLineReader: LineReader {
    /// libedit calls back through plain C functions; they reach the one live reader here.
    nonisolated(unsafe) fileprivate static var current: EditLineReader?

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private let console: Console
    /// Completion for the text before the cursor (the pending statement comes first).
    var completer: ((_ pending: String, _ line: String) -> Completion)?
    /// Lines of the unfinished statement, so completion sees variables bound earlier.
    var pendingText = ""
    private var promptBuffer: UnsafeMutablePointer<CChar>?
    fileprivate var interrupted = false

    /// nil when libedit cannot start (no terminal).
    init?(console: Console, historyPath: String?) {
        setlocale(LC_CTYPE, "")
        guard let el = quiver_el_init(CommandLine.arguments.first ?? "quiver"), let h = quiver_hist_init() else { return nil }
        editor = el; history = h
        self.console = console
        self.historyPath = historyPath
        quiver_hist_set_size(h, Int32(HistoryFile.capacity))
        quiver_hist_set_unique(h, 1)
        if let p = historyPath { _ = quiver_hist_load(h, p) }
        quiver_el_set_editor(el, "emacs")
        quiver_el_set_signal(el, 1)
        quiver_el_set_history(el, h)
        quiver_el_set_prompt(el, promptCallback)
        quiver_el_add_function(el, "quiver-complete", "complete the word before the cursor", completeCallback)
        quiver_el_add_function(el, "quiver-interrupt", "clear the input", interruptCallback)
        _ = quiver_el_command(el, "bind", "^I", "quiver-complete")
        _ = quiver_el_command(el, "bind", "^C", "quiver-interrupt")
        _ = quiver_el_command(el, "bind", "^R", "em-inc-search-prev")
        // Ctrl-C reaches the editor as a key rather than as SIGINT while a line is edited.
        _ = quiver_el_command(el, "setty", "-d", "-isig")
        _ = el_source(el, nil)
        EditLineReader.current = self
    }

    deinit {
        el_end(editor)
        history_end(history)
        promptBuffer.map { free($0) }
    }

    func read(prompt: String) -> LineInput {
        promptBuffer.map { free($0) }
        promptBuffer = strdup(prompt)
        interrupted = false
        // A SIGINT from before this prompt is stale; one after Enter cancels the statement.
        _ = Signals.takeInterrupt()
        var count: Int32 = 0
        guard let raw = quiver_el_gets(editor, &count), count > 0 else {
            if interrupted { console.errRaw("^C\n"); return .interrupted }
            console.errRaw("\n")
            return .endOfInput
        }
        if interrupted { console.errRaw("^C\n"); return .interrupted }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    func remember(_ entry: String) {
        guard !entry.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        quiver_hist_enter(history, entry)
        save()
    }

    var entries: [String] {
        var out: [String] = []
        var p = quiver_hist_step(history, quiver_hist_op_last())
        while let s = p {
            out.append(String(cString: s))
            p = quiver_hist_step(history, quiver_hist_op_prev())
        }
        return out
    }

    /// Writes the history file with mode 0600 (queries may hold secrets).
    private func save() {
        guard let path = historyPath else { return }
        HistoryFile.prepareFolder(for: path)
        let old = umask(0o077)
        _ = quiver_hist_save(history, path)
        umask(old)
        chmod(path, 0o600)
    }

    fileprivate var prompt: UnsafeMutablePointer<CChar>? { promptBuffer }

    /// Tab: complete the word before the cursor, or list the choices.
    fileprivate func complete(_ el: OpaquePointer) -> UInt8 {
        guard let completer, let buffer = quiver_el_buffer(el) else { return UInt8(CC_ERROR) }
        let cursor = Int(quiver_el_cursor_offset(el))
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: max(0, cursor))
        let before = String(decoding: bytes, as: UTF8.self)
        let c = completer(pendingText, before)
        if c.candidates.isEmpty { return UInt8(CC_REFRESH_BEEP) }
        if let insert = c.insertion {
            if c.replaceCount > 0 { el_deletestr(el, Int32(c.replaceCount)) }
            el_insertstr(el, insert)
            return UInt8(CC_REFRESH)
        }
        console.errRaw("\n" + Completion.columns(c.candidates, width: Terminal.width(of: STDERR_FILENO) ?? 80))
        return UInt8(CC_REDISPLAY)
    }
}

private let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { _ in
    EditLineReader.current?.prompt
}

private let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    guard let el, let reader = EditLineReader.current else { return UInt8(CC_ERROR) }
    return reader.complete(el)
}

private let interruptCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    EditLineReader.current?.interrupted = true
    return UInt8(CC_NEWLINE)
}
